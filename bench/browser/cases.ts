// The bench's cases: each runs once per run with its contenders in a rotated order, and returns
// raw figures (ms, bytes, counts) keyed by contender; ratios are taken per run by the report.
import type { Browser } from 'playwright-core';
import { KEYSTROKE_QUERY } from './pages/data';
import { domNodes, heapAfterGc, interactionLatency, openPage, settle, timedKeystroke } from './measure';

/** Figures of one contender in one run. */
export interface ContenderFigures {
  mount?: number;
  keystroke?: number;
  heap?: number;
  domNodes?: number;
}

/** One run of one case: contender → figures, plus interaction samples (ms) by kind. */
export interface CaseRun {
  contenders: Record<string, ContenderFigures>;
  interactions?: Record<string, number[]>;
}

/** How a case is sized and named. */
export interface CaseContext {
  browser: Browser;
  url: string;
  size: number;
  run: number;
}

const rotate = <T>(items: readonly T[], by: number) => items.map((_, i) => items[(i + by) % items.length] as T);

const SEARCH = { faultline: 'input[role="combobox"]', aggrid: 'input[type="search"]', floor: 'input[type="search"]' } as const;
const ROWS = { faultline: '.fl-issue-list tbody tr[data-index]', aggrid: '.ag-grid-scrolling-container .ag-row', floor: '[data-floor-row]' } as const;

/** Mount, heap and DOM of a page, closed afterwards unless `keep` runs on it first. */
async function mountFigures(context: CaseContext, path: string, keep?: (page: import('playwright-core').Page) => Promise<Partial<ContenderFigures>>): Promise<ContenderFigures> {
  const opened = await openPage(context.browser, `${context.url}${path}`);
  try {
    await settle(opened.page, 300);
    const figures: ContenderFigures = { mount: opened.mount, heap: await heapAfterGc(opened.page), domNodes: await domNodes(opened.page) };
    return { ...figures, ...(keep ? await keep(opened.page) : {}) };
  } finally {
    await opened.close();
  }
}

/** IssueList vs AG Grid vs the floor: mount, one keystroke matching 10 %, heap, DOM; and the raw data's heap. */
export async function issueListCase(context: CaseContext): Promise<CaseRun> {
  const contenders: Record<string, ContenderFigures> = {};
  for (const name of rotate(['faultline', 'aggrid', 'floor', 'raw'] as const, context.run)) {
    if (name === 'raw') {
      contenders.raw = await mountFigures(context, `raw.html?case=issues&n=${context.size}`);
      continue;
    }
    const typed = KEYSTROKE_QUERY.slice(0, -1);
    const last = KEYSTROKE_QUERY.slice(-1);
    contenders[name] = await mountFigures(context, `issues-${name}.html?n=${context.size}`, async (page) => ({ keystroke: await timedKeystroke(page, SEARCH[name], ROWS[name], typed, last) }));
  }
  return { contenders };
}

/** Latency of each listed interaction on a freshly mounted IssueList, through Event Timing. */
export async function interactionsCase(context: CaseContext): Promise<CaseRun> {
  const opened = await openPage(context.browser, `${context.url}issues-faultline.html?n=${context.size}`);
  const { page } = opened;
  const samples: Record<string, number[]> = {};
  const record = async (kind: string, act: () => Promise<void>) => {
    const ms = await interactionLatency(page, act);
    samples[kind] = [...(samples[kind] ?? []), ms];
  };
  try {
    await settle(page, 500);
    const checkbox = (index: number) => page.locator(`${ROWS.faultline}[data-index="${index}"] input[type="checkbox"]`);
    await record('row checkbox', () => checkbox(0).click());
    await record('row checkbox', () => checkbox(2).click());
    const selectAll = page.locator('.fl-issue-list thead input[type="checkbox"]');
    await record('select-all', () => selectAll.click());
    await record('select-all', () => selectAll.click());
    for (const name of ['Events', 'Users', 'Last seen']) {
      await record('sort header', () => page.getByRole('button', { name, exact: true }).click());
    }
    await page.locator(SEARCH.faultline).click();
    const query = 'level:fatal ';
    for (const [i, key] of [...query].entries()) {
      await record(i === 0 ? 'first keystroke' : 'later keystrokes', () => page.keyboard.press(key === ' ' ? 'Space' : key));
    }
    await page.keyboard.press('ControlOrMeta+a');
    await settle(page);
    await record('Backspace to empty', () => page.keyboard.press('Backspace'));
    await settle(page, 300);
    await page.locator(`${ROWS.faultline}[data-index="0"]`).focus();
    await record('ArrowDown', () => page.keyboard.press('ArrowDown'));
    await record('ArrowDown', () => page.keyboard.press('ArrowDown'));
    await record('End', () => page.keyboard.press('End'));
  } finally {
    await opened.close();
  }
  return { contenders: { faultline: { mount: opened.mount } }, interactions: samples };
}

/** A viewer (StackTraceView or BreadcrumbTimeline) vs its floor, and the raw event's heap. */
export function viewerCase(kind: 'stack' | 'crumbs') {
  return async (context: CaseContext): Promise<CaseRun> => {
    const contenders: Record<string, ContenderFigures> = {};
    for (const name of rotate(['faultline', 'floor', 'raw'] as const, context.run)) {
      const path = name === 'raw' ? `raw.html?case=${kind}&n=${context.size}` : `${kind}-${name}.html?n=${context.size}`;
      contenders[name] = await mountFigures(context, path);
    }
    return { contenders };
  };
}
