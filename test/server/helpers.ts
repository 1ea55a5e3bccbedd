import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from '../../server/server';

/** A fresh data folder under the OS temp dir; `remove` deletes it. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts a server on an ephemeral loopback port in its own temp data folder. */
/** A running server with its temporary data folder. */
export type TestServer = RunningServer & { dataDir: string; cleanUp: () => Promise<void> };

export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const data = tempDataDir();
  const server = await startServer({ port: 0, dataDir: data.dir, ...options });
  return {
    ...server,
    dataDir: data.dir,
    cleanUp: async () => {
      await server.close();
      data.remove();
    },
  };
}

/** A server for one `describe`: started before its tests, removed after; read `suite.server` / `suite.org` inside tests. */
export function useSuiteServer(options: ServerOptions = {}): { server: TestServer; org: string } {
  const suite = {} as { server: TestServer; org: string };
  beforeAll(async () => {
    suite.server = await startTestServer(options);
    suite.org = `${suite.server.url}/api/0/organizations/faultline`;
  }, 60_000);
  afterAll(() => suite.server.cleanUp());
  return suite;
}

/** An envelope with one event item, as an SDK writes it. */
export function envelopeOf(events: Record<string, unknown>[], extraItems: string[] = []): string {
  const lines = [JSON.stringify({ sent_at: new Date().toISOString() })];
  for (const event of events) {
    const payload = JSON.stringify(event);
    lines.push(JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) }), payload);
  }
  return `${[...lines, ...extraItems].join('\n')}\n`;
}

/** An SDK-shaped error event thrown from `fn` in `file`, in-app. */
export function errorEvent(type: string, value: string, fn: string, file = 'app/checkout.js', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'javascript',
    level: 'error',
    timestamp: Date.now() / 1000,
    exception: {
      values: [
        {
          type,
          value,
          stacktrace: {
            frames: [
              { filename: 'node_modules/lib/index.js', function: 'dispatch', in_app: false },
              { filename: file, function: fn, in_app: true, lineno: 10 },
              { filename: 'node_modules/lib/throw.js', function: 'raise', in_app: false },
            ],
          },
        },
      ],
    },
    ...extra,
  };
}

/** Posts to an ingestion path with the DSN key in `X-Sentry-Auth`. */
export function ingest(url: string, path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'X-Sentry-Auth': 'Sentry sentry_version=7, sentry_key=public, sentry_client=test/1.0', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

/** GETs JSON from the Web API. */
export async function getJson<T = unknown>(url: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** The `rel="next"` link of a `Link` header: its URL and whether it has results. */
export function nextLink(header: string | null): { url: string; results: boolean } | undefined {
  const match = /<([^>]+)>; rel="next"; results="(true|false)"/.exec(header ?? '');
  return match ? { url: match[1]!, results: match[2] === 'true' } : undefined;
}
