// Vite + React hosts (18 and 19): a production build served by `vite preview`, then the dev
// server for React's development warnings. Refs must reach DOM elements, the console must stay
// quiet, and no two virtualized rows may overlap, before or after scrolling.
import { join } from 'node:path';
import type { Page } from 'playwright';
import { findOverlaps, openPage } from '../browser';
import { freePort, runOrThrow, type Server, startServer } from '../processes';
import { check, record } from '../report';

const LISTS = [
  { name: 'issue rows', root: '.fl-issue-list', row: 'tr[data-index]' },
  { name: 'breadcrumb rows', root: '.fl-breadcrumb-timeline', row: 'li[data-index]' },
];

export async function checkVite(dir: string, name: string) {
  const vite = join(dir, 'node_modules/.bin/vite');
  const built = await check(`${name}: vite build`, () => runOrThrow(vite, ['build'], { cwd: dir, timeoutMs: 300_000 }).then(() => undefined));
  if (built) await inServer(name, 'vite preview', dir, (port) => [vite, ['preview', '--port', port, '--strictPort', '--host', '127.0.0.1']], true);
  await inServer(name, 'vite dev', dir, (port) => [vite, ['--port', port, '--strictPort', '--host', '127.0.0.1']], false);
}

async function inServer(name: string, mode: string, dir: string, command: (port: string) => [string, string[]], layout: boolean) {
  const port = await freePort();
  const [file, args] = command(String(port));
  let server: Server | undefined;
  try {
    server = await startServer(file, args, { cwd: dir, timeoutMs: 60_000, url: `http://127.0.0.1:${port}`, readyPath: '/' });
    const { page, log, close } = await openPage({ viewport: { width: 1200, height: 900 } });
    try {
      await page.goto(`${server.url}/`, { waitUntil: 'load', timeout: 120_000 });
      const refs = await readRefs(page);
      for (const component of ['IssueList', 'EventView', 'BreadcrumbTimeline', 'StackTraceView']) {
        const ok = refs?.[component] === true;
        record(`${name} (${mode}): a ref passed to ${component} reaches its DOM element`, ok, ok ? '' : refs ? JSON.stringify(refs) : 'the page never recorded its refs');
      }
      if (layout) await checkLayout(name, mode, page);
      // Let late effects (measurements, resize observers) report too.
      await page.waitForTimeout(500);
      record(`${name} (${mode}): no React warnings or errors in the console`, log.messages.length === 0, log.messages.join('\n'));
    } finally {
      await close();
    }
  } catch (error) {
    record(`${name} (${mode})`, false, error instanceof Error ? error.message : String(error));
  } finally {
    await server?.stop();
  }
}

async function readRefs(page: Page): Promise<Record<string, boolean> | undefined> {
  try {
    const text = await page.getByTestId('refs').textContent({ timeout: 30_000 });
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

async function checkLayout(name: string, mode: string, page: Page) {
  for (const list of LISTS) {
    await check(`${name} (${mode}): no two ${list.name} overlap, at the top and scrolled to the middle`, async () => {
      await page.waitForSelector(`${list.root} ${list.row}`, { timeout: 30_000 });
      const top = await findOverlaps(page, list.root, list.row);
      // The first scroller of the kind is the long standalone list.
      const scrolled = await page.evaluate((root) => {
        const scroller = document.querySelector(`${root} [data-slot="scroller"]`);
        if (scroller) scroller.scrollTop = scroller.scrollHeight / 2;
        return scroller?.scrollTop ?? 0;
      }, list.root);
      if (scrolled === 0) throw new Error('the list did not scroll: not virtualized in a scrolling box');
      await page.waitForTimeout(300);
      const middle = await findOverlaps(page, list.root, list.row);
      const overlaps = [...top.overlaps.map((o) => `top: ${o}`), ...middle.overlaps.map((o) => `middle: ${o}`)];
      if (top.rows === 0 || middle.rows === 0) throw new Error(`no rendered rows (${top.rows} at the top, ${middle.rows} in the middle)`);
      if (overlaps.length > 0) throw new Error(overlaps.slice(0, 10).join('\n'));
      return `rows compared per list: ${top.perList.join(', ')} at the top, ${middle.perList.join(', ')} in the middle`;
    });
  }
}
