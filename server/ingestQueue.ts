import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HttpError } from './http';
import type { AlertFiring } from './alerts/evaluate';
import type { IngestJob, IngestReply } from './ingestJob';

/** A message to the ingestion worker. */
export type WorkerRequest = { type: 'job'; id: number; job: IngestJob } | { type: 'close' };

/** The worker's answer to one job. */
export type WorkerReply =
  | { id: number; ok: true; reply: IngestReply }
  | { id: number; ok: false; status: number; detail: string; headers: Record<string, string> };

/** What the worker reports besides replies: alert rules that fired on events it committed. */
export type WorkerNotice = { type: 'alerts'; firings: AlertFiring[] } | { type: 'ready' };

/** Bounds of the ingestion queue; past either one a request is answered 429 with Retry-After. */
export interface IngestQueueLimits {
  /** Requests accepted but not yet stored (the one being stored included). @default 64 */
  maxPending: number;
  /** Their bodies' bytes as received (compressed), which is what waits in memory. @default 64 MiB */
  maxPendingBytes: number;
}

/** Defaults: at 64 queued envelopes of up to 1 MiB each the memory stays bounded and an SDK backs off. */
export const DEFAULT_QUEUE_LIMITS: IngestQueueLimits = { maxPending: 64, maxPendingBytes: 64 * 1024 * 1024 };

/** How far along the queue is, for tests and the benchmark. */
export interface IngestQueueStats {
  pending: number;
  pendingBytes: number;
  stored: number;
  refused: number;
}

interface Waiting {
  bytes: number;
  resolve: (reply: IngestReply) => void;
  reject: (error: unknown) => void;
}

const WORKER_FILE = new URL('./ingestWorker.ts', import.meta.url);

/** The file of tsx's ESM loader API, found through its package's `exports` like an `import` would. */
function tsxEsmApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return join(dirname(manifest), exports['./esm/api']!.import.default);
}

/**
 * Starts the worker. Under tsx or vitest the server runs from TypeScript sources, which a bare
 * worker thread cannot load, so the thread first registers tsx's loader, then imports the file.
 */
function spawnWorker(dataDir: string): Worker {
  const tsxApi = pathToFileURL(tsxEsmApi()).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((api) => { api.register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: { dataDir } });
}

/**
 * The bounded queue in front of the ingestion worker. Jobs go to the worker in arrival order; a
 * job's promise settles when the worker has committed its events (or refused them), and only
 * then does the route acknowledge the request: an acknowledged event is on disk.
 */
export class IngestQueue {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private pendingBytes = 0;
  private stored = 0;
  private refused = 0;
  /** Recent worker time per job (not counting its wait), for the Retry-After estimate. */
  private averageMs = 50;
  private lastSettled = 0;
  private readonly started = new Map<number, number>();
  private closing: Promise<void> | undefined;
  private markReady: () => void = () => {};
  /**
   * Settles once the worker has loaded its modules and opened the database (or failed to), so a
   * server can hold its "started" until the first SDK event would be stored at once: under tsx
   * the worker takes a second or more to load, and an event sent right after start waited for it.
   */
  readonly ready: Promise<void> = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });

  // The worker starts with the server, so its module loading (a second or more under tsx) is
  // done before the first SDK event; closing an idle worker stops it at once.
  constructor(
    private readonly dataDir: string,
    private readonly limits: IngestQueueLimits = DEFAULT_QUEUE_LIMITS,
    /** Receives the rules that fired, for delivery off the ingestion path. */
    private readonly onAlerts?: (firings: AlertFiring[]) => void,
  ) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = spawnWorker(this.dataDir);
    worker.on('message', (message: WorkerReply | WorkerNotice) => {
      if (!('type' in message)) this.settle(message);
      else if (message.type === 'ready') this.markReady();
      else this.onAlerts?.(message.firings);
    });
    // A worker that dies (out of memory, a bug) fails what it held with 503, which SDKs retry;
    // none of those requests was acknowledged, so nothing acknowledged is lost.
    const failAll = (reason: string) => {
      // A worker that never got ready must not hold the server's start forever.
      this.markReady();
      if (this.worker === worker) this.worker = undefined;
      for (const [id, entry] of this.waiting) {
        this.waiting.delete(id);
        this.started.delete(id);
        this.pendingBytes -= entry.bytes;
        entry.reject(new HttpError(503, `ingestion worker stopped (${reason}); retry`, { 'Retry-After': '1' }));
      }
    };
    worker.on('error', (error) => {
      console.error('faultline server: ingestion worker failed:', error);
      failAll(error.message);
    });
    worker.on('exit', (code) => failAll(`exit code ${code}`));
    return worker;
  }

  private settle(message: WorkerReply): void {
    const entry = this.waiting.get(message.id);
    if (!entry) return;
    this.waiting.delete(message.id);
    this.pendingBytes -= entry.bytes;
    const began = this.started.get(message.id);
    this.started.delete(message.id);
    const now = performance.now();
    // The worker started on this job when it was queued or when the one before it settled.
    if (began !== undefined) this.averageMs = this.averageMs * 0.8 + (now - Math.max(began, this.lastSettled)) * 0.2;
    this.lastSettled = now;
    if (message.ok) {
      this.stored++;
      entry.resolve(message.reply);
    } else {
      entry.reject(new HttpError(message.status, message.detail, message.headers));
    }
  }

  /** Seconds an SDK should wait before retrying: about how long the queue ahead takes to drain. */
  private retryAfter(): string {
    return String(Math.min(60, Math.max(1, Math.ceil((this.waiting.size * this.averageMs) / 1000))));
  }

  /** Queues a job; rejects at once with 429 when the queue is full, else when the job settles. */
  submit(job: IngestJob): Promise<IngestReply> {
    const bytes = job.body.byteLength;
    if (this.closing) return Promise.reject(new HttpError(503, 'server is shutting down; retry', { 'Retry-After': '1' }));
    if (this.waiting.size >= this.limits.maxPending || (this.waiting.size > 0 && this.pendingBytes + bytes > this.limits.maxPendingBytes)) {
      this.refused++;
      return Promise.reject(
        new HttpError(429, `ingestion queue is full (${this.waiting.size} requests waiting); retry later`, { 'Retry-After': this.retryAfter() }),
      );
    }
    this.worker ??= this.start();
    const id = this.nextId++;
    return new Promise<IngestReply>((resolve, reject) => {
      this.waiting.set(id, { bytes, resolve, reject });
      this.started.set(id, performance.now());
      this.pendingBytes += bytes;
      this.worker!.postMessage({ type: 'job', id, job } satisfies WorkerRequest);
    });
  }

  /** Counts, for tests and the benchmark. */
  stats(): IngestQueueStats {
    return { pending: this.waiting.size, pendingBytes: this.pendingBytes, stored: this.stored, refused: this.refused };
  }

  /** Lets queued jobs finish (the worker takes messages in order), then stops the worker. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      const worker = this.worker;
      if (!worker) {
        resolve();
        return;
      }
      if (this.waiting.size === 0) {
        // Idle (or still loading): nothing is mid-transaction, so it can stop at once.
        worker.terminate().then(() => resolve(), () => resolve());
        return;
      }
      // A worker wedged on a job must not hold shutdown forever.
      const timer = setTimeout(() => void worker.terminate(), 30_000);
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ type: 'close' } satisfies WorkerRequest);
    });
    return this.closing;
  }
}
