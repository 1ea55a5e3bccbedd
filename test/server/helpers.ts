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

/** A running server with its temporary data folder. */
export type TestServer = RunningServer & { dataDir: string; cleanUp: () => Promise<void> };

// Running test servers by origin, so `apiFetch` and `ingest` send each one its own API token
// and project keys, as the portal's proxy and an app's DSN would.
const running = new Map<string, RunningServer>();

/**
 * Starts a server on an ephemeral loopback port in its own temp data folder. The first project's
 * DSN key is pinned to `public` unless `options.publicKey` says otherwise; the others are random.
 */
export async function startTestServer(options: ServerOptions = {}): Promise<TestServer> {
  const data = tempDataDir();
  const server = await startServerIn(data.dir, options);
  return {
    ...server,
    dataDir: data.dir,
    cleanUp: async () => {
      await server.close();
      data.remove();
    },
  };
}

/** Starts a server on `dataDir` (kept when it closes), known to `apiFetch` and `ingest` while it runs. */
export async function startServerIn(dataDir: string, options: ServerOptions = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, dataDir, publicKey: 'public', ...options });
  running.set(server.url, server);
  return {
    ...server,
    close: () => {
      running.delete(server.url);
      return server.close();
    },
  };
}

/** `fetch` with the API token of the test server `url` points at, unless `init` sends its own `Authorization`. */
export function apiFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const server = running.get(new URL(url).origin);
  const headers = new Headers(init.headers);
  if (server && !headers.has('authorization')) headers.set('Authorization', `Bearer ${server.apiToken}`);
  return fetch(url, { ...init, headers });
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

/** Posts to an ingestion path with the DSN key of its project (`/api/<id>/…`) in `X-Sentry-Auth`. */
export function ingest(url: string, path: string, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  const projectId = /^\/api\/(\d+)\//.exec(path)?.[1];
  const server = running.get(new URL(url).origin);
  let key = 'public';
  try {
    if (server && projectId) key = server.publicKey(Number(projectId));
  } catch {
    // A project the server does not have: send the default key and let the server answer 404.
  }
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'X-Sentry-Auth': `Sentry sentry_version=7, sentry_key=${key}, sentry_client=test/1.0`, ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
}

/** GETs JSON from the Web API, with the test server's token. */
export async function getJson<T = unknown>(url: string): Promise<{ status: number; body: T; headers: Headers }> {
  const response = await apiFetch(url);
  return { status: response.status, body: (await response.json()) as T, headers: response.headers };
}

/** The `rel="next"` link of a `Link` header: its URL and whether it has results. */
export function nextLink(header: string | null): { url: string; results: boolean } | undefined {
  const match = /<([^>]+)>; rel="next"; results="(true|false)"/.exec(header ?? '');
  return match ? { url: match[1]!, results: match[2] === 'true' } : undefined;
}
