// Chromium for the consumer checks: the machine's browser (scripts/chromium.ts), driven by the
// repo's Playwright, and a log of what a page printed to its console or threw.
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright';
import { chromiumLaunchArgs, resolveChromium } from '../../scripts/chromium';

let browser: Browser | undefined;

export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: resolveChromium(), args: chromiumLaunchArgs });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export interface PageLog {
  /** Console errors and warnings, and uncaught errors, as `kind: text`. */
  messages: string[];
}

/** Opens a page in a fresh context and records its console errors, warnings and page errors. */
export async function openPage(options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const context = await (await launchBrowser()).newContext(options);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  const log: PageLog = { messages: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.messages.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.messages.push(`pageerror: ${error.stack ?? error.message}`));
  return { page, log, close: () => context.close() };
}

/**
 * Rows of each list under `rootSelector` that overlap the next row of the same list (more
 * than half a pixel), with how many rows were compared. Virtualized rows are absolutely
 * placed, so a wrong measured height shows up as one row drawn over another. `perList` counts
 * the rows compared in each list.
 */
export function findOverlaps(page: Page, rootSelector: string, rowSelector: string) {
  return page.evaluate(
    ({ rootSelector, rowSelector }) => {
      const overlaps: string[] = [];
      const perList: number[] = [];
      for (const [listIndex, root] of [...document.querySelectorAll(rootSelector)].entries()) {
        const boxes = [...root.querySelectorAll(rowSelector)]
          .map((row) => ({ index: row.getAttribute('data-index'), box: row.getBoundingClientRect() }))
          .filter(({ box }) => box.height > 0)
          .sort((a, b) => a.box.top - b.box.top);
        perList.push(boxes.length);
        for (let i = 1; i < boxes.length; i++) {
          const above = boxes[i - 1]!;
          const below = boxes[i]!;
          if (below.box.top < above.box.bottom - 0.5) {
            overlaps.push(
              `list ${listIndex}: row ${above.index} (${above.box.top.toFixed(1)}–${above.box.bottom.toFixed(1)}) overlaps row ${below.index} (top ${below.box.top.toFixed(1)})`,
            );
          }
        }
      }
      return { rows: perList.reduce((sum, count) => sum + count, 0), perList, overlaps };
    },
    { rootSelector, rowSelector },
  );
}
