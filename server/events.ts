import type { ServerDatabase } from './db';
import { HttpError } from './http';

export interface EventRow {
  event_id: string;
  project_id: number;
  issue_id: number;
  timestamp: number;
  received: number;
  raw: string;
}

/**
 * An event as stored (the SDK's JSON) with the ids a Web API client needs, in the SDK's
 * snake_case so the kit's normalizer reads it as the stored-event shape it is.
 */
export function toApiEvent(row: EventRow): Record<string, unknown> {
  const raw = JSON.parse(row.raw) as Record<string, unknown>;
  return {
    ...raw,
    id: row.event_id,
    event_id: row.event_id,
    group_id: String(row.issue_id),
    project_id: String(row.project_id),
    // The grouping time, so an event shown alone agrees with its issue's first / last seen.
    timestamp: row.timestamp / 1000,
    received: row.received / 1000,
  };
}

function environmentClause(environments: readonly string[]): string {
  return environments.length > 0 ? `AND environment IN (${environments.map(() => '?').join(', ')})` : '';
}

// Sentry's "recommended" order: an event with a replay, then a profile, then the fewest
// processing errors, then a sampled trace; we add "has a stack trace" before recency, since a
// trace is what an issue page is read for.
const RECOMMENDED_ORDER = `
  json_extract(raw, '$.contexts.replay.replay_id') IS NOT NULL DESC,
  json_extract(raw, '$.contexts.profile.profile_id') IS NOT NULL DESC,
  CASE json_type(raw, '$.errors') WHEN 'array' THEN json_array_length(raw, '$.errors') ELSE 0 END ASC,
  coalesce(json_extract(raw, '$.contexts.trace.sampled'), 0) IN (1, 'true') DESC,
  instr(raw, '"frames"') > 0 DESC,
  timestamp DESC, id DESC`;

/**
 * One event of an issue: `latest`, `oldest`, `recommended` (the one most likely to explain
 * the issue, in Sentry's order above) or an event id.
 */
export function findIssueEvent(db: ServerDatabase, issueId: number, which: string, environments: readonly string[]): Record<string, unknown> {
  const where = environmentClause(environments);
  let row: EventRow | undefined;
  if (which === 'latest' || which === 'oldest') {
    const order = which === 'latest' ? 'DESC' : 'ASC';
    row = db.prepare(`SELECT * FROM events WHERE issue_id = ? ${where} ORDER BY timestamp ${order}, id ${order} LIMIT 1`).get(issueId, ...environments) as
      | EventRow
      | undefined;
  } else if (which === 'recommended') {
    row = db.prepare(`SELECT * FROM events WHERE issue_id = ? ${where} ORDER BY ${RECOMMENDED_ORDER} LIMIT 1`).get(issueId, ...environments) as EventRow | undefined;
  } else {
    const eventId = which.replace(/-/g, '').toLowerCase();
    if (!/^[0-9a-f]{32}$/.test(eventId)) throw new HttpError(400, `invalid event id "${which.slice(0, 60)}"`);
    row = db.prepare('SELECT * FROM events WHERE issue_id = ? AND event_id = ?').get(issueId, eventId) as EventRow | undefined;
  }
  if (!row) throw new HttpError(404, 'Event not found');
  return toApiEvent(row);
}

/** One event of a project by id. */
export function findProjectEvent(db: ServerDatabase, projectId: number, eventId: string): Record<string, unknown> {
  const id = eventId.replace(/-/g, '').toLowerCase();
  const row = db.prepare('SELECT * FROM events WHERE project_id = ? AND event_id = ?').get(projectId, id) as EventRow | undefined;
  if (!row) throw new HttpError(404, 'Event not found');
  return toApiEvent(row);
}

/**
 * The environments events were sent with, as Sentry lists them (`[{ id, name }]`), by name.
 * The id is that of the environment's first stored event, so it stays put as events arrive.
 */
export function listEnvironments(db: ServerDatabase): { id: string; name: string }[] {
  const rows = db
    .prepare("SELECT environment AS name, MIN(id) AS id FROM events WHERE environment IS NOT NULL AND environment != '' GROUP BY environment ORDER BY environment")
    .all() as { name: string; id: number }[];
  return rows.map((row) => ({ id: String(row.id), name: row.name }));
}
