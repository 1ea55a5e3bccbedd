// @vitest-environment node
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { API_TOKEN_FILE } from '../../server/auth';
import { apiFetch, envelopeOf, errorEvent, getJson, ingest, startServerIn, tempDataDir, useSuiteServer } from './helpers';

// The local server as a page or process on the same machine sees it: only who holds the token
// reads or changes issues, browsers get CORS only where SDKs post, and links never carry a
// Host the server does not answer to.

type ApiIssue = { id: string; status: string; permalink: string; project: { id: string } };

/** A request with the Host header as given (fetch would set its own). */
function rawRequest(url: string, options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const outgoing = httpRequest({ host: target.hostname, port: target.port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const corsHeaderNames = (headers: Headers) => [...headers.keys()].filter((name) => name.startsWith('access-control-'));

describe('the Web API token', () => {
  const suite = useSuiteServer({ seed: true });

  /** Every route and method of the Web API, with a body where the method takes one; deletions last. */
  async function everyApiCall(): Promise<[string, string, RequestInit][]> {
    const api = `${suite.server.url}/api/0`;
    const [a, b, c, d] = (await getJson<ApiIssue[]>(`${api}/projects/faultline/web-frontend/issues/?limit=4&sort=freq`)).body;
    const { body: event } = await getJson<{ event_id: string }>(`${suite.org}/issues/${a!.id}/events/latest/`);
    const json = (body: unknown): RequestInit => ({ headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    return [
      ['GET', `${suite.org}/issues/`, {}],
      ['PUT', `${suite.org}/issues/?id=${b!.id}`, json({ status: 'resolved' })],
      ['GET', `${api}/projects/faultline/web-frontend/issues/`, {}],
      ['PUT', `${api}/projects/faultline/web-frontend/issues/?id=${b!.id}`, json({ isBookmarked: true })],
      ['GET', `${suite.org}/projects/`, {}],
      ['GET', `${suite.org}/environments/`, {}],
      ['GET', `${api}/projects/faultline/1/events/${event.event_id}/`, {}],
      ['GET', `${suite.org}/issues/${a!.id}/`, {}],
      ['PUT', `${suite.org}/issues/${a!.id}/`, json({ status: 'resolved' })],
      ['GET', `${api}/issues/${a!.id}/`, {}],
      ['PUT', `${api}/issues/${a!.id}/`, json({ status: 'unresolved' })],
      ['GET', `${suite.org}/issues/${a!.id}/events/`, {}],
      ['GET', `${api}/issues/${a!.id}/events/`, {}],
      ['GET', `${suite.org}/issues/${a!.id}/events/latest/`, {}],
      ['GET', `${api}/issues/${a!.id}/events/${event.event_id}/`, {}],
      ['POST', `${suite.org}/issues/`, json({ status: 'resolved' })],
      ['GET', `${api}/no/such/endpoint/`, {}],
      ['DELETE', `${suite.org}/issues/?id=${a!.id}`, {}],
      ['DELETE', `${api}/projects/faultline/web-frontend/issues/?id=${b!.id}`, {}],
      ['DELETE', `${suite.org}/issues/${c!.id}/`, {}],
      ['DELETE', `${api}/issues/${d!.id}/`, {}],
    ];
  }

  it('refuses every API route and method without the token or with a wrong one, changing nothing', async () => {
    const calls = await everyApiCall();
    const before = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`)).body;
    const credentials: [string, Record<string, string>][] = [
      ['no token', {}],
      ['a wrong token', { Authorization: `Bearer ${suite.server.apiToken.slice(0, -1)}x` }],
      ['another scheme', { Authorization: `Basic ${Buffer.from(`x:${suite.server.apiToken}`).toString('base64')}` }],
      ['the token as a DSN key', { 'X-Sentry-Auth': 'Sentry sentry_key=public' }],
    ];
    const refused: string[] = [];
    for (const [method, url, init] of calls) {
      for (const [what, headers] of credentials) {
        // Plain fetch: apiFetch would add the token.
        const response = await fetch(url, { ...init, method, headers: { ...(init.headers as Record<string, string>), ...headers } });
        const body = (await response.json()) as { detail?: string };
        expect({ method, url, what, status: response.status }).toEqual({ method, url, what, status: 401 });
        expect(body.detail).toMatch(/credentials were not provided|Invalid token/);
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        refused.push(`${method} ${url} (${what})`);
      }
    }
    // 21 route/method pairs, each refused four ways.
    expect(calls).toHaveLength(21);
    expect(refused).toHaveLength(84);
    const after = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`)).body;
    expect(after).toEqual(before);
  });

  it('answers every route with the token (none of the refusals above is a 404 in disguise)', async () => {
    const calls = await everyApiCall();
    const hitsBefore = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`)).body.length;
    const statuses: string[] = [];
    for (const [method, url, init] of calls) {
      const response = await apiFetch(url, { ...init, method });
      statuses.push(`${method} ${response.status}`);
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([
      ...['GET 200', 'PUT 200', 'GET 200', 'PUT 200', 'GET 200', 'GET 200', 'GET 200', 'GET 200', 'PUT 200', 'GET 200', 'PUT 200'],
      ...['GET 200', 'GET 200', 'GET 200', 'GET 200', 'POST 405', 'GET 404'],
      ...['DELETE 204', 'DELETE 204', 'DELETE 202', 'DELETE 202'],
    ]);
    // The deletions went through: the four issues are gone.
    expect((await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`)).body.length).toBe(hitsBefore - 4);
  });
});

describe('the token on disk', () => {
  it('is made once, kept owner-only in the data folder, and the same after a restart', async () => {
    const data = tempDataDir();
    const dir = join(data.dir, 'store');
    try {
      const first = await startServerIn(dir);
      const token = first.apiToken;
      await first.close();
      const file = join(dir, API_TOKEN_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // A folder the server made is its owner's only: it holds the events too.
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(readFileSync(file, 'utf8').trim()).toBe(token);
      expect(token).toMatch(/^flt_[A-Za-z0-9_-]{43}$/);
      // A copy or restore that widened the mode is narrowed again at start.
      chmodSync(file, 0o644);
      const second = await startServerIn(dir);
      try {
        expect(statSync(file).mode & 0o777).toBe(0o600);
        expect(second.apiToken).toBe(token);
        expect((await fetch(`${second.url}/api/0/organizations/faultline/projects/`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      } finally {
        await second.close();
      }
      // A token file this server did not write is refused rather than trusted or replaced.
      writeFileSync(file, 'hunter2\n');
      await expect(startServerIn(dir)).rejects.toThrow(/does not hold a token this server wrote/);
      const elsewhere = tempDataDir();
      try {
        const other = await startServerIn(elsewhere.dir);
        expect(other.apiToken).not.toBe(token);
        await other.close();
      } finally {
        elsewhere.remove();
      }
    } finally {
      data.remove();
    }
  });
});

describe('CORS', () => {
  const suite = useSuiteServer();
  const origin = 'http://127.0.0.1:5999';

  it('lets pages post events: ingestion answers with a fixed allow-list, never an echo', async () => {
    const preflight = await fetch(`${suite.server.url}/api/1/envelope/?sentry_key=public`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,sentry-trace,x-evil,authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(['content-type', 'content-encoding', 'x-sentry-auth', 'sentry-trace', 'baggage']);
    const posted = await ingest(suite.server.url, '/api/1/envelope/', envelopeOf([errorEvent('CorsError', 'from a page', 'post')]), { Origin: origin });
    expect(posted.status).toBe(200);
    expect(posted.headers.get('access-control-allow-origin')).toBe('*');
    // A refused post is readable too, so the SDK can log why.
    const refused = await fetch(`${suite.server.url}/api/1/store/?sentry_key=wrong`, { method: 'POST', headers: { Origin: origin }, body: '{}' });
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS header from the Web API, with or without the token', async () => {
    const read = await apiFetch(`${suite.org}/issues/`, { headers: { Origin: origin } });
    expect(read.status).toBe(200);
    expect(corsHeaderNames(read.headers)).toEqual([]);
    const refused = await fetch(`${suite.org}/issues/`, { headers: { Origin: origin } });
    expect(refused.status).toBe(401);
    expect(corsHeaderNames(refused.headers)).toEqual([]);
  });

  it('gives API preflights no allowance', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const preflight = await fetch(`${suite.org}/issues/?id=1`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
      expect(preflight.status).toBe(401);
      expect(corsHeaderNames(preflight.headers)).toEqual([]);
    }
    // Nor anything that is neither API nor ingestion.
    const elsewhere = await fetch(`${suite.server.url}/anything`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } });
    expect(corsHeaderNames(elsewhere.headers)).toEqual([]);
  });
});

describe('the Host header', () => {
  const suite = useSuiteServer({ seed: true, allowedHosts: ['faultline.test'] });
  const auth = () => ({ Authorization: `Bearer ${suite.server.apiToken}` });
  const port = () => new URL(suite.server.url).port;

  it('refuses a Host the server does not answer to, with 421, on the API and on ingestion', async () => {
    for (const host of ['attacker.example', `attacker.example:${port()}`, `127.0.0.1.nip.io:${port()}`, `localhost:${Number(port()) + 1}`, `faultline.test:1`]) {
      const api = await rawRequest(suite.server.url, { path: '/api/0/organizations/faultline/issues/', headers: { ...auth(), Host: host } });
      expect({ host, status: api.status }).toEqual({ host, status: 421 });
      expect(api.body).not.toContain('"permalink"');
      const posted = await rawRequest(suite.server.url, {
        path: '/api/1/store/?sentry_key=public',
        method: 'POST',
        headers: { Host: host, 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: 'rebound' }),
      });
      expect({ host, status: posted.status }).toEqual({ host, status: 421 });
    }
  });

  it('answers a request without a Host with 400', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port()), '127.0.0.1', () => socket.write('GET /api/0/organizations/faultline/issues/ HTTP/1.0\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  it('builds Link and permalinks from the checked host only', async () => {
    for (const host of [`localhost:${port()}`, `LOCALHOST:${port()}`, `[::1]:${port()}`, `faultline.test:${port()}`, `127.0.0.1:${port()}`]) {
      const response = await rawRequest(suite.server.url, { path: '/api/0/organizations/faultline/issues/?limit=2', headers: { ...auth(), Host: host } });
      expect({ host, status: response.status }).toEqual({ host, status: 200 });
      const origin = `http://${host.toLowerCase()}`;
      const links = [...String(response.headers.link).matchAll(/<([^>]+)>/g)].map((match) => new URL(match[1]!).origin);
      expect(links).toEqual([origin, origin]);
      const issues = JSON.parse(response.body) as ApiIssue[];
      expect(issues.length).toBe(2);
      for (const issue of issues) expect(new URL(issue.permalink).origin).toBe(origin);
    }
  });

  it('refuses a malformed allowed-host entry at start', async () => {
    const data = tempDataDir();
    try {
      await expect(startServerIn(data.dir, { allowedHosts: ['evil.example/path'] })).rejects.toThrow(/not a host name/);
    } finally {
      data.remove();
    }
  });
});

describe('DSN keys per project', () => {
  const suite = useSuiteServer({ publicKey: undefined });
  const message = (text: string) => JSON.stringify({ message: text });
  const store = (projectId: number, key: string, text: string) =>
    fetch(`${suite.server.url}/api/${projectId}/store/?sentry_key=${encodeURIComponent(key)}`, { method: 'POST', body: message(text) });
  const envelope = (projectId: number, header: Record<string, unknown>, query = '') =>
    fetch(`${suite.server.url}/api/${projectId}/envelope/${query}`, {
      method: 'POST',
      body: `${JSON.stringify(header)}\n${JSON.stringify({ type: 'event' })}\n${message('from an envelope')}\n`,
    });

  it('gives each project its own random key and a DSN with it', () => {
    const [one, two] = [suite.server.publicKey(1), suite.server.publicKey(2)];
    expect(one).toMatch(/^[0-9a-f]{32}$/);
    expect(two).toMatch(/^[0-9a-f]{32}$/);
    expect(one).not.toBe(two);
    expect(suite.server.dsn(1)).toBe(`http://${one}@127.0.0.1:${new URL(suite.server.url).port}/1`);
    expect(suite.server.dsn(2)).toContain(`http://${two}@`);
    expect(() => suite.server.dsn(99)).toThrow(/no project 99/);
  });

  it("refuses one project's key on another project, and the old shared key everywhere", async () => {
    expect((await store(1, suite.server.publicKey(1), 'own key')).status).toBe(200);
    expect((await store(2, suite.server.publicKey(2), 'own key')).status).toBe(200);
    const crossed = await store(2, suite.server.publicKey(1), 'crossed');
    expect(crossed.status).toBe(403);
    expect((await crossed.json()).detail).toMatch(/invalid DSN public key for project 2/);
    expect((await store(1, suite.server.publicKey(2), 'crossed')).status).toBe(403);
    expect((await store(1, 'public', 'legacy')).status).toBe(403);
    const stored = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`)).body;
    expect(stored.map((issue) => issue.project.id).sort()).toEqual(['1', '2']);
  });

  it("takes an envelope only when its header's dsn names the URL's project and key", async () => {
    const port = new URL(suite.server.url).port;
    const [one, two] = [suite.server.publicKey(1), suite.server.publicKey(2)];
    expect((await envelope(1, { dsn: suite.server.dsn(1) })).status).toBe(200);
    expect((await envelope(1, { dsn: suite.server.dsn(1) }, `?sentry_key=${one}`)).status).toBe(200);
    const cases: [string, Response, RegExp][] = [
      ['another project in the dsn', await envelope(1, { dsn: `http://${one}@127.0.0.1:${port}/2` }), /dsn is for project 2, but it was sent to project 1/],
      ["another project's dsn and key", await envelope(1, { dsn: suite.server.dsn(2) }), /dsn is for project 2/],
      ['a wrong key in the dsn', await envelope(1, { dsn: `http://${two}@127.0.0.1:${port}/1` }), /invalid DSN public key for project 1/],
      ['a dsn differing from the sentry_key', await envelope(2, { dsn: suite.server.dsn(2) }, `?sentry_key=${one}`), /invalid DSN public key for project 2/],
      ['a dsn that is not a URL', await envelope(1, { dsn: 'not a dsn' }, `?sentry_key=${one}`), /dsn is not a URL/],
      ['a dsn that is not a string', await envelope(1, { dsn: 42 }, `?sentry_key=${one}`), /dsn is not a string/],
      ['neither key nor dsn', await envelope(1, {}), /missing authentication/],
    ];
    for (const [what, response, reason] of cases) {
      expect({ what, status: response.status >= 400 && response.status < 500 }).toEqual({ what, status: true });
      expect((await response.json()).detail, what).toMatch(reason);
    }
  });

  it('keeps the keys across restarts, pins only the first with publicKey, and replaces the old shared key', async () => {
    const data = tempDataDir();
    try {
      const first = await startServerIn(data.dir, { publicKey: undefined });
      const keys = [first.publicKey(1), first.publicKey(2)];
      await first.close();
      const again = await startServerIn(data.dir, { publicKey: undefined });
      expect([again.publicKey(1), again.publicKey(2)]).toEqual(keys);
      await again.close();
      const pinned = await startServerIn(data.dir, { publicKey: 'pinned-for-tests' });
      expect([pinned.publicKey(1), pinned.publicKey(2)]).toEqual(['pinned-for-tests', keys[1]]);
      await pinned.close();
      // A store from before per-project keys: every project on "public".
      const db = new Database(join(data.dir, 'faultline.sqlite'));
      db.prepare(`UPDATE projects SET public_key = 'public'`).run();
      db.close();
      const upgraded = await startServerIn(data.dir, { publicKey: undefined });
      const fresh = [upgraded.publicKey(1), upgraded.publicKey(2)];
      await upgraded.close();
      expect(fresh).not.toContain('public');
      expect(new Set(fresh).size).toBe(2);
    } finally {
      data.remove();
    }
  });
});

describe('request bodies and known values', () => {
  const suite = useSuiteServer({ seed: true });
  const firstIssue = async () => (await getJson<ApiIssue[]>(`${suite.org}/issues/?limit=1`)).body[0]!;

  it('takes a body only as JSON: text/plain, forms and no type get 415 and change nothing', async () => {
    const issue = await firstIssue();
    // Bytes, not a string: fetch labels a string body text/plain itself, and one case sends no type.
    const body = new TextEncoder().encode(JSON.stringify({ status: 'resolved' }));
    for (const [method, url] of [
      ['PUT', `${suite.org}/issues/${issue.id}/`],
      ['PUT', `${suite.org}/issues/?id=${issue.id}`],
      ['POST', `${suite.org}/issues/?id=${issue.id}`],
      ['DELETE', `${suite.org}/issues/?id=${issue.id}`],
    ]) {
      for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', undefined]) {
        const response = await apiFetch(url!, { method, body, headers: type ? { 'Content-Type': type } : {} });
        expect({ method, url, type, status: response.status }).toEqual({ method, url, type, status: 415 });
        expect((await response.json()).detail).toMatch(/application\/json/);
      }
    }
    expect((await getJson<ApiIssue>(`${suite.org}/issues/${issue.id}/`)).body.status).toBe('unresolved');
    const json = await apiFetch(`${suite.org}/issues/${issue.id}/`, { method: 'PUT', body, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
    expect(json.status).toBe(200);
    expect((await json.json()).status).toBe('resolved');
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])('answers 400 with the allowed values to %s as a statsPeriod, sort or status', async (name) => {
    const period = await getJson<{ detail: string }>(`${suite.org}/issues/?statsPeriod=${name}`);
    expect(period.status).toBe(400);
    expect(period.body.detail).toMatch(/use "", "1h", "24h", "7d", "14d", "30d"/);
    const sort = await getJson<{ detail: string }>(`${suite.org}/issues/?sort=${name}`);
    expect(sort.status).toBe(400);
    expect(sort.body.detail).toMatch(/use date, new, freq, user, priority/);
    const visibility = await getJson<{ detail: string }>(`${suite.org}/environments/?visibility=${name}`);
    expect(visibility.status).toBe(400);
    const issue = await firstIssue();
    for (const field of ['status', 'substatus']) {
      const response = await apiFetch(`${suite.org}/issues/${issue.id}/`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ [field]: name }) });
      expect(response.status).toBe(400);
      expect((await response.json()).detail).toMatch(/use (resolved|ongoing)/);
    }
  });

  it('never echoes a prototype key as a stats period', async () => {
    const response = await apiFetch(`${suite.org}/issues/?statsPeriod=24h&limit=1`);
    const [issue] = (await response.json()) as { stats: Record<string, unknown> }[];
    expect(Object.keys(issue!.stats)).toEqual(['24h']);
  });
});

describe('slow clients', () => {
  const suite = useSuiteServer({ headersTimeoutMs: 300, requestTimeoutMs: 600 });

  /** Sends `first` at once, then `slow` one byte every `everyMs`; resolves with what came back and when the server closed. */
  function dribble(first: string, slow: string, everyMs: number): Promise<{ answer: string; closedAfterMs: number; sentBytes: number }> {
    return new Promise((resolve, reject) => {
      const started = Date.now();
      const bytes = [...slow];
      let sent = 0;
      let answer = '';
      let timer: NodeJS.Timeout | undefined;
      const socket = connect(Number(new URL(suite.server.url).port), '127.0.0.1', () => {
        if (first) socket.write(first);
        timer = setInterval(() => {
          if (sent < bytes.length && !socket.destroyed) socket.write(bytes[sent++]!);
        }, everyMs);
      });
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ answer, closedAfterMs: Date.now() - started, sentBytes: sent });
      });
      socket.on('error', (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET' && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      });
    });
  }

  it('cuts a client that sends its headers slowly within the headers timeout', async () => {
    const port = new URL(suite.server.url).port;
    const head = `GET /api/0/organizations/faultline/issues/ HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Padding: ${'a'.repeat(60)}\r\n\r\n`;
    const { answer, closedAfterMs, sentBytes } = await dribble('', head, 40);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // 300 ms, checked every 75 ms; Node's default check would leave it open for up to 30 s.
    expect(closedAfterMs).toBeGreaterThanOrEqual(250);
    expect(closedAfterMs).toBeLessThan(1500);
    expect(sentBytes).toBeLessThan(head.length);
  });

  it('cuts a client that sends its body slowly within the request timeout', async () => {
    const port = new URL(suite.server.url).port;
    const body = JSON.stringify({ message: 'x'.repeat(200) });
    const head = `POST /api/1/store/?sentry_key=public HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${body.length}\r\n\r\n`;
    const { answer, closedAfterMs, sentBytes } = await dribble(head, body, 20);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(closedAfterMs).toBeGreaterThanOrEqual(550);
    expect(closedAfterMs).toBeLessThan(2000);
    expect(sentBytes).toBeLessThan(body.length);
  });

  it('refuses timeouts that cannot work together', async () => {
    const data = tempDataDir();
    try {
      await expect(startServerIn(data.dir, { headersTimeoutMs: 1000, requestTimeoutMs: 500 })).rejects.toThrow(RangeError);
    } finally {
      data.remove();
    }
  });
});
