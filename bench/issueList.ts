/*
 * IssueList in a real Chromium on React's production build: time to the first painted rows
 * and to the repaint after one search keystroke, for 100k issues against 1k, so the figure is
 * a ratio (how the cost grows with the list) rather than machine-dependent milliseconds.
 * Target: the 100k list paints its first rows within 100x the 1k list's time (linear or better).
 * Run: npm run bench:issue-list
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumLaunchArgs, resolveChromium } from '../scripts/chromium';

const RUNS = 3;
const SIZES = [1_000, 100_000] as const;
const root = join(import.meta.dirname, 'issueList');
const outDir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));

await build({ root, logLevel: 'error', mode: 'production', plugins: [react()], build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'page.html') } } });
const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath: resolveChromium(), args: chromiumLaunchArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const results = new Map<number, { firstRows: number; keystroke: number }>();
  for (const count of SIZES) {
    const first: number[] = [];
    const key: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.goto(`${url}page.html?count=${count}`);
      await page.waitForFunction(() => (window as unknown as { marks: Record<string, number> }).marks.firstRows !== undefined, null, { timeout: 120_000 });
      await page.evaluate(() => (window as unknown as { typeLetter: (letter: string) => void }).typeLetter('K'));
      await page.waitForFunction(() => (window as unknown as { marks: Record<string, number> }).marks.keystroke !== undefined, null, { timeout: 120_000 });
      const marks = await page.evaluate(() => (window as unknown as { marks: Record<string, number> }).marks);
      first.push(marks.firstRows!);
      key.push(marks.keystroke!);
    }
    results.set(count, { firstRows: median(first), keystroke: median(key) });
    console.log(`${count.toLocaleString('en')} issues: first rows ${median(first).toFixed(0)} ms, one keystroke ${median(key).toFixed(0)} ms (median of ${RUNS})`);
  }
  const small = results.get(SIZES[0])!;
  const large = results.get(SIZES[1])!;
  const growth = large.firstRows / small.firstRows;
  console.log(`100k / 1k: first rows ${growth.toFixed(1)}x, keystroke ${(large.keystroke / small.keystroke).toFixed(1)}x (100x would be linear)`);
  console.log(growth <= 100 ? 'target met: first rows grow at most linearly' : 'target missed: first rows grow faster than the list');
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
  rmSync(outDir, { recursive: true, force: true });
}
