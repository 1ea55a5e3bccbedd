import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyLimits, readRawBody } from './body';
import type { ServerDatabase } from './db';
import { HttpError, sendJson } from './http';
import { type IngestJob, runIngestJob } from './ingestJob';
import type { IngestQueue } from './ingestQueue';
import { checkEnvelopeCredentials, checkPublicKey } from './dsnKeys';
import { findProject, type ProjectRow } from './projects';

/** The ingestion endpoints SDKs post to: `/api/<project_id>/envelope/` and `/store/`. */
export const INGEST_PATH = /^\/api\/(\d{1,15})\/(envelope|store)\/?$/;

/** The `sentry_key` of an `X-Sentry-Auth` / `Authorization: Sentry …` header. */
export function sentryKeyFromHeader(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /(?:^|[\s,])sentry_key\s*=\s*([^,\s]+)/i.exec(value);
  return match?.[1];
}

function headerValue(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

// Each project has its own key, compared in constant time (server/dsnKeys.ts).
const checkKey = checkPublicKey;

/**
 * Checks the credentials of a request whose body is read: the key it was sent with and, for an
 * envelope, the DSN in its header (browser SDKs behind a tunnel put it there instead of the URL;
 * when the header names a DSN, it must be this project's, with this key). Runs in the ingestion
 * worker for envelopes, as the header is only readable once the body is inflated.
 */
export function checkEnvelopeKey(project: ProjectRow, key: string | undefined, header: Record<string, unknown> | undefined): void {
  if (header === undefined) checkKey(project, key);
  else checkEnvelopeCredentials(project, key, header.dsn);
}

/** Where ingestion work runs: in the worker behind a bounded queue, or inline on the event loop. */
export type IngestRunner = { queue: IngestQueue } | { inline: ServerDatabase };

/** Handles one ingestion request; the caller has matched `INGEST_PATH`. */
export async function handleIngest(
  db: ServerDatabase,
  limits: BodyLimits,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  match: RegExpExecArray,
  runner: IngestRunner = { inline: db },
): Promise<void> {
  if (request.method !== 'POST') throw new HttpError(405, `${request.method} is not allowed here; SDKs POST events`, { Allow: 'POST, OPTIONS' });
  const project = findProject(db, match[1]!);
  if (!project) throw new HttpError(404, `project ${match[1]} does not exist`);
  const key =
    sentryKeyFromHeader(headerValue(request, 'x-sentry-auth')) ??
    sentryKeyFromHeader(headerValue(request, 'authorization')) ??
    url.searchParams.get('sentry_key') ??
    undefined;
  // Check a key sent up front before reading the body, so a stranger cannot make us inflate it.
  if (key !== undefined) checkKey(project, key);
  const kind = match[2] === 'store' ? 'store' : 'envelope';
  // A /store/ body carries no DSN, so a request without a key is refused before any work.
  if (kind === 'store') checkKey(project, key);
  // Only the bytes as sent are read here; inflating them is the worker's job.
  const body = await readRawBody(request, limits.maxBytes);
  const encoding = request.headers['content-encoding'];
  const job: IngestJob = {
    kind,
    project,
    key,
    body,
    contentEncoding: Array.isArray(encoding) ? encoding[0] : encoding,
    limits,
    received: Date.now(),
  };
  // The answer goes out only once the events are committed: a 200 means they are on disk.
  const reply = 'queue' in runner ? await runner.queue.submit(job) : runIngestJob(runner.inline, job);
  sendJson(request, response, 200, reply);
}
