import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyLimits, readBody } from './body';
import type { ServerDatabase } from './db';
import { parseEnvelope, readEventPayload } from './envelope';
import { HttpError, isRecord, parseJson, sendJson } from './http';
import { storeEvent } from './ingest';
import { checkEnvelopeCredentials, checkPublicKey } from './dsnKeys';
import { findProject } from './projects';

/** The ingestion endpoints SDKs post to: `/api/<project_id>/envelope/` and `/store/`. */
export const INGEST_PATH = /^\/api\/(\d{1,15})\/(envelope|store)\/?$/;

// Event-bearing item types; sessions, client reports, attachments and the rest are accepted and
// dropped, as a relay without those features would.
const EVENT_ITEM_TYPES = new Set(['event']);

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

/** Handles one ingestion request; the caller has matched `INGEST_PATH`. */
export async function handleIngest(
  db: ServerDatabase,
  limits: BodyLimits,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  match: RegExpExecArray,
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
  const body = await readBody(request, limits);

  if (match[2] === 'store') {
    checkKey(project, key);
    const event = parseJson(body.toString('utf8'), 'event');
    if (!isRecord(event)) throw new HttpError(400, 'event must be a JSON object');
    const stored = storeEvent(db, project.id, event);
    sendJson(request, response, 200, { id: stored.eventId });
    return;
  }

  const envelope = parseEnvelope(body);
  // Browser SDKs behind a tunnel put the DSN in the envelope header instead of the URL.
  // When the header names a DSN, it must be this project's, with this key.
  checkEnvelopeCredentials(project, key, envelope.header.dsn);
  // Read every event first: a malformed item rejects the envelope before anything is stored.
  const events = envelope.items.flatMap((item, index) => (EVENT_ITEM_TYPES.has(item.type) ? [readEventPayload(item, index)] : []));
  const headerId = typeof envelope.header.event_id === 'string' ? envelope.header.event_id : undefined;
  let firstId: string | undefined;
  for (const event of events) {
    const stored = storeEvent(db, project.id, headerId && events.length === 1 && event.event_id === undefined ? { ...event, event_id: headerId } : event);
    firstId ??= stored.eventId;
  }
  sendJson(request, response, 200, firstId ?? headerId ? { id: firstId ?? headerId } : {});
}
