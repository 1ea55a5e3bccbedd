/*
 * The local server under ingestion load, on loopback: API p99 latency while a ~20 MB envelope
 * (1,000 items, ~60 KB gzipped) is ingested, then sustained events/s from 8 clients, for the
 * worker path and the old synchronous (inline) one, as ratios.
 * Then the issue list's searches (free text, tags, releases) in SQL against the kit's search over
 * every normalized issue (the path those queries took before the search columns): median ms.
 * Run: npm run bench:server   (--issues=N stored issues first, default 5000; --events=N, default 3000;
 *   --clients=N concurrent SDK clients, default 8; --search-only skips the ingest runs)
 * The script only uses startServer's options and the HTTP API, so a copy of it also runs against
 * an older checkout, where the `ingest` option is ignored (everything there is inline).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { openDatabase } from '../server/db';
import { storeEvent } from '../server/ingest';
import { listIssues } from '../server/issueList';
import { DEFAULT_PROJECTS, ensureProjects, listProjects } from '../server/projects';
import { type RunningServer, type ServerOptions, startServer } from '../server/server';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const ISSUES = arg('issues', 5000);
const EVENTS = arg('events', 3000);
const CLIENTS = arg('clients', 8);
const KEY = 'public';

function errorEvent(i: number, fingerprint: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'javascript',
    level: i % 5 === 0 ? 'warning' : 'error',
    timestamp: Date.now() / 1000 - (i % 1000),
    fingerprint: [fingerprint],
    user: { id: String(i % 50) },
    release: `app@1.${i % 20}.0`,
    environment: i % 3 === 0 ? 'staging' : 'production',
    tags: { region: ['eu-west', 'us-east', 'ap-south'][i % 3], tenant: `t${i % 40}` },
    contexts: { browser: { name: ['Chrome', 'Firefox', 'Safari'][i % 3], version: String(100 + (i % 30)) } },
    exception: {
      values: [
        {
          type: 'BenchError',
          value: `failure ${i}`,
          stacktrace: { frames: Array.from({ length: 12 }, (_, f) => ({ filename: `app/module${f}.js`, function: `fn${f}`, lineno: f, in_app: f > 6 })) },
        },
      ],
    },
    ...extra,
  };
}

function envelope(events: Record<string, unknown>[]): string {
  const lines = [JSON.stringify({ sent_at: new Date().toISOString() })];
  for (const event of events) {
    const payload = JSON.stringify(event);
    lines.push(JSON.stringify({ type: 'event', length: Buffer.byteLength(payload) }), payload);
  }
  return `${lines.join('\n')}\n`;
}

/** A data folder holding `ISSUES` issues, made once and copied per run. */
function prepareStore(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  const db = openDatabase(dir);
  ensureProjects(db, DEFAULT_PROJECTS, KEY);
  db.transaction(() => {
    for (let i = 0; i < ISSUES; i++) storeEvent(db, 1 + (i % 2), errorEvent(i, `seed-${i}`));
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return dir;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

function headersFor(server: RunningServer): Record<string, string> {
  const token = (server as { apiToken?: string }).apiToken;
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function post(server: RunningServer, body: string | Buffer, headers: Record<string, string> = {}): Promise<Response> {
  for (;;) {
    const response = await fetch(`${server.url}/api/1/envelope/?sentry_key=${KEY}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    if (response.status !== 429) return response;
    await response.arrayBuffer();
    // Retry-After is seconds; a benchmark client backs off briefly instead, to keep the queue fed.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

interface Figures {
  p50: number;
  p99: number;
  max: number;
  reads: number;
  hugeMs: number;
  eventsPerSecond: number;
}

async function measure(seedDir: string, options: ServerOptions): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-run-'));
  copyFileSync(join(seedDir, 'faultline.sqlite'), join(dir, 'faultline.sqlite'));
  const server = await startServer({ port: 0, dataDir: dir, publicKey: KEY, ...options });
  try {
    const api = `${server.url}/api/0/organizations/faultline/issues/?limit=25`;
    const auth = headersFor(server);
    // Built before the warm-up: taking seconds, it would let the kept-alive socket idle out.
    const filler = 'abcdefghij'.repeat(1900);
    const huge = gzipSync(envelope(Array.from({ length: 1000 }, (_, i) => errorEvent(i, 'huge', { extra: { filler } }))));
    // Warm up: the worker's first job loads its modules.
    await (await post(server, envelope([errorEvent(0, 'warm-up')]))).arrayBuffer();
    await (await fetch(api, { headers: auth })).arrayBuffer();

    // 1. API reads, one after another, while the 20 MB envelope is ingested.
    let done = false;
    const started = performance.now();
    const ingest = post(server, huge, { 'Content-Encoding': 'gzip' }).then(async (response) => {
      if (response.status !== 200) throw new Error(`huge envelope answered ${response.status}: ${await response.text()}`);
      done = true;
      return performance.now() - started;
    });
    const latencies: number[] = [];
    while (!done) {
      const t0 = performance.now();
      const response = await fetch(api, { headers: auth });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`API answered ${response.status}`);
      latencies.push(performance.now() - t0);
    }
    const hugeMs = await ingest;

    // 2. Sustained ingestion: 8 clients, one small event per envelope, as SDKs send them.
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        for (let i = next++; i < EVENTS; i = next++) {
          const response = await post(server, envelope([errorEvent(i, `load-${i % 200}`)]));
          if (response.status !== 200) throw new Error(`event answered ${response.status}`);
          await response.arrayBuffer();
        }
      }),
    );
    const eventsPerSecond = EVENTS / ((performance.now() - t0) / 1000);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies), reads: latencies.length, hugeMs, eventsPerSecond };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
function report(label: string, f: Figures): void {
  console.log(
    `${label.padEnd(8)} API during 20 MB ingest: p50 ${round(f.p50)} ms, p99 ${round(f.p99)} ms, max ${round(f.max)} ms over ${f.reads} reads; ` +
      `envelope stored in ${round(f.hugeMs)} ms; sustained ${round(f.eventsPerSecond)} events/s`,
  );
}

const SEARCHES = ['failure 12', 'bench*error', 'browser:Chrome*', 'region:eu-west !tenant:t1', 'release:app@1.3.0', 'release:app@1.1*', 'has:tenant is:unresolved'];
const SEARCH_RUNS = 7;

/** Median ms of the list endpoint's work for each search, SQL ("auto") against the kit path. */
function benchSearch(seedDir: string): void {
  const db = openDatabase(seedDir);
  try {
    const projects = listProjects(db);
    const now = Date.now();
    const time = (query: string, strategy: 'auto' | 'kit') => {
      const url = new URL(`http://127.0.0.1/api/0/organizations/faultline/issues/?limit=25&query=${encodeURIComponent(query)}`);
      const runs: number[] = [];
      let hits = 0;
      for (let run = 0; run < SEARCH_RUNS; run++) {
        const t0 = performance.now();
        hits = listIssues({ db, url, publicUrl: url, organization: 'faultline', projects, now, strategy }).hits;
        runs.push(performance.now() - t0);
      }
      return { ms: percentile(runs, 50), hits };
    };
    for (const query of SEARCHES) {
      const kit = time(query, 'kit');
      const sql = time(query, 'auto');
      if (kit.hits !== sql.hits) throw new Error(`"${query}": SQL found ${sql.hits} issues, the kit ${kit.hits}`);
      console.log(`search   ${JSON.stringify(query).padEnd(30)} ${String(sql.hits).padStart(6)} hits: kit ${round(kit.ms)} ms -> SQL ${round(sql.ms)} ms (${round(kit.ms / sql.ms)}x)`);
    }
  } finally {
    db.close();
  }
}

const seedDir = prepareStore();
try {
  console.log(`faultline server bench: ${ISSUES} stored issues, ${EVENTS} events from ${CLIENTS} clients, Node ${process.version}`);
  benchSearch(seedDir);
  if (!process.argv.includes('--search-only')) await benchIngest(seedDir);
} finally {
  rmSync(seedDir, { recursive: true, force: true });
}

async function benchIngest(seedDir: string): Promise<void> {
  const worker = await measure(seedDir, { ingest: 'worker' } as ServerOptions);
  report('worker', worker);
  const inline = await measure(seedDir, { ingest: 'inline' } as ServerOptions);
  report('inline', inline);
  console.log(
    `worker vs inline: API p99 ${round(inline.p99 / worker.p99)}x lower, max ${round(inline.max / worker.max)}x lower, ` +
      `sustained events/s ${round(worker.eventsPerSecond / inline.eventsPerSecond)}x`,
  );
}
