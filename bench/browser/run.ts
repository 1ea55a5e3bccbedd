/*
 * The browser bench of issue 13: Faultline's IssueList beside AG Grid Community and a bare-DOM
 * floor, StackTraceView and BreadcrumbTimeline beside their floors, in Chromium on production
 * bundles. Contenders alternate within each run; ratios are taken per run and their medians
 * printed beside the targets, then written to bench/results.json.
 *
 * Run: npm run bench [-- --runs N] [-- --small] [-- --case issues|interactions|stack|crumbs]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumLaunchArgs, resolveChromium } from '../../scripts/chromium';
import { buildBenchSite } from './build';
import { type CaseContext, type CaseRun, interactionsCase, issueListCase, viewerCase } from './cases';
import { figuresOf, markdownTable } from './report';

const { values } = parseArgs({ options: { runs: { type: 'string' }, small: { type: 'boolean', default: false }, case: { type: 'string', multiple: true } } });
const small = values.small ?? false;
const runs = Number(values.runs ?? (small ? 2 : 5));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a whole number of at least 1, not ${values.runs}`);

const SIZES = small ? { issues: 2_000, frames: 500, crumbs: 2_000 } : { issues: 100_000, frames: 10_000, crumbs: 100_000 };
const CASES: Record<string, { size: number; run: (context: CaseContext) => Promise<CaseRun> }> = {
  issues: { size: SIZES.issues, run: issueListCase },
  interactions: { size: SIZES.issues, run: interactionsCase },
  stack: { size: SIZES.frames, run: viewerCase('stack') },
  crumbs: { size: SIZES.crumbs, run: viewerCase('crumbs') },
};
const chosen = values.case?.length ? values.case : Object.keys(CASES);
for (const name of chosen) if (!CASES[name]) throw new Error(`Unknown --case ${name}: one of ${Object.keys(CASES).join(', ')}`);

const started = Date.now();
console.log(`Building the bench pages (production)…`);
const site = await buildBenchSite();
const browser = await chromium.launch({ executablePath: resolveChromium(), args: [...chromiumLaunchArgs, '--enable-precise-memory-info'] });
const results: Record<string, CaseRun[]> = {};
try {
  for (let run = 0; run < runs; run++) {
    for (const name of chosen) {
      const spec = CASES[name]!;
      const result = await spec.run({ browser, url: site.url, size: spec.size, run });
      results[name] = [...(results[name] ?? []), result];
      const mounts = Object.entries(result.contenders).map(([who, figures]) => `${who} ${Math.round(figures.mount ?? 0)} ms`);
      console.log(`run ${run + 1}/${runs} ${name}: ${mounts.join(', ')}`);
    }
  }
  const figures = figuresOf(results);
  const table = markdownTable(figures);
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
    node: process.version,
    chromium: browser.version(),
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
  const config = { runs, small, sizes: SIZES, cases: chosen, minutes: Number(((Date.now() - started) / 60_000).toFixed(1)) };
  writeFileSync(join(import.meta.dirname, '..', 'results.json'), `${JSON.stringify({ machine, config, figures, table, runs: results }, null, 2)}\n`);
  console.log(`\n${table}\n`);
  console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium}; ${runs} runs in ${config.minutes} min. Written to bench/results.json.`);
} finally {
  await browser.close();
  await site.close();
}
