// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryClient, isSentryApiError, SentryApiError, type SentryClient } from '../../src/sentry';
import { closedPortUrl, sendJson, startServer, type TestServer } from './httpServer';
import { makeIssues } from './sentryRoutes';

let server: TestServer;
let client: SentryClient;

beforeAll(async () => {
  server = await startServer((_request, response) => sendJson(response, 200, []));
  // Short waits keep the suite fast; the retry logic is the same at any scale.
  client = createSentryClient({ baseUrl: server.baseUrl, retry: { retries: 2, baseDelayMs: 10, maxDelayMs: 2000 } });
});

afterAll(() => server.close());

/** The error a call rejects with. */
async function failureOf(call: Promise<unknown>): Promise<SentryApiError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isSentryApiError(error)) throw new Error(`expected a SentryApiError, got ${String(error)}`);
  return error;
}

/** Answers 429 `times` times (with the given Retry-After), then the issues. */
function rateLimitedThen(times: number, retryAfter: string | undefined) {
  let count = 0;
  return () => {
    server.handle((_request, response) => {
      count++;
      if (count <= times) sendJson(response, 429, { detail: 'Rate limit exceeded' }, retryAfter === undefined ? {} : { 'Retry-After': retryAfter });
      else sendJson(response, 200, makeIssues(2));
    });
    return () => count;
  };
}

describe('rate limiting', () => {
  it('waits as long as Retry-After says (seconds), then succeeds', async () => {
    const count = rateLimitedThen(1, '0.2')();
    const started = performance.now();
    const page = await client.listIssues({ organization: 'acme' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(180);
    expect(page.data).toHaveLength(2);
    expect(count()).toBe(2);
  });

  it('reads Retry-After as an HTTP date, and backs off without one', async () => {
    const dated = rateLimitedThen(1, new Date(Date.now() - 1000).toUTCString())();
    await client.listIssues({ organization: 'acme' });
    expect(dated()).toBe(2);
    const bare = rateLimitedThen(2, undefined)();
    await client.listIssues({ organization: 'acme' });
    expect(bare()).toBe(3);
  });

  it('gives up after the configured retries with kind rate-limited and the detail', async () => {
    const count = rateLimitedThen(99, '0')();
    const error = await failureOf(client.listIssues({ organization: 'acme' }));
    expect(error).toBeInstanceOf(SentryApiError);
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, detail: 'Rate limit exceeded', attempts: 3, retryAfterMs: 0 });
    expect(count()).toBe(3);
  });

  it('fails at once when Retry-After asks for longer than maxDelayMs', async () => {
    const count = rateLimitedThen(99, '3600')();
    const started = performance.now();
    const error = await failureOf(client.listIssues({ organization: 'acme' }));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_600_000, attempts: 1 });
    expect(count()).toBe(1);
  });

  it('does not retry at all with retries: 0', async () => {
    const count = rateLimitedThen(1, '0')();
    const once = createSentryClient({ baseUrl: server.baseUrl, retry: { retries: 0 } });
    expect((await failureOf(once.listIssues({ organization: 'acme' }))).kind).toBe('rate-limited');
    expect(count()).toBe(1);
  });
});

describe('aborting', () => {
  it('aborts a request the server is still answering', async () => {
    server.handle(() => {
      // Never answers: only the abort can end the call.
    });
    const controller = new AbortController();
    const call = client.listIssues({ organization: 'acme' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failureOf(call);
    expect(error.kind).toBe('aborted');
    expect(error.url).toBe(`${server.baseUrl}/api/0/organizations/acme/issues/`);
  });

  it('aborts during a Retry-After wait, and before sending when already aborted', async () => {
    rateLimitedThen(1, '5')();
    const controller = new AbortController();
    const patient = createSentryClient({ baseUrl: server.baseUrl, retry: { maxDelayMs: 10_000 } });
    const call = patient.listIssues({ organization: 'acme' }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    expect((await failureOf(call)).kind).toBe('aborted');
    expect(performance.now() - started).toBeLessThan(2000);
    const sent = server.received.length;
    expect((await failureOf(client.listIssues({ organization: 'acme' }, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
    expect(server.received.length).toBe(sent);
  });
});

describe('error bodies', () => {
  it('carries the status and Sentry\'s {"detail"} message', async () => {
    server.handle((_request, response) => sendJson(response, 403, { detail: 'You do not have permission to perform this action.' }));
    const error = await failureOf(client.getIssue({ organization: 'acme', issueId: '1' }));
    expect(error).toMatchObject({ kind: 'http', status: 403, detail: 'You do not have permission to perform this action.', method: 'GET' });
    expect(error.message).toContain('HTTP 403');
    expect(error.message).toContain('You do not have permission');
  });

  it('reads field errors and plain-text bodies, clipped', async () => {
    server.handle((_request, response) => sendJson(response, 400, { status: ['"bogus" is not a valid choice.'] }));
    expect((await failureOf(client.updateIssues({ organization: 'acme', ids: [1], status: 'resolved' }))).detail).toBe('status: "bogus" is not a valid choice.');
    server.handle((_request, response) => {
      response.writeHead(502, { 'Content-Type': 'text/html' });
      response.end(`<html>Bad gateway${'!'.repeat(5000)}</html>`);
    });
    const error = await failureOf(client.getIssue({ organization: 'acme', issueId: '1' }));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.detail?.startsWith('<html>Bad gateway')).toBe(true);
    expect(error.detail?.length).toBeLessThanOrEqual(501);
  });

  it('fails with invalid-json on a 200 that is not JSON', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('[{"id": "1",');
    });
    const error = await failureOf(client.listIssues({ organization: 'acme' }));
    expect(error).toMatchObject({ kind: 'invalid-json', status: 200 });
    expect(error.detail).toContain('[{\\"id\\"');
  });

  it('fails with too-large past maxResponseBytes, declared or streamed', async () => {
    const small = createSentryClient({ baseUrl: server.baseUrl, maxResponseBytes: 1000 });
    server.handle((_request, response) => sendJson(response, 200, makeIssues(50)));
    expect((await failureOf(small.listIssues({ organization: 'acme' }))).kind).toBe('too-large');
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write(`[${'"x",'.repeat(400)}`);
      response.end('"x"]');
    });
    expect((await failureOf(small.listIssues({ organization: 'acme' }))).kind).toBe('too-large');
  });

  it('fails with kind network on a closed port', async () => {
    const nowhere = createSentryClient({ baseUrl: await closedPortUrl() });
    const error = await failureOf(nowhere.listIssues({ organization: 'acme' }));
    expect(error.kind).toBe('network');
    expect(error.status).toBeUndefined();
    expect(error.detail).toMatch(/ECONNREFUSED|refused/i);
  });
});
