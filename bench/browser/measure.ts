// Driver-side measuring: open a page and wait for its mount mark, heap after a forced GC
// through the DevTools protocol, DOM size, and one interaction's latency from Event Timing.
import type { Browser, Page } from 'playwright-core';
// The page's `window.bench` type comes with the harness module.
import type {} from './pages/harness';

const TIMEOUT = 300_000;

/** A page opened in its own context, so heaps and caches never mix between contenders. */
export interface OpenPage {
  page: Page;
  /** ms from the first render call to the first painted rows. */
  mount: number;
  close: () => Promise<void>;
}

/** Opens `url` in a fresh context and waits until the page marks `mount`. */
export async function openPage(browser: Browser, url: string): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  // A page that throws would otherwise only show as a timeout minutes later.
  const failed = new Promise<never>((_, reject) => {
    page.on('pageerror', (error) => reject(new Error(`${url}: ${error.message}`)));
    page.on('console', (message) => {
      if (message.type() === 'error') reject(new Error(`${url}: ${message.text()}`));
    });
  });
  failed.catch(() => {});
  await page.goto(url);
  await Promise.race([failed, page.waitForFunction(() => window.bench?.marks.mount !== undefined, null, { timeout: TIMEOUT })]);
  const mount = await page.evaluate(() => window.bench.marks.mount as number);
  return { page, mount, close: () => context.close() };
}

/** Waits until the page has painted twice more and then been idle briefly. */
export async function settle(page: Page, idleMs = 100): Promise<void> {
  await page.evaluate((idle) => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, idle)))), idleMs);
}

/** JS heap in bytes after two forced garbage collections. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Elements in the document. */
export const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length);

/**
 * Runs `act` (real Playwright input) and returns its worst Event Timing duration in ms: the
 * longest entry of any interaction it caused; 0 when every entry stayed under the 16 ms threshold.
 */
export async function interactionLatency(page: Page, act: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => window.bench.events.length);
  await act();
  await settle(page, 150);
  const entries = await page.evaluate((from) => window.bench.events.slice(from), before);
  let worst = 0;
  for (const entry of entries) if (entry.interactionId > 0 && entry.duration > worst) worst = entry.duration;
  return worst;
}

/**
 * Types `text` into the `input` field and waits until every row (`rows`) shows it, then starts
 * the keystroke clock and presses `last`; returns ms until the narrowed rows are painted.
 */
export async function timedKeystroke(page: Page, input: string, rows: string, text: string, last: string): Promise<number> {
  await page.locator(input).first().click();
  await page.keyboard.type(text);
  await page.waitForFunction(
    ([selector, needle]) => {
      const shown = document.querySelectorAll(selector as string);
      return shown.length > 0 && [...shown].every((row) => (row.textContent ?? '').toLowerCase().includes(needle as string));
    },
    [rows, text.toLowerCase()],
    { timeout: TIMEOUT },
  );
  await settle(page, 300);
  await page.evaluate(() => window.bench.armKeystroke());
  await page.keyboard.press(last);
  await page.waitForFunction(() => window.bench.marks.keystroke !== undefined, null, { timeout: TIMEOUT });
  return page.evaluate(() => window.bench.marks.keystroke as number);
}

/** The middle value (upper middle for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
