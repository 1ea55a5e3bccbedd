// Turns the runs into figures: ratios taken within each run, then their medians, each beside
// its target from issue 13, as a Markdown table and as `bench/results.json`.
import type { CaseRun, ContenderFigures } from './cases';
import { median } from './measure';

/** One line of the table. */
export interface Figure {
  measure: string;
  /** The median ratio or ms, as shown. */
  value: number;
  /** Shown beside the value, such as "1,234 ms vs 56 ms". */
  detail: string;
  /** `value` must be at most this; `undefined` for figures shown without a target. */
  target?: number;
  unit: '×' | 'ms' | 'nodes';
}

type Field = keyof ContenderFigures;

const medianOf = (runs: readonly CaseRun[], contender: string, field: Field) => median(runs.flatMap((run) => run.contenders[contender]?.[field] ?? []));

/** Median over runs of `a.field ÷ b.field`, each run divided by itself. */
function ratio(runs: readonly CaseRun[], a: string, b: string, field: Field, otherField: Field = field): number {
  return median(
    runs.flatMap((run) => {
      const top = run.contenders[a]?.[field];
      const bottom = run.contenders[b]?.[otherField];
      return top !== undefined && bottom ? [top / bottom] : [];
    }),
  );
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const mb = (value: number) => `${(value / 1_048_576).toFixed(1)} MB`;

function contest(runs: readonly CaseRun[], label: string, field: 'mount' | 'keystroke', floorTarget: number, agTarget?: number): Figure[] {
  const figures: Figure[] = [
    { measure: `${label} ÷ bare-DOM floor`, value: ratio(runs, 'faultline', 'floor', field), detail: `${ms(medianOf(runs, 'faultline', field))} vs ${ms(medianOf(runs, 'floor', field))}`, target: floorTarget, unit: '×' },
  ];
  if (agTarget !== undefined && runs.some((run) => run.contenders.aggrid)) {
    figures.push({ measure: `${label} ÷ AG Grid Community`, value: ratio(runs, 'faultline', 'aggrid', field), detail: `${ms(medianOf(runs, 'faultline', field))} vs ${ms(medianOf(runs, 'aggrid', field))}`, target: agTarget, unit: '×' });
  }
  return figures;
}

function heap(runs: readonly CaseRun[], label: string, contender: string, target?: number): Figure {
  return { measure: `${label} heap ÷ raw data heap`, value: ratio(runs, contender, 'raw', 'heap'), detail: `${mb(medianOf(runs, contender, 'heap'))} vs ${mb(medianOf(runs, 'raw', 'heap'))}`, ...(target !== undefined ? { target } : {}), unit: '×' };
}

function nodes(runs: readonly CaseRun[], label: string, contenders: string[]): Figure {
  const counts = contenders.map((name) => `${name} ${medianOf(runs, name, 'domNodes').toLocaleString('en')}`);
  return { measure: `${label} DOM elements`, value: medianOf(runs, 'faultline', 'domNodes'), detail: counts.join(', '), unit: 'nodes' };
}

/** Every figure of the cases that ran. */
export function figuresOf(results: Record<string, CaseRun[]>): Figure[] {
  const figures: Figure[] = [];
  const list = results.issues;
  if (list?.length) {
    figures.push(...contest(list, 'IssueList mount → first rows painted', 'mount', 3, 0.5));
    figures.push(...contest(list, 'IssueList one keystroke (10 % match) → rows painted', 'keystroke', 1.5, 0.5));
    figures.push(heap(list, 'IssueList', 'faultline', 1.5), heap(list, 'AG Grid', 'aggrid'), heap(list, 'Issue floor', 'floor'));
    figures.push(nodes(list, 'IssueList', ['faultline', 'aggrid', 'floor']));
  }
  const interactions = results.interactions;
  if (interactions?.length) {
    const kinds = [...new Set(interactions.flatMap((run) => Object.keys(run.interactions ?? {})))];
    for (const kind of kinds) {
      const samples = interactions.flatMap((run) => run.interactions?.[kind] ?? []);
      const shown = samples.map((value) => (value === 0 ? '<16' : String(Math.round(value))));
      figures.push({ measure: `Interaction: ${kind}, worst`, value: Math.max(...samples), detail: `${samples.length} samples: ${shown.join(', ')}`, target: 100, unit: 'ms' });
      figures.push({ measure: `Interaction: ${kind}, median`, value: median(samples), detail: '', target: 50, unit: 'ms' });
    }
  }
  for (const [key, label] of [['stack', 'StackTraceView'], ['crumbs', 'BreadcrumbTimeline']] as const) {
    const runs = results[key];
    if (!runs?.length) continue;
    figures.push(...contest(runs, `${label} mount`, 'mount', 3));
    figures.push(heap(runs, label, 'faultline', 2), nodes(runs, label, ['faultline', 'floor']));
  }
  return figures;
}

const shownValue = (figure: Figure) =>
  figure.unit === '×' ? `${figure.value.toFixed(2)}×` : figure.unit === 'ms' ? (figure.value === 0 ? '<16 ms' : `${Math.round(figure.value)} ms`) : figure.value.toLocaleString('en');

/** The Markdown table: measure, median figure, what it compares, target, pass or miss. */
export function markdownTable(figures: readonly Figure[]): string {
  const lines = ['| measure | median | compared | target | result |', '|---|---|---|---|---|'];
  for (const figure of figures) {
    const target = figure.target === undefined ? '—' : `≤ ${figure.target}${figure.unit === '×' ? '×' : ' ms'}`;
    const result = figure.target === undefined ? '' : figure.value <= figure.target ? 'pass' : '**miss**';
    lines.push(`| ${figure.measure} | ${shownValue(figure)} | ${figure.detail} | ${target} | ${result} |`);
  }
  return lines.join('\n');
}
