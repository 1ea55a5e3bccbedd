import type { ServerDatabase } from './db';
import { eventQuerySql } from './eventQuery';
import { type EventRow, findIssueEvent, toApiEvent } from './events';
import { pageLink, readCursorOffset, readLimit } from './pagination';

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

function environmentSql(environments: readonly string[]): string {
  return environments.length > 0 ? `AND environment IN (${placeholders(environments)})` : '';
}

/**
 * `GET /issues/{id}/events/`: the issue's events newest first, filtered by `query` (Sentry's
 * search syntax) and environments, one page at a time with Sentry's `Link` header.
 */
export function listIssueEventPage(
  db: ServerDatabase,
  issueId: number,
  environments: readonly string[],
  url: URL,
  publicUrl: URL,
): { items: Record<string, unknown>[]; link: string; hits: number } {
  const query = eventQuerySql(url.searchParams.get('query') ?? '');
  const limit = readLimit(url, 50);
  const offset = readCursorOffset(url);
  const where = `issue_id = ? ${environmentSql(environments)} AND ${query.where}`;
  const params = [issueId, ...environments, ...query.params];
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM events WHERE ${where}`).get(...params) as { total: number };
  const rows = db.prepare(`SELECT * FROM events WHERE ${where} ORDER BY timestamp DESC, id DESC LIMIT ? OFFSET ?`).all(...params, limit, offset) as EventRow[];
  return { items: rows.map(toApiEvent), link: pageLink(publicUrl, offset, limit, total), hits: total };
}

/** The ids of the events just older and just newer than one, within the issue (and environments). */
function neighbours(db: ServerDatabase, issueId: number, eventId: string, environments: readonly string[]): { previous: string | null; next: string | null } {
  const at = db.prepare('SELECT id, timestamp FROM events WHERE issue_id = ? AND event_id = ?').get(issueId, eventId) as { id: number; timestamp: number } | undefined;
  if (!at) return { previous: null, next: null };
  const where = environmentSql(environments);
  const older = db
    .prepare(
      `SELECT event_id FROM events WHERE issue_id = ? ${where} AND (timestamp < ? OR (timestamp = ? AND id < ?)) ORDER BY timestamp DESC, id DESC LIMIT 1`,
    )
    .get(issueId, ...environments, at.timestamp, at.timestamp, at.id) as { event_id: string } | undefined;
  const newer = db
    .prepare(`SELECT event_id FROM events WHERE issue_id = ? ${where} AND (timestamp > ? OR (timestamp = ? AND id > ?)) ORDER BY timestamp ASC, id ASC LIMIT 1`)
    .get(issueId, ...environments, at.timestamp, at.timestamp, at.id) as { event_id: string } | undefined;
  return { previous: older?.event_id ?? null, next: newer?.event_id ?? null };
}

/**
 * `GET /issues/{id}/events/{latest|oldest|recommended|id}/`, with `previousEventID` and
 * `nextEventID` as Sentry's event details carry them, so a page can step through the events.
 */
export function getIssueEventWithNeighbours(db: ServerDatabase, issueId: number, which: string, environments: readonly string[]): Record<string, unknown> {
  const event = findIssueEvent(db, issueId, which, environments);
  const { previous, next } = neighbours(db, issueId, String(event.event_id), environments);
  return { ...event, previousEventID: previous, nextEventID: next };
}
