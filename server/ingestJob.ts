import { type BodyLimits, decodeBody } from './body';
import { noteOf, type StoredEventNote } from './alerts/evaluate';
import type { ServerDatabase } from './db';
import { parseEnvelope, readEventPayload } from './envelope';
import { HttpError, isRecord, parseJson } from './http';
import { type PreparedEvent, prepareEvent, writeEvent } from './ingest';
import { checkEnvelopeKey } from './ingestRoutes';
import { applyEventToIssue, statusBeforeEvent } from './issueLifecycle';
import type { ProjectRow } from './projects';

// Event-bearing item types; sessions, client reports, attachments and the rest are accepted and
// dropped, as a relay without those features would.
const EVENT_ITEM_TYPES = new Set(['event']);

/**
 * One ingestion request once its (still compressed) body is read: everything the CPU-heavy part
 * needs, and nothing that cannot cross to a worker thread (plain data and bytes only).
 */
export interface IngestJob {
  kind: 'envelope' | 'store';
  project: ProjectRow;
  /** The DSN key sent with the request, if any; already checked when present. */
  key: string | undefined;
  body: Uint8Array;
  contentEncoding: string | undefined;
  limits: BodyLimits;
  received: number;
}

/** What the client is answered with when the job succeeds. */
export type IngestReply = { id?: string };

/** A job read and prepared: its events ready to write, nothing stored yet. */
export interface PreparedJob {
  projectId: number;
  events: PreparedEvent[];
  headerId: string | undefined;
}

/**
 * Decompresses, parses, checks, trims, normalizes and groups one request's events; throws
 * `HttpError` for anything the client got wrong. Touches no database, so it runs outside any
 * transaction.
 */
export function prepareIngestJob(job: IngestJob): PreparedJob {
  const body = decodeBody(Buffer.from(job.body.buffer, job.body.byteOffset, job.body.byteLength), job.contentEncoding, job.limits);
  const options = { received: job.received };
  if (job.kind === 'store') {
    checkEnvelopeKey(job.project, job.key, undefined);
    const event = parseJson(body.toString('utf8'), 'event');
    if (!isRecord(event)) throw new HttpError(400, 'event must be a JSON object');
    return { projectId: job.project.id, events: [prepareEvent(event, options)], headerId: undefined };
  }
  const envelope = parseEnvelope(body);
  checkEnvelopeKey(job.project, job.key, envelope.header);
  // Read every event first: a malformed item rejects the envelope before anything is stored.
  const events = envelope.items.flatMap((item, index) => (EVENT_ITEM_TYPES.has(item.type) ? [readEventPayload(item, index)] : []));
  const headerId = typeof envelope.header.event_id === 'string' ? envelope.header.event_id : undefined;
  return {
    projectId: job.project.id,
    events: events.map((event) => prepareEvent(headerId && events.length === 1 && event.event_id === undefined ? { ...event, event_id: headerId } : event, options)),
    headerId,
  };
}

/**
 * Writes a prepared job's events; call it inside a transaction, so they are stored all or none.
 * With `notes`, each newly stored event is described there for the alert rules, which the
 * worker evaluates only once the transaction has committed.
 */
export function writeIngestJob(db: ServerDatabase, job: PreparedJob, notes?: StoredEventNote[]): IngestReply {
  const stored = job.events.map((event) => {
    // Read before writing: writeEvent reopens resolved issues, and the resolution decides whether it should.
    const before = statusBeforeEvent(db, job.projectId, event);
    const written = writeEvent(db, job.projectId, event);
    applyEventToIssue(db, job.projectId, before, written, event);
    if (notes && !written.duplicate) notes.push(noteOf(job.projectId, written, event, before?.status === 'resolved'));
    return written;
  });
  const firstId = stored[0]?.eventId ?? job.headerId;
  return firstId ? { id: firstId } : {};
}

/**
 * Prepares and stores one request's events in one transaction. Returns only after it committed
 * (synchronous = FULL), so the answer it leads to is an acknowledgement of events on disk.
 */
export function runIngestJob(db: ServerDatabase, job: IngestJob): IngestReply {
  const prepared = prepareIngestJob(job);
  return db.transaction(() => writeIngestJob(db, prepared))();
}
