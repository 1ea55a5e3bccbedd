// The ingestion worker thread: decompression, parsing, trimming, normalization, grouping and the
// SQLite writes of events all happen here, so none of it holds the HTTP event loop. It owns the
// only connection that writes events; the main thread keeps its own for reads (WAL lets them run
// beside this writer) and for the rare API updates, which wait on busy_timeout.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db';
import { HttpError } from './http';
import { type IngestJob, runIngestJob } from './ingestJob';
import type { WorkerReply, WorkerRequest } from './ingestQueue';

const port = parentPort;
if (!port) throw new Error('faultline server: ingestWorker.ts runs as a worker thread only');
const db = openDatabase((workerData as { dataDir: string }).dataDir);

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'close') {
    db.close();
    port.close();
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { id: message.id, ok: true, reply: runIngestJob(db, message.job as IngestJob) };
  } catch (error) {
    reply =
      error instanceof HttpError
        ? { id: message.id, ok: false, status: error.status, detail: error.message, headers: error.headers }
        : { id: message.id, ok: false, status: 500, detail: `internal error: ${(error as Error)?.message ?? String(error)}`, headers: {} };
  }
  port.postMessage(reply);
});
