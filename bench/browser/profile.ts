/*
 * Where IssueList's time goes: Chrome's sampling profiler (CDP `Profiler.start/stop`) around
 * the mount or one interaction of the bench page, on an unminified production build so function
 * names survive. Prints the top functions by self time and writes the .cpuprofile for DevTools.
 *
 * Run: npx tsx bench/browser/profile.ts [--n 100000] [--what mount|checkbox|select-all|sort|keystroke]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchArgs, resolveChromium } from '../../scripts/chromium';
import { buildBenchSite } from './build';
import { settle } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({ options: { n: { type: 'string', default: '100000' }, what: { type: 'string', default: 'mount' } } });
const ROW = '.fl-issue-list tbody tr[data-index]';
const ACTIONS: Record<string, (page: Page) => Promise<void>> = {
  checkbox: (page) => page.locator(`${ROW}[data-index="0"] input[type="checkbox"]`).click(),
  'select-all': (page) => page.locator('.fl-issue-list thead input[type="checkbox"]').click(),
  sort: (page) => page.getByRole('button', { name: 'Events', exact: true }).click(),
  keystroke: (page) => page.keyboard.press('l'),
};

/** Self time in ms per function name (with its file), largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}` : '?';
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Time in ms with each function anywhere on the stack (counted once per sample), largest first. */
function inclusiveTimes(profile: Profile): [string, number][] {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName;
      if (name && !seen.has(name)) seen.add(name);
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const site = await buildBenchSite({ minify: false });
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumLaunchArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(300_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const url = `${site.url}issues-faultline.html?n=${values.n}`;
  if (values.what === 'mount') await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => window.bench?.marks.mount !== undefined);
  await settle(page, 500);
  if (values.what !== 'mount') {
    const act = ACTIONS[values.what ?? ''];
    if (!act) throw new Error(`--what is one of mount, ${Object.keys(ACTIONS).join(', ')}`);
    if (values.what === 'keystroke') await page.locator('input[role="combobox"]').click();
    await cdp.send('Profiler.start');
    await act(page);
    await settle(page, 300);
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const file = join(tmpdir(), `faultline-${values.what}-${values.n}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const times = selfTimes(profile);
  const total = times.reduce((sum, [, ms]) => sum + ms, 0);
  console.log(`${values.what} at ${values.n} issues: ${total.toFixed(0)} ms sampled (mount mark ${(await page.evaluate(() => window.bench.marks.mount ?? 0)).toFixed(0)} ms); ${file}`);
  for (const [name, ms] of times.slice(0, 25)) console.log(`${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
  console.log('inclusive:');
  for (const [name, ms] of inclusiveTimes(profile).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
} finally {
  await browser.close();
  await site.close();
}
