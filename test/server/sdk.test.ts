// @vitest-environment node
import * as Sentry from '@sentry/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getJson, startTestServer } from './helpers';

type ApiIssue = { id: string; title: string; count: string; level: string; metadata: { type?: string } };

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  // A random DSN key, as a real install has: the SDK must send the one the server made.
  server = await startTestServer({ publicKey: undefined });
  Sentry.init({
    dsn: server.dsn(1),
    // No global handlers or auto-instrumentation: this test process only sends what it captures.
    defaultIntegrations: false,
    environment: 'e2e',
    release: 'faultline-e2e@1.0.0',
  });
});

afterAll(async () => {
  await Sentry.close(2000);
  await server.cleanUp();
});

class CheckoutError extends Error {
  override name = 'CheckoutError';
}

function chargeCard(amount: number): never {
  throw new CheckoutError(`card declined for ${amount}`);
}

function readCart(): never {
  throw new TypeError('cart is undefined');
}

function capture(fn: () => never): void {
  try {
    fn();
  } catch (error) {
    Sentry.captureException(error);
  }
}

it('groups what the real @sentry/node SDK sends into issues with the right counts', async () => {
  capture(() => chargeCard(10));
  capture(() => chargeCard(25));
  capture(readCart);
  expect(await Sentry.flush(5000)).toBe(true);

  const { status, body } = await getJson<ApiIssue[]>(`${server.url}/api/0/projects/faultline/1/issues/?query=&sort=freq&environment=e2e`);
  expect(status).toBe(200);
  expect(body.map((issue) => [issue.metadata.type, issue.count])).toEqual([
    ['CheckoutError', '2'],
    ['TypeError', '1'],
  ]);
  const elsewhere = await getJson<ApiIssue[]>(`${server.url}/api/0/projects/faultline/1/issues/?query=&environment=production`);
  expect(elsewhere.body).toEqual([]);
  expect(body[0]!.title).toBe('CheckoutError: card declined for 25');
  const latest = await getJson<{ sdk?: { name?: string }; release?: string }>(`${server.url}/api/0/issues/${body[0]!.id}/events/latest/`);
  expect(latest.body.sdk?.name).toBe('sentry.javascript.node');
  expect(latest.body.release).toBe('faultline-e2e@1.0.0');
  // Flushing through the ingestion worker takes seconds on a loaded CI machine: past vitest's 5 s default.
}, 30_000);
