import type { ServerDatabase } from './db';
import { HttpError, isRecord } from './http';
import { mergeIssueTags } from './issueSearchStore';
import { LOCAL_USER } from './issues';
import { recordAssignment, recordStatusChange, type StatusChange } from './issueUpdateActivity';
import { readStatusDetails, saveIssueFlag } from './issueState';
import { resolveAssignee } from './members';

/** The changes of a `PUT …/issues/` body this server applies. */
interface IssueChanges {
  status?: string;
  substatus?: string | null;
  /** As sent: resolved against the organization's members and teams when applied. */
  assignedTo?: string | null;
  isBookmarked?: boolean;
  isSubscribed?: boolean;
  hasSeen?: boolean;
  statusDetails?: StatusChange['details'];
  merge?: boolean;
}

const STATUSES = new Set(['resolved', 'unresolved', 'ignored', 'resolvedInNextRelease']);
const SUBSTATUSES = new Set(['ongoing', 'new', 'regressed', 'escalating', 'archived_until_escalating', 'archived_until_condition_met', 'archived_forever']);

/** Validates a bulk or single update body; an unknown field is ignored, a wrong type is a 400. */
export function readIssueChanges(body: unknown): IssueChanges {
  if (!isRecord(body)) throw new HttpError(400, 'body must be a JSON object');
  const changes: IssueChanges = {};
  if (body.status !== undefined) {
    if (typeof body.status !== 'string' || !STATUSES.has(body.status)) {
      throw new HttpError(400, `invalid status "${String(body.status).slice(0, 40)}": use ${[...STATUSES].join(', ')}`);
    }
    changes.status = body.status === 'resolvedInNextRelease' ? 'resolved' : body.status;
    changes.statusDetails = readStatusDetails(body.statusDetails, changes.status);
    if (body.status === 'resolvedInNextRelease') changes.statusDetails = { inNextRelease: true };
  } else if (body.statusDetails !== undefined) {
    throw new HttpError(400, 'statusDetails needs a status');
  }
  if (body.substatus !== undefined) {
    if (body.substatus !== null && (typeof body.substatus !== 'string' || !SUBSTATUSES.has(body.substatus))) {
      throw new HttpError(400, `invalid substatus "${String(body.substatus).slice(0, 40)}": use ${[...SUBSTATUSES].join(', ')} or null`);
    }
    changes.substatus = body.substatus as string | null;
  }
  if (body.assignedTo !== undefined) {
    if (body.assignedTo !== null && typeof body.assignedTo !== 'string') throw new HttpError(400, 'assignedTo must be a string such as "user:1" or "team:2", or null');
    changes.assignedTo = body.assignedTo;
  }
  for (const flag of ['isSubscribed', 'hasSeen'] as const) {
    if (body[flag] === undefined) continue;
    if (typeof body[flag] !== 'boolean') throw new HttpError(400, `${flag} must be true or false`);
    changes[flag] = body[flag];
  }
  if (body.isBookmarked !== undefined) {
    if (typeof body.isBookmarked !== 'boolean') throw new HttpError(400, 'isBookmarked must be true or false');
    changes.isBookmarked = body.isBookmarked;
  }
  if (body.merge !== undefined) {
    if (typeof body.merge !== 'boolean') throw new HttpError(400, 'merge must be true or false');
    changes.merge = body.merge;
  }
  if (Object.keys(changes).length === 0) throw new HttpError(400, 'nothing to change: send status, statusDetails, substatus, assignedTo, isBookmarked, isSubscribed, hasSeen or merge');
  return changes;
}

function substatusFor(status: string, given: string | null | undefined): string | null {
  if (given !== undefined) return given;
  if (status === 'resolved') return null;
  return status === 'ignored' ? 'archived_until_escalating' : 'ongoing';
}

/** Recounts an issue from its events, after events moved into it. */
function recount(db: ServerDatabase, issueId: number): void {
  db.prepare(
    `UPDATE issues SET
       times_seen = (SELECT COUNT(*) FROM events WHERE issue_id = @id),
       user_count = (SELECT COUNT(DISTINCT user_key) FROM events WHERE issue_id = @id),
       first_seen = COALESCE((SELECT MIN(timestamp) FROM events WHERE issue_id = @id), first_seen),
       last_seen = COALESCE((SELECT MAX(timestamp) FROM events WHERE issue_id = @id), last_seen)
     WHERE id = @id`,
  ).run({ id: issueId });
}

function merge(db: ServerDatabase, ids: readonly number[]): Record<string, unknown> {
  if (ids.length < 2) throw new HttpError(400, 'merging needs at least two issue ids');
  // The issue with the most events survives, as its id is the one people have linked to.
  const rows = db
    .prepare(`SELECT id FROM issues WHERE id IN (${ids.map(() => '?').join(', ')}) ORDER BY times_seen DESC, id ASC`)
    .all(...ids) as { id: number }[];
  if (rows.length < 2) throw new HttpError(400, 'merging needs at least two existing issues');
  const [parent, ...children] = rows.map((row) => row.id);
  for (const child of children) {
    db.prepare('UPDATE events SET issue_id = ? WHERE issue_id = ?').run(parent, child);
    db.prepare('UPDATE issue_hashes SET issue_id = ? WHERE issue_id = ?').run(parent, child);
    mergeIssueTags(db, parent!, child);
    db.prepare('DELETE FROM issues WHERE id = ?').run(child);
  }
  recount(db, parent!);
  return { merge: { parent: String(parent), children: children.map(String) } };
}

/** Applies changes to issues in one transaction; answers with what changed, as Sentry does. */
export function updateIssues(db: ServerDatabase, ids: readonly number[], changes: IssueChanges): Record<string, unknown> {
  return db.transaction(() => {
    if (changes.merge) return merge(db, ids);
    const result: Record<string, unknown> = {};
    const assignee = changes.assignedTo === undefined ? undefined : resolveAssignee(db, changes.assignedTo, LOCAL_USER.id);
    for (const id of ids) {
      if (changes.status !== undefined) {
        const substatus = substatusFor(changes.status, changes.substatus);
        const before = db.prepare('SELECT status, substatus, last_release FROM issues WHERE id = ?').get(id) as StatusChange['before'] | undefined;
        db.prepare('UPDATE issues SET status = ?, substatus = ? WHERE id = ?').run(changes.status, substatus, id);
        const statusDetails = recordStatusChange(db, id, { before, status: changes.status, substatus, details: changes.statusDetails ?? {}, actor: LOCAL_USER.id });
        Object.assign(result, { status: changes.status, substatus, statusDetails });
      } else if (changes.substatus !== undefined) {
        db.prepare('UPDATE issues SET substatus = ? WHERE id = ?').run(changes.substatus, id);
        result.substatus = changes.substatus;
      }
      if (assignee !== undefined) {
        recordAssignment(db, id, assignee, LOCAL_USER.id);
        result.assignedTo = assignee;
      }
      for (const flag of ['isSubscribed', 'hasSeen'] as const) {
        if (changes[flag] === undefined) continue;
        saveIssueFlag(db, id, flag === 'isSubscribed' ? 'is_subscribed' : 'has_seen', changes[flag]);
        result[flag] = changes[flag];
      }
      if (changes.isBookmarked !== undefined) {
        db.prepare('UPDATE issues SET is_bookmarked = ? WHERE id = ?').run(changes.isBookmarked ? 1 : 0, id);
        result.isBookmarked = changes.isBookmarked;
      }
    }
    return result;
  })();
}

/** Deletes issues with their events and grouping hashes; later matching events open a new issue. */
export function deleteIssues(db: ServerDatabase, ids: readonly number[]): void {
  db.transaction(() => {
    for (const id of ids) db.prepare('DELETE FROM issues WHERE id = ?').run(id);
  })();
}
