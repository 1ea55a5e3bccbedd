import { recordActivity } from './activity';
import type { ServerDatabase } from './db';
import type { PreparedEvent, StoredEvent } from './ingest';
import { loadIssueState, type StoredStatusDetails, saveStatusDetails } from './issueState';

/** An issue's status as it was before an event was written into it. */
export interface StatusBefore {
  issueId: number;
  status: string;
  substatus: string | null;
}

const MINUTE_MS = 60_000;

/** The status of the issue an event will group into, read before it is written (none for a new issue). */
export function statusBeforeEvent(db: ServerDatabase, projectId: number, event: PreparedEvent): StatusBefore | undefined {
  return db
    .prepare('SELECT i.id AS issueId, i.status, i.substatus FROM issue_hashes h JOIN issues i ON i.id = h.issue_id WHERE h.project_id = ? AND h.hash = ?')
    .get(projectId, event.hash) as StatusBefore | undefined;
}

/** The arrival order of a release's first event: a later first event is a newer release. */
function firstArrival(db: ServerDatabase, projectId: number, release: string): number {
  const row = db.prepare('SELECT MIN(id) AS first FROM events WHERE project_id = ? AND release = ?').get(projectId, release) as { first: number | null };
  return row.first ?? Number.POSITIVE_INFINITY;
}

/**
 * Whether an event reopens an issue resolved with `details`, as Sentry's resolutions do: "in
 * release X" holds against releases older than X, "in the next release" against the release
 * that was current then and older ones. An event without a release says nothing, so it reopens.
 */
function regresses(db: ServerDatabase, projectId: number, details: StoredStatusDetails, release: string | null): boolean {
  if (release === null) return true;
  if (details.inRelease !== undefined) return firstArrival(db, projectId, release) >= firstArrival(db, projectId, details.inRelease);
  if (details.inNextRelease) {
    if (details.baselineRelease === undefined || details.baselineRelease === null) return true;
    return firstArrival(db, projectId, release) > firstArrival(db, projectId, details.baselineRelease);
  }
  return true;
}

/** Which ignore condition the events since the issue was ignored have met, if any. */
function metIgnoreCondition(db: ServerDatabase, issueId: number, details: StoredStatusDetails, setAt: number, now: number): string | undefined {
  if (details.ignoreUntil !== undefined && now >= details.ignoreUntil) return 'ignoreUntil';
  const since = (window: number | undefined) => Math.max(setAt, window === undefined ? setAt : now - window * MINUTE_MS);
  if (details.ignoreCount !== undefined) {
    const { count } = db.prepare('SELECT COUNT(*) AS count FROM events WHERE issue_id = ? AND received >= ?').get(issueId, since(details.ignoreWindow)) as { count: number };
    if (count >= details.ignoreCount) return 'ignoreCount';
  }
  if (details.ignoreUserCount !== undefined) {
    const { users } = db
      .prepare('SELECT COUNT(DISTINCT user_key) AS users FROM events WHERE issue_id = ? AND received >= ? AND user_key IS NOT NULL')
      .get(issueId, since(details.ignoreUserWindow)) as { users: number };
    if (users >= details.ignoreUserCount) return 'ignoreUserCount';
  }
  return undefined;
}

/**
 * What an event changes in its issue's lifecycle once written: first seen for a new issue, a
 * regression (or none, when a release resolution still holds), an ignore condition met. Call it
 * in the event's transaction, right after `writeEvent`.
 */
export function applyEventToIssue(db: ServerDatabase, projectId: number, before: StatusBefore | undefined, stored: StoredEvent, event: PreparedEvent): void {
  if (stored.duplicate) return;
  if (stored.newIssue) {
    recordActivity(db, stored.issueId, 'first_seen', null, {}, event.timestamp);
    return;
  }
  if (before === undefined || before.issueId !== stored.issueId) return;
  const state = loadIssueState(db, stored.issueId);
  if (before.status === 'resolved') {
    if (!regresses(db, projectId, state.details, event.release)) {
      // writeEvent reopens every resolved issue; this resolution still holds, so it stays resolved.
      db.prepare('UPDATE issues SET status = ?, substatus = ? WHERE id = ?').run('resolved', before.substatus, stored.issueId);
      return;
    }
    saveStatusDetails(db, stored.issueId, {}, event.received);
    recordActivity(db, stored.issueId, 'set_regression', null, { event_id: stored.eventId, ...(event.release ? { version: event.release } : {}) }, event.received);
    return;
  }
  if (before.status !== 'ignored' || state.setAt === null) return;
  const condition = metIgnoreCondition(db, stored.issueId, state.details, state.setAt, event.received);
  if (condition === undefined) return;
  db.prepare(`UPDATE issues SET status = 'unresolved', substatus = 'escalating' WHERE id = ?`).run(stored.issueId);
  const { actor: _actor, baselineRelease: _baseline, ...expired } = state.details;
  saveStatusDetails(db, stored.issueId, {}, event.received);
  recordActivity(db, stored.issueId, 'set_escalating', null, { event_id: stored.eventId, expired_snooze: { ...expired, condition } }, event.received);
}
