// The ingestion worker thread: decompression, parsing, trimming, normalization, grouping and the
// SQLite writes of events all happen here, so none of it holds the HTTP event loop. It owns the
// only connection that writes events; the main thread keeps its own for reads (WAL lets them run
// beside this writer) and for the rare API updates, which wait on busy_timeout.
import { parentPort, workerData } from 'node:worker_threads';
import { evaluateAlerts, type StoredEventNote } from './alerts/evaluate';
import { openDatabase } from './db';
import { HttpError } from './http';
import { type PreparedJob, prepareIngestJob, writeIngestJob } from './ingestJob';
import type { WorkerNotice, WorkerReply, WorkerRequest } from './ingestQueue';

const port = parentPort;
if (!port) throw new Error('faultline server: ingestWorker.ts runs as a worker thread only');
const db = openDatabase((workerData as { dataDir: string }).dataDir);

// Group commit: the jobs waiting when the worker gets to them share one transaction, so eight
// clients cost one disk sync instead of eight. Each job still stores all of its events or none
// (a savepoint per job), and each is answered only after the shared commit.
const MAX_BATCH_JOBS = 64;
// What one batch may hold inflated and prepared, so a run of 20 MB envelopes is not all in memory at once.
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

type JobMessage = Extract<WorkerRequest, { type: 'job' }>;
const waiting: JobMessage[] = [];
let closing = false;
let scheduled = false;

function failure(id: number, error: unknown): WorkerReply {
  return error instanceof HttpError
    ? { id, ok: false, status: error.status, detail: error.message, headers: error.headers }
    : { id, ok: false, status: 500, detail: `internal error: ${(error as Error)?.message ?? String(error)}`, headers: {} };
}

function runBatch(): void {
  scheduled = false;
  const replies: WorkerReply[] = [];
  const ready: { id: number; job: PreparedJob }[] = [];
  let bytes = 0;
  while (waiting.length > 0 && ready.length < MAX_BATCH_JOBS && bytes < MAX_BATCH_BYTES) {
    const message = waiting.shift()!;
    try {
      const job = prepareIngestJob(message.job);
      ready.push({ id: message.id, job });
      for (const event of job.events) bytes += event.stored.length;
    } catch (error) {
      replies.push(failure(message.id, error));
    }
  }
  const written: WorkerReply[] = [];
  const notes: StoredEventNote[] = [];
  try {
    db.transaction(() => {
      for (const { id, job } of ready) {
        // A job's notes count only if its savepoint held; a failed job stored nothing.
        const jobNotes: StoredEventNote[] = [];
        try {
          written.push({ id, ok: true, reply: db.transaction(() => writeIngestJob(db, job, jobNotes))() });
          notes.push(...jobNotes);
        } catch (error) {
          written.push(failure(id, error));
        }
      }
    })();
    replies.push(...written);
  } catch (error) {
    notes.length = 0;
    // The commit itself failed (disk full, I/O error): nothing of the batch is stored or acknowledged.
    for (const { id } of ready) replies.push(failure(id, new HttpError(503, `events could not be stored: ${(error as Error).message}; retry`, { 'Retry-After': '5' })));
  }
  for (const reply of replies) port!.postMessage(reply);
  reportAlerts(notes);
  if (waiting.length > 0) schedule();
  else if (closing) close();
}

/**
 * Alert rules run here, after the batch committed and its SDKs were answered: this thread is the
 * only writer, so recording firings never waits on a lock, and the HTTP loop does no rule work.
 * What fired goes to the main thread, which sends it (sending is I/O, and must not hold the next
 * batch). A failure here loses alerts, never events.
 */
function reportAlerts(notes: readonly StoredEventNote[]): void {
  if (notes.length === 0) return;
  try {
    const firings = evaluateAlerts(db, notes);
    if (firings.length > 0) port!.postMessage({ type: 'alerts', firings } satisfies WorkerNotice);
  } catch (error) {
    console.error('faultline server: alert rules failed:', error);
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // After the messages already delivered, so they join this batch.
  setImmediate(runBatch);
}

function close(): void {
  db.close();
  port!.close();
}

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'close') {
    closing = true;
    if (waiting.length === 0 && !scheduled) close();
    return;
  }
  waiting.push(message);
  schedule();
});
// Modules loaded and the database open: events sent from now on are stored without a start-up wait.
port.postMessage({ type: 'ready' } satisfies WorkerNotice);
