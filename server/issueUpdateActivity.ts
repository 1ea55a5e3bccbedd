import { recordActivity } from './activity';
import type { ServerDatabase } from './db';
import { type StoredStatusDetails, saveStatusDetails, statusDetailsToApi } from './issueState';
import type { AssigneeValue } from './members';

const MINUTE_MS = 60_000;

/** One issue's status change, with what it was before. */
export interface StatusChange {
  before: { status: string; substatus: string | null; last_release: string | null } | undefined;
  status: string;
  substatus: string | null;
  details: Omit<StoredStatusDetails, 'baselineRelease' | 'actor' | 'ignoreUntil'>;
  actor: string;
}

/** The activity entry a status change reads as, in Sentry's kinds and data. */
function statusActivity(change: StatusChange): [type: string, data: Record<string, unknown>] {
  const { details } = change;
  if (change.status === 'resolved') {
    if (details.inNextRelease) return ['set_resolved_in_release', { version: '', inNextRelease: true }];
    if (details.inRelease !== undefined) return ['set_resolved_in_release', { version: details.inRelease }];
    if (details.inCommit !== undefined) return ['set_resolved_in_commit', { commit: details.inCommit }];
    return ['set_resolved', {}];
  }
  if (change.status === 'ignored') {
    const { inNextRelease: _next, inRelease: _release, inCommit: _commit, ...ignore } = details;
    return ['set_ignored', { ...ignore, ...(change.substatus === 'archived_until_escalating' ? { ignoreUntilEscalating: true } : {}) }];
  }
  return ['set_unresolved', {}];
}

/**
 * Stores a status change's details (with the release current now, for "in the next release",
 * and the end time of an ignore duration), records its activity, and answers the details in
 * the Web API's shape.
 */
export function recordStatusChange(db: ServerDatabase, issueId: number, change: StatusChange, now = Date.now()): Record<string, unknown> {
  const stored: StoredStatusDetails = { ...change.details, actor: change.actor };
  if (stored.inNextRelease) stored.baselineRelease = change.before?.last_release ?? null;
  if (stored.ignoreDuration !== undefined) stored.ignoreUntil = now + stored.ignoreDuration * MINUTE_MS;
  const cleared = change.status === 'unresolved';
  saveStatusDetails(db, issueId, cleared ? {} : stored, now);
  const unchanged = change.before?.status === change.status && Object.keys(change.details).length === 0;
  if (!unchanged) {
    const [type, data] = statusActivity(change);
    recordActivity(db, issueId, type, change.actor, data, now);
  }
  return cleared ? {} : statusDetailsToApi(db, stored);
}

/** Assigns an issue (or clears it) and records `assigned` / `unassigned` when that changes anything. */
export function recordAssignment(db: ServerDatabase, issueId: number, assignee: AssigneeValue | null, actor: string, now = Date.now()): void {
  const row = db.prepare('SELECT assigned_to FROM issues WHERE id = ?').get(issueId) as { assigned_to: string | null } | undefined;
  const next = assignee ? JSON.stringify(assignee) : null;
  if (!row || row.assigned_to === next) return;
  db.prepare('UPDATE issues SET assigned_to = ? WHERE id = ?').run(next, issueId);
  if (assignee === null) {
    recordActivity(db, issueId, 'unassigned', actor, {}, now);
    return;
  }
  const data = { assignee: assignee.id, assigneeType: assignee.type, assigneeName: assignee.name, ...(assignee.email ? { assigneeEmail: assignee.email } : {}) };
  recordActivity(db, issueId, 'assigned', actor, data, now);
}
