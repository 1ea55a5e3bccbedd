// @vitest-environment node
import { gzipSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, envelopeOf, errorEvent, getJson, ingest, startServerIn, startTestServer, tempDataDir } from './helpers';

type ApiIssue = { id: string; title: string; count: string; userCount: number; status: string; substatus: string | null; culprit: string | null };

describe('ingestion', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  const issues = async (query = '') =>
    (await getJson<ApiIssue[]>(`${server.url}/api/0/organizations/faultline/issues/?query=${encodeURIComponent(query)}&limit=100`)).body;

  beforeAll(async () => {
    server = await startTestServer({ limits: { maxBytes: 64 * 1024, maxDecompressedBytes: 256 * 1024 } });
  });
  afterAll(() => server.cleanUp());

  it('stores an envelope event and answers with its id', async () => {
    const response = await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('TypeError', 'x is undefined', 'pay', 'app/envelope.js')]));
    expect(response.status).toBe(200);
    expect((await response.json()).id).toMatch(/^[0-9a-f]{32}$/);
    expect((await issues('TypeError')).map((issue) => issue.title)).toEqual(['TypeError: x is undefined']);
  });

  it('keeps the SDK JSON as sent, hostile strings included', async () => {
    const hostile = '<img src=x onerror=alert(1)>\u0000\u202e "quoted" \ud800';
    const event = { ...errorEvent('HostileError', hostile, 'render'), extra: { nested: { list: [1, 'two', null], text: hostile } }, tags: { '\u0000key': 'v' } };
    expect((await ingest(server.url, '/api/1/store/', JSON.stringify(event))).status).toBe(200);
    const [issue] = await issues('HostileError');
    const latest = await getJson<Record<string, unknown>>(`${server.url}/api/0/issues/${issue!.id}/events/latest/`);
    expect(latest.body.extra).toEqual(JSON.parse(JSON.stringify(event.extra)));
    expect(latest.body.tags).toEqual(event.tags);
    expect(latest.body.group_id).toBe(issue!.id);
  });

  it('stores a legacy /store/ event, with the key in the query string', async () => {
    const response = await fetch(`${server.url}/api/1/store/?sentry_key=public`, {
      method: 'POST',
      body: JSON.stringify({ message: 'legacy store message', level: 'warning' }),
    });
    expect(response.status).toBe(200);
    expect((await issues('"legacy store message"')).length).toBe(1);
  });

  it('accepts gzip and deflate bodies', async () => {
    const gz = await ingest(server.url, '/api/1/envelope/', gzipSync(envelopeOf([errorEvent('GzipError', 'zipped', 'unzip', 'app/gzip.js')])), {
      'Content-Encoding': 'gzip',
    });
    expect(gz.status).toBe(200);
    const deflated = await ingest(server.url, '/api/1/store/', deflateSync(JSON.stringify(errorEvent('DeflateError', 'deflated', 'inflate'))), {
      'Content-Encoding': 'deflate',
    });
    expect(deflated.status).toBe(200);
    expect((await issues('GzipError')).length).toBe(1);
    expect((await issues('DeflateError')).length).toBe(1);
  });

  it('ignores item types it does not store', async () => {
    const session = [JSON.stringify({ type: 'session' }), JSON.stringify({ sid: 'abc', status: 'ok' })];
    const response = await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('MixedError', 'with a session', 'mix')], session));
    expect(response.status).toBe(200);
    expect((await issues('MixedError')).length).toBe(1);
  });

  it.each([
    ['a header that is not JSON', 'not json\n{}\n{}\n', /envelope header is not valid JSON/],
    ['an event payload that is not JSON', '{}\n{"type":"event"}\n{broken\n', /item 0 \(event\) payload is not valid JSON/],
    ['an item without a type', '{}\n{"length":2}\n{}\n', /has no type/],
    ['a length past the end', '{}\n{"type":"event","length":500}\n{}\n', /shorter than its length/],
    ['an empty body', '', /envelope is empty/],
  ])('rejects %s with 400 and a reason, storing nothing', async (_name, body, reason) => {
    const before = (await issues()).length;
    const response = await ingest(server.url, '/api/1/envelope/', body);
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(reason);
    expect((await issues()).length).toBe(before);
  });

  it('rejects a valid event behind a malformed one without storing either', async () => {
    const body = `{}\n${JSON.stringify({ type: 'event' })}\n${JSON.stringify(errorEvent('NeverStored', 'x', 'f'))}\n{"type":"event"}\n[1,2]\n`;
    const response = await ingest(server.url, '/api/1/envelope/', body);
    expect(response.status).toBe(400);
    expect(await issues('NeverStored')).toEqual([]);
  });

  it('answers 413 to a body over the limit and to a gzip bomb', async () => {
    const big = await ingest(server.url, '/api/1/store/', JSON.stringify({ message: 'x'.repeat(100 * 1024) }));
    expect(big.status).toBe(413);
    expect((await big.json()).detail).toMatch(/over the 65536-byte limit/);
    // 10 MB of zeros gzip to ~10 KB: small on the wire, huge once inflated.
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const inflated = await ingest(server.url, '/api/1/store/', bomb, { 'Content-Encoding': 'gzip' });
    expect(inflated.status).toBe(413);
    expect((await inflated.json()).detail).toMatch(/decompressed body is over the 262144-byte limit/);
  });

  it('asks for the DSN key and refuses a wrong one or an unknown project', async () => {
    const body = JSON.stringify({ message: 'auth' });
    expect((await fetch(`${server.url}/api/1/store/`, { method: 'POST', body })).status).toBe(401);
    expect((await fetch(`${server.url}/api/1/store/?sentry_key=wrong`, { method: 'POST', body })).status).toBe(403);
    const unknown = await ingest(server.url, '/api/99/store/', body);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toBe('project 99 does not exist');
  });

  it('takes the key from the envelope header DSN (browser tunnels)', async () => {
    const payload = JSON.stringify({ message: 'tunnelled message' });
    const body = `${JSON.stringify({ dsn: server.dsn(1) })}\n${JSON.stringify({ type: 'event' })}\n${payload}\n`;
    const response = await fetch(`${server.url}/api/1/envelope/`, { method: 'POST', body });
    expect(response.status).toBe(200);
  });

  it('answers CORS preflights with a fixed header list and sets Access-Control-Allow-Origin', async () => {
    const preflight = await fetch(`${server.url}/api/1/envelope/?sentry_key=public`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,sentry-trace' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Content-Type, Content-Encoding, X-Sentry-Auth, sentry-trace, baggage');
    const post = await ingest(server.url, '/api/1/store/', JSON.stringify({ message: 'cors' }), { Origin: 'http://localhost:5173' });
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('grouping', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.cleanUp());
  const list = async (query: string) =>
    (await getJson<ApiIssue[]>(`${server.url}/api/0/organizations/faultline/issues/?query=${encodeURIComponent(query)}&limit=100`)).body;

  it('groups by exception type and top in-app frame, ignoring the message and library frames', async () => {
    await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('RangeError', 'index 1', 'readRow', 'app/grid.js', { user: { id: 'a' } })]));
    await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('RangeError', 'index 2', 'readRow', 'app/grid.js', { user: { id: 'b' } })]));
    await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('RangeError', 'index 3', 'readRow', 'app/grid.js', { user: { id: 'a' } })]));
    await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('RangeError', 'index 4', 'writeRow', 'app/grid.js')]));
    const found = await list('RangeError');
    expect(found.map((issue) => [issue.count, issue.userCount]).sort()).toEqual([
      ['1', 0],
      ['3', 2],
    ]);
    // The newest event names the issue.
    expect(found.find((issue) => issue.count === '3')?.title).toBe('RangeError: index 3');
  });

  it('groups by fingerprint, expanding {{ default }}', async () => {
    const tagged = (fn: string, fingerprint: string[]) => errorEvent('FingerError', fn, fn, 'app/finger.js', { fingerprint });
    await ingest(server.url, '/api/1/envelope/', envelopeOf([tagged('a', ['payments']), tagged('b', ['payments'])]));
    await ingest(server.url, '/api/1/envelope/', envelopeOf([tagged('c', ['{{ default }}', 'eu']), tagged('c', ['{{default}}', 'eu']), tagged('d', ['{{ default }}', 'eu'])]));
    const counts = (await list('FingerError')).map((issue) => issue.count).sort();
    expect(counts).toEqual(['1', '2', '2']);
  });

  it('groups message events by message', async () => {
    await ingest(server.url, '/api/2/store/', JSON.stringify({ message: 'disk almost full', level: 'warning' }));
    await ingest(server.url, '/api/2/store/', JSON.stringify({ logentry: { message: 'disk almost full' }, level: 'warning' }));
    expect((await list('"disk almost full"')).map((issue) => issue.count)).toEqual(['2']);
  });

  it('reopens a resolved issue as regressed when it happens again', async () => {
    await ingest(server.url, '/api/1/store/', JSON.stringify(errorEvent('RegressError', 'one', 'again')));
    const [issue] = await list('RegressError');
    const put = await apiFetch(`${server.url}/api/0/organizations/faultline/issues/${issue!.id}/`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'resolved' }),
    });
    expect((await put.json()).status).toBe('resolved');
    expect(await list('RegressError is:unresolved')).toEqual([]);
    await ingest(server.url, '/api/1/store/', JSON.stringify(errorEvent('RegressError', 'two', 'again')));
    const [reopened] = await list('RegressError is:unresolved');
    expect(reopened).toMatchObject({ id: issue!.id, status: 'unresolved', substatus: 'regressed', count: '2' });
  });

  it('stores an event id once', async () => {
    const event = { ...errorEvent('DupError', 'dup', 'dup'), event_id: 'a'.repeat(32) };
    await ingest(server.url, '/api/1/store/', JSON.stringify(event));
    await ingest(server.url, '/api/1/store/', JSON.stringify(event));
    expect((await list('DupError')).map((issue) => issue.count)).toEqual(['1']);
  });
});

describe('persistence', () => {
  it('keeps every stored event across a restart on the same data folder', async () => {
    const data = tempDataDir();
    try {
      let server = await startServerIn(data.dir);
      for (let i = 0; i < 5; i++) await ingest(server.url, '/api/1/store/', JSON.stringify(errorEvent('KeptError', `n${i}`, i % 2 ? 'odd' : 'even')));
      await server.close();
      server = await startServerIn(data.dir, { seed: true });
      try {
        const { body } = await getJson<ApiIssue[]>(`${server.url}/api/0/organizations/faultline/issues/?query=&limit=100`);
        // Seeding only fills an empty store, so exactly what was sent is there.
        expect(body.map((issue) => issue.count).sort()).toEqual(['2', '3']);
        await ingest(server.url, '/api/1/store/', JSON.stringify(errorEvent('KeptError', 'after', 'odd')));
        const again = await getJson<ApiIssue[]>(`${server.url}/api/0/organizations/faultline/issues/?query=&limit=100`);
        expect(again.body.map((issue) => issue.count).sort()).toEqual(['3', '3']);
      } finally {
        await server.close();
      }
    } finally {
      data.remove();
    }
  });
});
