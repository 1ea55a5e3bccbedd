// Next.js 16 App Router host: the README's quick start as its page, the host's own
// server-component page, route handlers on the server entries, and hydration in a browser
// whose time zone and locale differ from the server's.
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findOverlaps, openPage } from '../browser';
import { freePort, runOrThrow, type Server, startServer } from '../processes';
import { quickStartBlock } from '../readme';
import { check, record } from '../report';
import { event, issues } from '../../shared/sample';

// The server renders in UTC and American English; each browser pass differs in both.
const SERVER_ENV = { TZ: 'UTC', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', NEXT_TELEMETRY_DISABLED: '1', SENTRY_CLIENT_SECRET: 'consumer-secret' };
const BROWSERS = [
  { timezoneId: 'America/Los_Angeles', locale: 'de-DE' },
  { timezoneId: 'Asia/Seoul', locale: 'ko-KR' },
];
const HYDRATION = /hydrat|did not match|didn't match|Minified React error #(418|423|425)|react\.dev\/errors\/(418|423|425)/i;

export async function checkNext(dir: string, repo: string) {
  const pages = ['/portal'];
  const readmePage = await check('next-app: README quick start block is a page (default export)', () => {
    const block = quickStartBlock(repo);
    if (!/export default/.test(block)) {
      // Still compiled and type-checked by `next build`, just not routed.
      writeFileSync(join(dir, 'app/quick-start.tsx'), block);
      throw new Error('the block has no default export, so it cannot be app/page.tsx; written to app/quick-start.tsx instead');
    }
    writeFileSync(join(dir, 'app/page.tsx'), block);
    return undefined;
  });
  if (readmePage) pages.unshift('/');

  const built = await check('next-app: next build', () => runOrThrow(next(dir), ['build'], { cwd: dir, env: SERVER_ENV, timeoutMs: 600_000 }).then(() => undefined));
  if (!built) return;

  const port = await freePort();
  let server: Server | undefined;
  try {
    server = await startServer(next(dir), ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      env: SERVER_ENV,
      timeoutMs: 60_000,
      url: `http://127.0.0.1:${port}`,
      readyPath: '/portal',
    });
    await checkServerHtml(server.url, pages);
    await checkRoutes(server.url, repo);
    await checkHydration('next start', server.url, pages);
  } catch (error) {
    record('next-app: next start', false, error instanceof Error ? error.message : String(error));
  } finally {
    await server?.stop();
  }

  const devPort = await freePort();
  let dev: Server | undefined;
  try {
    dev = await startServer(next(dir), ['dev', '-p', String(devPort), '-H', '127.0.0.1'], {
      cwd: dir,
      env: SERVER_ENV,
      timeoutMs: 240_000,
      url: `http://127.0.0.1:${devPort}`,
      readyPath: '/portal',
    });
    await checkHydration('next dev', dev.url, pages);
  } catch (error) {
    record('next-app: next dev', false, error instanceof Error ? error.message : String(error));
  } finally {
    await dev?.stop();
  }
}

const next = (dir: string) => join(dir, 'node_modules/.bin/next');

// What React's server renderer writes for text.
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

async function checkServerHtml(url: string, pages: string[]) {
  const titles = issues.slice(0, 3).map((issue) => issue.title);
  const [first] = event.exception.values;
  const exception = `${first?.type}: ${first?.value}`;
  for (const path of pages) {
    await check(`next-app: ${path} server HTML carries the first issue rows and the event's exception`, async () => {
      // The RSC payload in <script> carries every prop as JSON: only the markup counts.
      const html = (await (await fetch(url + path)).text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
      const gridStart = html.indexOf('role="grid"');
      const grid = gridStart < 0 ? '' : html.slice(gridStart, html.indexOf('</table>', gridStart));
      const missing = [
        ...titles.filter((title) => !grid.includes(escapeHtml(title))).map((title) => `issue row: ${title}`),
        ...(html.includes(escapeHtml(first?.value ?? '')) ? [] : [`exception: ${exception}`]),
      ];
      if (missing.length > 0) throw new Error(`not in the server-rendered markup (${gridStart < 0 ? 'no grid' : `grid of ${grid.length} bytes`}):\n${missing.join('\n')}`);
      if (html.includes('<img src=x onerror')) throw new Error('an issue title with markup reached the HTML as markup');
      return `${titles.length} titles and "${exception}"`;
    });
  }
}

async function checkRoutes(url: string, repo: string) {
  await check('next-app: route handler normalizes an SDK event with faultline/schema', async () => {
    const body = readFileSync(join(repo, 'consumers/shared/node-http-server.json'), 'utf8');
    const response = await fetch(`${url}/api/events`, { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
    const json = await response.json();
    if (response.status !== 200 || !json.exceptions?.includes('TypeError: Cannot read stock of unknown SKU SKU-9')) {
      throw new Error(`status ${response.status}: ${JSON.stringify(json)}`);
    }
    return undefined;
  });
  await check('next-app: webhook route verifies the signature and reads the body with faultline/sentry', async () => {
    const body = readFileSync(join(repo, 'consumers/shared/error-created.json'), 'utf8');
    const signature = createHmac('sha256', SERVER_ENV.SENTRY_CLIENT_SECRET).update(body).digest('hex');
    const post = (sig: string) =>
      fetch(`${url}/api/webhooks/sentry`, { method: 'POST', body, headers: { 'Sentry-Hook-Signature': sig, 'Sentry-Hook-Resource': 'error' } });
    const good = await post(signature);
    const json = await good.json();
    if (good.status !== 200 || json.events?.[0]?.title !== 'ReferenceError: blooopy is not defined') {
      throw new Error(`signed body: status ${good.status}: ${JSON.stringify(json)}`);
    }
    const forged = await post(createHmac('sha256', 'another-secret').update(body).digest('hex'));
    if (forged.status !== 401) throw new Error(`forged signature: status ${forged.status}, expected 401`);
    return undefined;
  });
}

async function checkHydration(mode: string, url: string, pages: string[]) {
  for (const options of BROWSERS) {
    for (const path of pages) {
      await check(`next-app (${mode}): ${path} hydrates without mismatch in ${options.timezoneId}, ${options.locale}`, async () => {
        const { page, log, close } = await openPage(options);
        try {
          await page.goto(url + path, { waitUntil: 'load', timeout: 180_000 });
          await page.waitForSelector('html[data-hydrated]', { state: 'attached', timeout: 60_000 });
          // Recoverable hydration errors are reported around the commit; give them a moment.
          await page.waitForTimeout(500);
          const problems = log.messages.filter((message) => message.startsWith('pageerror') || HYDRATION.test(message));
          if (problems.length > 0) throw new Error(problems.join('\n'));
          const { rows, overlaps } = await findOverlaps(page, '.fl-issue-list', 'tr[data-index]');
          if (rows === 0) throw new Error('no issue rows after hydration');
          if (overlaps.length > 0) throw new Error(overlaps.join('\n'));
          return undefined;
        } finally {
          await close();
        }
      });
    }
  }
}
