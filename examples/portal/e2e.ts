import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchArgs } from '../../scripts/chromium';
import { checkOnScreen, pageShots, triageFlow } from './e2eIssuePage';
import { startPortal } from './startPortal';

// `npx tsx examples/portal/e2e.ts`: starts the API server (fresh seeded store) and the portal,
// drives Chromium through search, paging, a bulk action, an issue page, the theme switch, the
// Storybook link and an error page, saves screenshots, stops everything and exits 1 on the
// first failed step.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// A fixed, git-ignored folder by default, so CI can keep it as an artifact and a developer finds it.
const SHOTS = process.env.PORTAL_SCREENSHOTS ?? fileURLToPath(new URL('../../test-results/portal/', import.meta.url));
const LAST_SHOT = join(SHOTS, '6-final.png');
const STEP_TIMEOUT_MS = 15_000;
const TOTAL_TIMEOUT_MS = 240_000;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function firstTitle(page: Page): Promise<string> {
  return (await page.locator('[data-slot="title-link"]').first().textContent()) ?? '';
}

async function hitsText(page: Page): Promise<string> {
  return (await page.getByText(/issues match$/).textContent()) ?? '';
}

async function run(page: Page, portalUrl: string, apiUrl: string): Promise<void> {
  const step = (name: string) => console.log(`e2e: ${name}`);
  step('list loads from the API through the built package');
  await page.goto(portalUrl);
  await page.getByRole('heading', { level: 1, name: 'Issues' }).waitFor();
  await page.getByText(/^\d+ issues match$/).waitFor();
  await page.locator('[data-slot="title-link"]').first().waitFor();
  const modules = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  check(modules.some((name) => /\/dist\/index\.js/.test(name)), 'faultline did not load from dist/index.js');
  check(modules.some((name) => /\/dist\/sentry\.js/.test(name)), 'faultline/sentry did not load from dist/sentry.js');
  check(!modules.some((name) => /\/@fs\/.*\/main\/src\//.test(name) || /\/@fs\/.*\/src\/(core|hooks|components|sentry)\//.test(name)), 'the kit loaded from src/, not dist/');
  check((await page.getByRole('main').count()) === 1 && (await page.getByRole('banner').count()) === 1, 'landmarks missing');
  await page.screenshot({ path: join(SHOTS, '1-list.png'), fullPage: false });

  step('the API answers the proxy, which holds the token, and refuses the page without it');
  const issuesPath = '/api/0/organizations/faultline/issues/?limit=1';
  check((await page.request.get(new URL(issuesPath, portalUrl).href)).status() === 200, 'the proxied API call failed');
  const direct = await page.request.get(new URL(issuesPath, apiUrl).href);
  check(direct.status() === 401, `the API answered ${direct.status()} without a token`);
  check(direct.headers()['access-control-allow-origin'] === undefined, 'the API sent a CORS header');
  check(await page.evaluate(() => !document.documentElement.outerHTML.includes('flt_')), 'the page holds the API token');

  step('next and previous page follow the Link cursors');
  const firstPageTitle = await firstTitle(page);
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.waitForFunction(() => window.location.hash.includes('cursor='));
  await page.waitForFunction((before) => document.querySelector('[data-slot="title-link"]')?.textContent !== before, firstPageTitle);
  check(await page.getByRole('button', { name: 'Previous page' }).isEnabled(), 'Previous page is disabled on page 2');
  await page.getByRole('button', { name: 'Previous page' }).click();
  await page.waitForFunction((before) => document.querySelector('[data-slot="title-link"]')?.textContent === before, firstPageTitle);

  step('search goes to the server in the hash');
  const allHits = await hitsText(page);
  await page.getByRole('combobox', { name: 'Search issues' }).fill('is:unresolved Error');
  await page.waitForFunction(() => new URLSearchParams(window.location.hash.split('?')[1]).get('query') === 'is:unresolved Error');
  await page.waitForFunction((before) => {
    const hits = document.body.textContent?.match(/(\d+) issues match/);
    return hits !== null && hits[0] !== before && Number(hits[1]) > 0;
  }, allHits);
  await page.locator('[data-slot="title-link"]').first().waitFor();
  await page.screenshot({ path: join(SHOTS, '2-search.png') });
  await page.getByRole('combobox', { name: 'Search issues' }).fill('is:unresolved');
  await page.waitForFunction(() => new URLSearchParams(window.location.hash.split('?')[1]).get('query') === 'is:unresolved');
  await page.getByText(allHits).waitFor();

  step('the environment picker lists what the API knows and filters on the server');
  const picker = page.getByRole('combobox', { name: 'Environment' });
  await picker.locator('option', { hasText: /^production$/ }).waitFor({ state: 'attached' });
  await picker.selectOption('production');
  await page.waitForFunction(() => new URLSearchParams(window.location.hash.split('?')[1]).get('environment') === 'production');
  await page.waitForFunction((before) => {
    const hits = document.body.textContent?.match(/(\d+) issues match/);
    return hits !== null && hits[0] !== before && Number(hits[1]) > 0;
  }, allHits);
  await picker.selectOption('');
  await page.getByText(allHits).waitFor();

  step('bulk resolve sends the update and the list reloads');
  const hitsBefore = Number.parseInt(allHits, 10);
  await page.getByRole('checkbox', { name: /^Select (?!all issues)/ }).first().check();
  const update = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/issues/'));
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Resolve', exact: true }).click();
  check((await update).ok(), 'bulk resolve failed');
  await page.getByText(`${hitsBefore - 1} issues match`).waitFor();

  step('an issue opens with its event, header actions and back link');
  await page.locator('[data-slot="title-link"]').first().click();
  await page.waitForFunction(() => /#\/issues\/\d+\//.test(window.location.hash));
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Actions' }).waitFor();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menu').waitFor();
  await checkOnScreen(page, page.getByRole('menu'), 'the Actions menu');
  await page.keyboard.press('Escape');
  await page.screenshot({ path: join(SHOTS, '3-issue.png') });

  await triageFlow(page);
  await pageShots(page, 'issue');

  step('theme switch sets data-fl-theme and the page follows');
  await page.getByRole('radio', { name: 'Dark' }).check();
  check((await page.evaluate(() => document.documentElement.dataset.flTheme)) === 'dark', 'data-fl-theme is not dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const channels = (background.match(/\d+/g) ?? []).slice(0, 3).map(Number);
  check(channels.length === 3 && channels.every((value) => value < 80), `dark theme background is ${background}`);
  await page.screenshot({ path: join(SHOTS, '4-issue-dark.png') });
  await page.getByRole('radio', { name: 'Auto' }).check();

  step('back link returns to the list as it was');
  await page.getByRole('link', { name: /All issues/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Issues' }).waitFor();
  await page.locator('[data-slot="title-link"]').first().waitFor();

  step('keyboard: a focused row opens with Enter');
  await page.getByRole('row').nth(1).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /#\/issues\/\d+\//.test(window.location.hash));
  await page.getByRole('button', { name: 'Actions' }).waitFor();

  step('the banner links to Storybook, served here when built');
  const storybook = page.getByRole('navigation', { name: 'Component docs' }).getByRole('link', { name: 'Storybook' });
  const storybookHref = await storybook.getAttribute('href');
  check(storybookHref !== null && storybookHref !== '', 'the Storybook link has no href');
  if (storybookHref === '/storybook/') {
    const served = await page.request.get(new URL(storybookHref, portalUrl).href);
    check(served.ok() && (await served.text()).includes('<title>'), `the built Storybook did not load: ${served.status()}`);
  }

  step('alerts: a new rule sends a test to the built-in receiver, saves, and its delivery is logged');
  await page.goto(`${portalUrl}#/alerts`);
  await page.getByRole('button', { name: 'New alert rule' }).click();
  await page.getByRole('textbox', { name: 'Rule name' }).fill('e2e: new errors');
  await page.getByRole('button', { name: 'Send a test notification' }).click();
  await page.getByText(/Webhook: delivered \(HTTP 200\)/).waitFor();
  await page.getByRole('button', { name: 'Save rule' }).click();
  await page.getByRole('row', { name: /e2e: new errors/ }).waitFor();
  await page.getByRole('table', { name: 'Delivery log' }).getByText('Delivered').first().waitFor();
  await page.goto(`${portalUrl}#/receiver`);
  await page.getByText('Signature verified').first().waitFor();

  step('a missing issue shows an error, not a crash');
  await page.goto(`${portalUrl}#/issues/999999999/`);
  await page.getByRole('alert').getByText('does not exist').waitFor();
  await page.screenshot({ path: join(SHOTS, '5-missing.png') });

  step('back to the list for the last screenshot');
  await page.goto(portalUrl);
  await page.locator('[data-slot="title-link"]').first().waitFor();
  await page.screenshot({ path: LAST_SHOT, fullPage: true });
  await pageShots(page, 'list');
}

/** A path as short as it can be said from where the script was started. */
function shown(path: string): string {
  const fromHere = relative(process.cwd(), path);
  return fromHere.startsWith('..') ? path : fromHere;
}

async function main(): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  // A failure shot left by an earlier run would read as this run's.
  rmSync(join(SHOTS, 'failure.png'), { force: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'faultline-portal-e2e-'));
  const portal = await startPortal({ dataDir, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumLaunchArgs });
  const pageErrors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // Only loopback: a request anywhere else is a bug in the portal or the kit.
    await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]).*/, (route) => {
      pageErrors.push(`blocked request to ${route.request().url()}`);
      return route.abort();
    });
    await run(page, portal.portalUrl, portal.apiUrl).catch(async (error: unknown) => {
      await page.screenshot({ path: join(SHOTS, 'failure.png') }).catch(() => undefined);
      console.error(`e2e: failed at ${page.url()}; screenshot ${shown(join(SHOTS, 'failure.png'))}`);
      throw error;
    });
    check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    console.log(`e2e: passed; screenshots in ${shown(SHOTS)}, the last one ${shown(LAST_SHOT)}`);
    return 0;
  } catch (error) {
    console.error(`e2e: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    if (pageErrors.length > 0) console.error(`e2e: page errors: ${pageErrors.join('; ')}`);
    return 1;
  } finally {
    await browser.close();
    await portal.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const deadline = setTimeout(() => {
  console.error(`e2e: FAILED: no result after ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS);
deadline.unref();
process.exitCode = await main();
