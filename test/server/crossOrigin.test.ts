// @vitest-environment node
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumLaunchArgs } from '../../scripts/chromium';
import { getJson, startTestServer, type TestServer } from './helpers';

// What the attacker did in issue 12, in a real Chromium: a page on another loopback origin tries
// to read and change issues on the local server. Only posting events is open to it.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const NO_CHROMIUM = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM}: install one or set CHROMIUM_PATH to run the cross-origin test`;

type ApiIssue = { id: string; status: string };

let server: TestServer;
let elsewhere: { server: Server; url: string };
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  if (NO_CHROMIUM) return;
  server = await startTestServer({ seed: true, publicKey: undefined });
  const http = createServer((_request, response) => response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Elsewhere</title>'));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  elsewhere = { server: http, url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/` };
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumLaunchArgs });
  page = await browser.newPage();
  await page.goto(elsewhere.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => elsewhere?.server.close(resolve));
  await server?.cleanUp();
});

/** What a `fetch` from the page got: a readable status, or `blocked` when the browser refused it. */
function fetchFromPage(url: string, init: RequestInit = {}): Promise<string> {
  return page.evaluate(
    async ([target, options]) => {
      try {
        const response = await fetch(target, options);
        return response.type === 'opaque' ? 'opaque' : String(response.status);
      } catch {
        return 'blocked';
      }
    },
    [url, init] as const,
  );
}

it('cannot read issues or events from another origin', async ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  const org = `${server.url}/api/0/organizations/faultline`;
  const [issue] = (await getJson<ApiIssue[]>(`${org}/issues/?limit=1`)).body;
  expect(await fetchFromPage(`${org}/issues/?limit=100`)).toBe('blocked');
  expect(await fetchFromPage(`${org}/issues/${issue!.id}/events/latest/`)).toBe('blocked');
  // A guessed token needs a preflight, which the API does not allow.
  expect(await fetchFromPage(`${org}/issues/`, { headers: { Authorization: 'Bearer guess' } })).toBe('blocked');
});

it('cannot resolve or delete issues from another origin, even with requests that skip the preflight', async ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  const org = `${server.url}/api/0/organizations/faultline`;
  const before = (await getJson<ApiIssue[]>(`${org}/issues/?query=&limit=100`)).body;
  const [first, second] = before;
  const resolve = JSON.stringify({ status: 'resolved' });
  expect(await fetchFromPage(`${org}/issues/${first!.id}/`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: resolve })).toBe('blocked');
  expect(await fetchFromPage(`${org}/issues/${first!.id}/`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, body: resolve })).toBe('blocked');
  expect(await fetchFromPage(`${org}/issues/?id=${second!.id}`, { method: 'DELETE' })).toBe('blocked');
  // A simple POST reaches the server (the page just cannot read the answer); it must do nothing.
  expect(await fetchFromPage(`${org}/issues/?id=${first!.id}`, { method: 'POST', mode: 'no-cors', body: resolve })).toBe('opaque');
  const after = (await getJson<ApiIssue[]>(`${org}/issues/?query=&limit=100`)).body;
  expect(after).toEqual(before);
});

it('can still post an event with its project DSN, and read the answer', async ({ skip }) => {
  skip(NO_CHROMIUM !== undefined, NO_CHROMIUM);
  const key = server.publicKey(2);
  const envelope = `${JSON.stringify({ dsn: server.dsn(2) })}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify({ message: 'posted cross-origin' })}\n`;
  expect(await fetchFromPage(`${server.url}/api/2/envelope/?sentry_key=${key}`, { method: 'POST', body: envelope })).toBe('200');
  // With the SDK's tracing headers, which need a preflight.
  expect(await fetchFromPage(`${server.url}/api/2/envelope/`, { method: 'POST', headers: { 'X-Sentry-Auth': `Sentry sentry_key=${key}`, 'sentry-trace': `${'a'.repeat(32)}-${'b'.repeat(16)}-1` }, body: envelope })).toBe('200');
  // Project 1's key is refused by project 2, and the page can read why.
  expect(await fetchFromPage(`${server.url}/api/2/envelope/?sentry_key=${server.publicKey(1)}`, { method: 'POST', body: envelope })).toBe('403');
});
