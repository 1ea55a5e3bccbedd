// @vitest-environment node
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../../examples/portal/startPortal';
import { secretsExposedToBrowser, sentryUpstreamFromEnv } from '../../examples/portal/upstream';
import { tempDataDir } from './helpers';
import { crawlServedCode } from './portalCrawl';

// The portal against a stand-in for a real Sentry: the dev server's proxy adds the token on the
// way upstream, and nothing the browser can fetch from the portal holds it.
const TOKEN = 'sntryu_portal_proxy_test_0123456789abcdef';
const DIST_BUILT = existsSync(new URL('../../dist/index.js', import.meta.url));

let upstream: { url: string; seen: { url: string; headers: IncomingHttpHeaders }[]; close: () => Promise<void> };
let portal: RunningPortal;
let storybook: ReturnType<typeof tempDataDir>;

async function fakeSentry(): Promise<typeof upstream> {
  const seen: typeof upstream.seen = [];
  const server = createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'Content-Type': 'application/json', Link: '<https://sentry.example/api/0/x/?cursor=0:25:0>; rel="next"; results="true"; cursor="0:25:0"' });
    response.end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A GET with the path exactly as given: fetch would resolve `..` before sending. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    httpRequest(new URL(url), { path }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  upstream = await fakeSentry();
  storybook = tempDataDir();
  mkdirSync(join(storybook.dir, 'sb-manager'));
  writeFileSync(join(storybook.dir, 'index.html'), '<!doctype html><title>Storybook build</title>');
  writeFileSync(join(storybook.dir, 'sb-manager', 'runtime.js'), 'export const manager = true;');
  // A sub-path install: the proxy must keep the path of SENTRY_BASE_URL.
  portal = await startPortal({
    sentry: { baseUrl: `${upstream.url}/sentry`, organization: 'acme', authToken: TOKEN },
    storybookDir: storybook.dir,
    logLevel: 'silent',
  });
}, 60_000);

afterAll(async () => {
  await portal?.close();
  await upstream?.close();
  storybook?.remove();
});

describe('the /api/0/ proxy to SENTRY_BASE_URL', () => {
  it('adds the token upstream and drops what belongs to the browser', async () => {
    const response = await fetch(new URL('/api/0/organizations/acme/issues/?query=is%3Aunresolved', portal.portalUrl), {
      headers: { Cookie: 'portal_session=secret', Origin: new URL(portal.portalUrl).origin },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
    expect(response.headers.get('link')).toContain('cursor="0:25:0"');

    const call = upstream.seen.at(-1)!;
    expect(call.url).toBe('/sentry/api/0/organizations/acme/issues/?query=is%3Aunresolved');
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call.headers.host).toBe(new URL(upstream.url).host);
    expect(call.headers.cookie).toBeUndefined();
    expect(call.headers.origin).toBeUndefined();
  });

  it('refuses calls from pages on other origins, without forwarding them', async () => {
    const seen = upstream.seen.length;
    const url = new URL('/api/0/organizations/acme/issues/?id=1', portal.portalUrl);
    for (const [method, origin] of [
      ['GET', 'http://127.0.0.1:5999'],
      ['PUT', 'http://localhost:3000'],
      ['DELETE', 'null'],
      ['POST', `${new URL(portal.portalUrl).origin}.evil.example`],
    ] as const) {
      const response = await fetch(url, { method, headers: { Origin: origin, 'Content-Type': 'application/json' }, ...(method === 'GET' ? {} : { body: '{}' }) });
      expect({ method, origin, status: response.status }).toEqual({ method, origin, status: 403 });
      expect([...response.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
      expect((await response.json()).detail).toMatch(/only the portal's own pages/);
    }
    expect(upstream.seen.length).toBe(seen);
    // The portal's own pages send their origin on changes, and pass.
    const own = await fetch(url, { method: 'PUT', headers: { Origin: new URL(portal.portalUrl).origin, 'Content-Type': 'application/json' }, body: '{}' });
    expect(own.status).toBe(200);
    expect(upstream.seen.length).toBe(seen + 1);
  });

  it('replaces an Authorization header the page sends with its own', async () => {
    await fetch(new URL('/api/0/organizations/acme/issues/', portal.portalUrl), { headers: { Authorization: 'Bearer from-the-page' } });
    expect(upstream.seen.at(-1)!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('serves no page, script or module that holds the token', async ({ skip }) => {
    skip(!DIST_BUILT, 'the portal imports the built kit: run npm run build first');
    const served = await crawlServedCode(portal.portalUrl);
    // The page, its own modules, the kit from dist/ and Vite's client all came through.
    expect(served.map((file) => file.path)).toEqual(expect.arrayContaining(['/', '/src/main.tsx', '/src/settings.ts', '/@vite/client']));
    // The settings reach the page (Vite's dev server defines them in its client env module)...
    expect(served.some((file) => file.body.includes('"organization":"acme"'))).toBe(true);
    // ...and the token nowhere, in code or in the sources its source maps carry.
    expect(served.filter((file) => file.body.includes(TOKEN)).map((file) => file.path)).toEqual([]);
  }, 60_000);
});

describe('the portal on the local server', () => {
  let local: RunningPortal | undefined;
  let data: ReturnType<typeof tempDataDir> | undefined;
  const projectsPath = '/api/0/organizations/faultline/projects/';

  beforeAll(async () => {
    data = tempDataDir();
    local = await startPortal({ dataDir: data.dir, seed: false, logLevel: 'silent' });
  }, 60_000);
  afterAll(async () => {
    await local?.close();
    data?.remove();
  });

  it('reaches the API through the proxy, which adds the token the API requires', async () => {
    const proxied = await fetch(new URL(projectsPath, local!.portalUrl), { headers: { Authorization: 'Bearer from-the-page' } });
    expect(proxied.status).toBe(200);
    expect(((await proxied.json()) as { slug: string }[]).map((project) => project.slug)).toEqual(['web-frontend', 'api-backend']);
    const direct = await fetch(new URL(projectsPath, local!.apiUrl));
    expect(direct.status).toBe(401);
    expect(direct.headers.get('access-control-allow-origin')).toBeNull();
    // A page on another local origin gets nothing through the proxy either.
    const elsewhere = await fetch(new URL(projectsPath, local!.portalUrl), { headers: { Origin: 'http://127.0.0.1:5999' } });
    expect(elsewhere.status).toBe(403);
  });

  it('hands out one DSN per project, each with its own key', () => {
    const keys = local!.dsns!.map(({ dsn }) => new URL(dsn).username);
    expect(local!.dsns!.map(({ project, dsn }) => [project, new URL(dsn).pathname])).toEqual([
      ['web-frontend', '/1'],
      ['api-backend', '/2'],
    ]);
    expect(new Set(keys).size).toBe(2);
    expect(local!.dsn).toBe(local!.dsns![0]!.dsn);
  });

  it('serves no page, script or module that holds the local token', async ({ skip }) => {
    skip(!DIST_BUILT, 'the portal imports the built kit: run npm run build first');
    const served = await crawlServedCode(local!.portalUrl);
    expect(served.some((file) => file.body.includes('"organization":"faultline"'))).toBe(true);
    expect(served.filter((file) => file.body.includes(local!.apiToken!)).map((file) => file.path)).toEqual([]);
  }, 60_000);
});

describe('the built Storybook at /storybook/', () => {
  it('serves the build and its files', async () => {
    const index = await fetch(new URL('/storybook/', portal.portalUrl));
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Storybook build');
    const script = await fetch(new URL('/storybook/sb-manager/runtime.js', portal.portalUrl));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(new URL('/storybook', portal.portalUrl), { redirect: 'manual' })).headers.get('location')).toBe('/storybook/');
  });

  it('serves nothing outside the build folder', async () => {
    for (const path of ['/storybook/..%2f..%2fpackage.json', '/storybook/missing.js']) {
      expect({ path, status: (await rawGet(portal.portalUrl, path)).status }).toEqual({ path, status: 404 });
    }
    // Dot segments resolve before routing, so this one is the portal's page, not the repo's file.
    const dotted = await rawGet(portal.portalUrl, '/storybook/%2e%2e/%2e%2e/package.json');
    expect(dotted.body).not.toContain('"name": "faultline"');
  });
});

describe('SENTRY_BASE_URL, SENTRY_ORG and SENTRY_AUTH_TOKEN', () => {
  it('name the upstream, or leave the local server in charge when unset', () => {
    expect(sentryUpstreamFromEnv({})).toBeUndefined();
    expect(sentryUpstreamFromEnv({ SENTRY_BASE_URL: 'https://sentry.example.com/', SENTRY_ORG: 'acme', SENTRY_AUTH_TOKEN: TOKEN })).toEqual({
      baseUrl: 'https://sentry.example.com',
      organization: 'acme',
      authToken: TOKEN,
    });
    expect(sentryUpstreamFromEnv({ SENTRY_BASE_URL: 'https://sentry.io', SENTRY_ORG: 'acme' })).not.toHaveProperty('authToken');
  });

  it('say which variable is wrong', () => {
    expect(() => sentryUpstreamFromEnv({ SENTRY_BASE_URL: 'https://sentry.io' })).toThrow(/SENTRY_ORG/);
    expect(() => sentryUpstreamFromEnv({ SENTRY_BASE_URL: 'sentry.io', SENTRY_ORG: 'acme' })).toThrow(/SENTRY_BASE_URL/);
    expect(() => sentryUpstreamFromEnv({ SENTRY_BASE_URL: 'ftp://sentry.io', SENTRY_ORG: 'acme' })).toThrow(/http\(s\)/);
  });

  it('flag a token put where Vite would ship it to the browser', () => {
    expect(secretsExposedToBrowser({ VITE_SENTRY_AUTH_TOKEN: TOKEN, VITE_TITLE: 'x', SENTRY_AUTH_TOKEN: TOKEN })).toEqual(['VITE_SENTRY_AUTH_TOKEN']);
  });
});
