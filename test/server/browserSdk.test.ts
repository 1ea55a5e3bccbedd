// @vitest-environment node
import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchArgs } from '../../scripts/chromium';
import { normalizeEvent } from '../../src/core';
import { servePage } from './browserSdk/servePage';
import { getJson, startTestServer } from './helpers';

// The real @sentry/browser SDK in headless Chromium, posting cross-origin to the local server.
// CI always has a Chromium; a laptop without one skips this rather than installing a browser.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NO_CHROMIUM = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: install one or set CHROMIUM_PATH to run the browser SDK test`;

type ApiIssue = { id: string; title: string; count: string; level: string; metadata: { type?: string; function?: string } };
type ApiEvent = { sdk?: { name?: string }; request?: { url?: string; headers?: Record<string, string> } };

let server: Awaited<ReturnType<typeof startTestServer>>;
let page: { url: string; close: () => Promise<void> };
let browser: Browser | undefined;
let statuses: (number | undefined)[] = [];
const pageErrors: string[] = [];

async function sendFromPage(tab: Page): Promise<void> {
  await tab.goto(`${page.url}?dsn=${encodeURIComponent(server.dsn(1))}`);
  await tab.waitForFunction(() => 'faultlineTest' in window);
  // The same throw site twice (one issue), then a handled error and a message of their own.
  for (const amount of ['10', '25']) {
    await tab.getByLabel('Amount').fill(amount);
    await tab.getByRole('button', { name: 'Pay' }).click();
  }
  await tab.evaluate(() => window.faultlineTest.readCart());
  await tab.evaluate(() => window.faultlineTest.reportSlowCheckout());
  expect(await tab.evaluate(() => window.faultlineTest.flush())).toBe(true);
  statuses = await tab.evaluate(() => window.faultlineTest.statuses);
}

beforeAll(async () => {
  if (NO_CHROMIUM) return;
  // A random DSN key, as a real install has: the page's SDK must send the one the server made.
  server = await startTestServer({ publicKey: undefined });
  page = await servePage();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumLaunchArgs });
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  await sendFromPage(tab);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await page?.close();
  await server?.cleanUp();
});

const issuesUrl = () => `${server.url}/api/0/projects/faultline/1/issues/?query=&sort=freq&environment=browser-e2e`;

it('lets the browser read every ingestion answer across origins (CORS)', ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  // A response the browser blocked reaches the SDK without a status.
  expect(statuses).toEqual([200, 200, 200, 200]);
  // The two clicks threw for real; nothing else went wrong on the page.
  expect(pageErrors).toEqual(['card declined for 10', 'card declined for 25']);
});

it('groups what the real @sentry/browser SDK sends into issues with the right counts', async ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  const { status, body } = await getJson<ApiIssue[]>(issuesUrl());
  expect(status).toBe(200);
  const summary = body.map((issue) => [issue.metadata.type ?? issue.title, issue.count, issue.level]);
  expect(summary[0]).toEqual(['CheckoutError', '2', 'error']);
  // The two single events tie on frequency, so their order is not part of the check.
  expect(summary.slice(1).sort()).toEqual([
    ['TypeError', '1', 'error'],
    ['checkout took too long', '1', 'warning'],
  ]);
  expect(body[0]!.title).toBe('CheckoutError: card declined for 25');
  expect(body[0]!.metadata.function).toBe('chargeCard');
  const events = await getJson<unknown[]>(`${server.url}/api/0/issues/${body[0]!.id}/events/`);
  expect(events.body).toHaveLength(2);
});

it('keeps the exception, the breadcrumbs and the browser the page ran in', async ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  const [checkout] = (await getJson<ApiIssue[]>(issuesUrl())).body;
  const { body: event } = await getJson<ApiEvent>(`${server.url}/api/0/issues/${checkout!.id}/events/latest/`);
  expect(event.sdk?.name).toBe('sentry.javascript.browser');

  expect(event.request?.url).toBe(`${page.url}?dsn=${encodeURIComponent(server.dsn(1))}`);
  expect(event.request?.headers?.['User-Agent']).toMatch(/Chrome\//);

  // Read as the portal reads it: through the kit's normalizer.
  const { value } = normalizeEvent(event);
  const exception = value.exceptions.at(-1);
  expect(exception).toMatchObject({ type: 'CheckoutError', value: 'card declined for 25', mechanism: { handled: false } });
  expect(exception?.stacktrace?.frames.at(-1)?.function).toBe('chargeCard');
  const crumbs = value.breadcrumbs.map((crumb) => `${crumb.category}: ${crumb.message}`);
  // The SDK drops a second click on the same element within a second, so that one may be missing.
  expect(crumbs[0]).toBe('ui.click: body > button#pay[type="button"]');
  expect(crumbs).toEqual(expect.arrayContaining(['console: paying 10', 'sentry.event: CheckoutError: card declined for 10', 'console: paying 25']));
  // The browser Sentry's ingestion derives from the User-Agent header.
  expect(value.contexts.browser).toMatchObject({ type: 'browser', name: expect.stringMatching(/Chrome/) });
});
