// @vitest-environment node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db';
import { envelopeOf, errorEvent, getJson, ingest, tempDataDir, useSuiteServer } from './helpers';

type ApiIssue = { id: string; title: string; count: string };

/** An envelope of `items` events of about `itemBytes` each, all in one issue: megabytes inflated, kilobytes gzipped. */
function hugeEnvelope(items: number, itemBytes: number, tag: string): Buffer {
  const filler = 'abcdefghij'.repeat(Math.ceil(itemBytes / 10)).slice(0, itemBytes);
  const events = Array.from({ length: items }, (_, i) => ({ ...errorEvent('HugeError', `item ${i}`, 'bulk'), fingerprint: [tag], extra: { filler } }));
  return gzipSync(envelopeOf(events));
}

describe('ingestion off the event loop, behind a bounded queue', () => {
  // Room for one request: a second one while the first is stored is refused.
  const suite = useSuiteServer({ ingestQueue: { maxPending: 1 } });

  it('answers an API read, and a 429 with Retry-After, while a 19 MB envelope is being stored', async () => {
    const { server, org } = suite;
    const order: string[] = [];
    const body = hugeEnvelope(1000, 19_000, 'huge-read');
    const huge = ingest(server.url, '/api/1/envelope/', body, { 'Content-Encoding': 'gzip' }).then((response) => {
      order.push('ingest acknowledged');
      return response;
    });
    // Small posts go through until the big one is queued; then the full queue refuses them,
    // which proves the big one is in flight.
    let refused: Response | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const response = await ingest(server.url, '/api/1/store/', JSON.stringify({ message: `probe ${i}`, fingerprint: ['probe'] }));
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(200);
    }
    expect(refused, 'no request was refused while the envelope was stored').toBeDefined();
    expect(order).toEqual([]);
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused!.json()).detail).toMatch(/queue is full/);

    const list = await getJson<ApiIssue[]>(`${org}/issues/?query=&limit=100`);
    order.push('API answered');
    expect(list.status).toBe(200);
    expect((await huge).status).toBe(200);
    // The read did not wait for the envelope: it was answered first.
    expect(order).toEqual(['API answered', 'ingest acknowledged']);
    const stored = await getJson<ApiIssue[]>(`${org}/issues/?query=${encodeURIComponent('HugeError')}&limit=100`);
    expect(stored.body.map((issue) => issue.count)).toEqual(['1000']);
  }, 120_000);
});

/** Follows `_meta` along `path`, iteratively; the annotation there, if any. */
function metaAt(meta: unknown, path: readonly string[]): Record<string, unknown> | undefined {
  let node = meta as Record<string, unknown> | undefined;
  for (const key of path) node = node?.[key] as Record<string, unknown> | undefined;
  return node?.[''] as Record<string, unknown> | undefined;
}

/** `{"a": … {"a": "leaf"} … }` nested `depth` levels, written as text: JSON.stringify itself would overflow. */
const nestedJson = (depth: number) => `${'{"a":'.repeat(depth)}"leaf"${'}'.repeat(depth)}`;

describe('deep and huge events', () => {
  const suite = useSuiteServer();
  const latestOf = async (type: string) => {
    const [issue] = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=${encodeURIComponent(type)}&limit=1`)).body;
    return (await getJson<Record<string, unknown>>(`${suite.server.url}/api/0/issues/${issue!.id}/events/latest/`)).body;
  };

  it('stores an event nested 20,000 levels deep trimmed, with a _meta note where it was cut', async () => {
    const base = JSON.stringify(errorEvent('DeepError', 'deep', 'dive')).slice(0, -1);
    const response = await ingest(suite.server.url, '/api/1/store/', `${base},"extra":{"deep":${nestedJson(20_000)}}}`);
    expect(response.status).toBe(200);
    const event = await latestOf('DeepError');
    let depth = 0;
    let node = (event.extra as Record<string, unknown>).deep as Record<string, unknown> | null;
    while (node && typeof node === 'object') {
      node = node.a as Record<string, unknown> | null;
      depth++;
    }
    expect(node).toBeNull();
    expect(depth).toBeGreaterThan(30);
    // The cut value sits under `deep` and `depth` times `a`; its note at the same path in _meta.
    const path = ['extra', 'deep', ...Array.from({ length: depth }, () => 'a')];
    expect(metaAt(event._meta, path)).toEqual({ rem: [['!limit', 'x']] });
    expect(metaAt(event._meta, path.slice(0, -1))).toBeUndefined();
  });

  it('never answers 5xx to an envelope item nested 500,000 levels deep', async () => {
    const payload = `{"message":"very deep","extra":{"deep":${nestedJson(500_000)}}}`;
    const body = gzipSync(`{}\n${JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) })}\n${payload}\n`);
    const response = await ingest(suite.server.url, '/api/1/envelope/', body, { 'Content-Encoding': 'gzip' });
    expect(response.status).toBeLessThan(500);
    expect(response.status).toBe(200);
  });

  it('caps exceptions, frames, breadcrumbs and strings, noting each cut in _meta', async () => {
    const frames = Array.from({ length: 10_000 }, (_, i) => ({ filename: `app/f${i}.js`, function: `f${i}`, in_app: true }));
    const exceptions = Array.from({ length: 3000 }, (_, i) => ({ type: 'HugeChainError', value: `link ${i}`, stacktrace: { frames: i === 2999 ? frames : frames.slice(0, 2) } }));
    const event = {
      platform: 'javascript',
      exception: { values: exceptions },
      breadcrumbs: { values: Array.from({ length: 1000 }, (_, i) => ({ message: `crumb ${i}` })) },
      extra: { long: 'x'.repeat(1_000_000) },
    };
    const response = await ingest(suite.server.url, '/api/1/store/', gzipSync(JSON.stringify(event)), { 'Content-Encoding': 'gzip' });
    expect(response.status).toBe(200);
    const stored = await latestOf('HugeChainError');
    const values = (stored.exception as { values: { value: string; stacktrace: { frames: { function: string }[] } }[] }).values;
    // Both ends of the chain stay: the root cause and the outermost exception naming the issue.
    expect(values.length).toBe(50);
    expect([values[0]!.value, values.at(-1)!.value]).toEqual(['link 0', 'link 2999']);
    const kept = values.at(-1)!.stacktrace.frames;
    expect(kept.length).toBe(250);
    expect([kept[0]!.function, kept.at(-1)!.function]).toEqual(['f0', 'f9999']);
    const crumbs = (stored.breadcrumbs as { values: { message: string }[] }).values;
    expect([crumbs.length, crumbs.at(-1)!.message]).toEqual([100, 'crumb 999']);
    expect((stored.extra as { long: string }).long.length).toBeLessThan(20_000);

    const meta = stored._meta;
    expect(metaAt(meta, ['exception', 'values'])).toEqual({ len: 3000 });
    expect(metaAt(meta, ['exception', 'values', '49', 'stacktrace', 'frames'])).toEqual({ len: 10_000 });
    expect(metaAt(meta, ['breadcrumbs', 'values'])).toEqual({ len: 1000 });
    expect(metaAt(meta, ['extra', 'long'])).toEqual({ rem: [['!limit', 's']], len: 1_000_000 });
  });
});

describe('durability under load', () => {
  it('loses no acknowledged event when the server is killed with SIGKILL mid-load', async () => {
    const data = tempDataDir();
    try {
      const script = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', script, data.dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('server never started')), 60_000);
        child.stdout.once('data', (chunk: Buffer) => {
          clearTimeout(timer);
          resolve((JSON.parse(chunk.toString().split('\n')[0]!) as { url: string }).url);
        });
      });
      const acknowledged: string[] = [];
      let killed = false;
      // Eight clients posting envelopes of five events each, as fast as they are answered.
      const client = async (n: number) => {
        for (let batch = 0; !killed; batch++) {
          const ids = Array.from({ length: 5 }, (_, i) => `${n.toString(16)}${batch.toString(16).padStart(8, '0')}${i}`.padEnd(32, 'a'));
          const events = ids.map((id, i) => ({ event_id: id, message: `load ${n}-${batch}-${i}`, user: { id: String(i) } }));
          let response: Response;
          try {
            response = await fetch(`${url}/api/1/envelope/?sentry_key=public`, { method: 'POST', body: envelopeOf(events) });
          } catch {
            return; // the server is gone
          }
          if (response.status === 200) acknowledged.push(...ids);
          else if (response.status !== 429) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
          if (acknowledged.length >= 400 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, (_, n) => client(n)));
      await exited;
      const db = openDatabase(data.dir);
      const stored = new Set((db.prepare('SELECT event_id FROM events').all() as { event_id: string }[]).map((row) => row.event_id));
      const { counted } = db.prepare('SELECT SUM(times_seen) AS counted FROM issues').get() as { counted: number };
      db.close();
      expect(acknowledged.length).toBeGreaterThanOrEqual(400);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      // Issue counts moved in the same transactions as the events.
      expect(counted).toBe(stored.size);
    } finally {
      data.remove();
    }
  }, 120_000);
});
