import type { ServerDatabase } from './db';
import { HttpError, isRecord } from './http';
import { mergeIssueTags } from './issueSearchStore';
import { LOCAL_USER } from './issues';

/** The changes of a `PUT …/issues/` body this server applies. */
interface IssueChanges {
  status?: string;
  substatus?: string | null;
  assignedTo?: Record<string, unknown> | null;
  isBookmarked?: boolean;
  merge?: boolean;
}

const STATUSES = new Set(['resolved', 'unresolved', 'ignored', 'resolvedInNextRelease']);
const SUBSTATUSES = new Set(['ongoing', 'new', 'regressed', 'escalating', 'archived_until_escalating', 'archived_until_condition_met', 'archived_forever']);

/** Reads `assignedTo`: `me`, `user:<id>`, `team:<id>`, the local user's e-mail, or null / "" to clear. */
function readAssignee(value: unknown): Record<string, unknown> | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') throw new HttpError(400, 'assignedTo must be a string such as "user:1" or "team:2", or null');
  if (value === 'me' || value === LOCAL_USER.email || value === `user:${LOCAL_USER.id}` || value === LOCAL_USER.id) return { ...LOCAL_USER };
  const match = /^(user|team):(\d{1,15})$/.exec(value);
  if (!match) throw new HttpError(400, `Unknown actor "${value.slice(0, 60)}"`);
  return { type: match[1], id: match[2], name: `${match[1] === 'team' ? 'Team' : 'User'} ${match[2]}` };
}

/** Validates a bulk or single update body; an unknown field is ignored, a wrong type is a 400. */
export function readIssueChanges(body: unknown): IssueChanges {
  if (!isRecord(body)) throw new HttpError(400, 'body must be a JSON object');
  const changes: IssueChanges = {};
  if (body.status !== undefined) {
    if (typeof body.status !== 'string' || !STATUSES.has(body.status)) {
      throw new HttpError(400, `invalid status "${String(body.status).slice(0, 40)}": use ${[...STATUSES].join(', ')}`);
    }
    changes.status = body.status === 'resolvedInNextRelease' ? 'resolved' : body.status;
  }
  if (body.substatus !== undefined) {
    if (body.substatus !== null && (typeof body.substatus !== 'string' || !SUBSTATUSES.has(body.substatus))) {
      throw new HttpError(400, `invalid substatus "${String(body.substatus).slice(0, 40)}": use ${[...SUBSTATUSES].join(', ')} or null`);
    }
    changes.substatus = body.substatus as string | null;
  }
  if (body.assignedTo !== undefined) changes.assignedTo = readAssignee(body.assignedTo);
  if (body.isBookmarked !== undefined) {
    if (typeof body.isBookmarked !== 'boolean') throw new HttpError(400, 'isBookmarked must be true or false');
    changes.isBookmarked = body.isBookmarked;
  }
  if (body.merge !== undefined) {
    if (typeof body.merge !== 'boolean') throw new HttpError(400, 'merge must be true or false');
    changes.merge = body.merge;
  }
  if (Object.keys(changes).length === 0) throw new HttpError(400, 'nothing to change: send status, substatus, assignedTo, isBookmarked or merge');
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
    for (const id of ids) {
      if (changes.status !== undefined) {
        const substatus = substatusFor(changes.status, changes.substatus);
        db.prepare('UPDATE issues SET status = ?, substatus = ? WHERE id = ?').run(changes.status, substatus, id);
        Object.assign(result, { status: changes.status, substatus, statusDetails: {} });
      } else if (changes.substatus !== undefined) {
        db.prepare('UPDATE issues SET substatus = ? WHERE id = ?').run(changes.substatus, id);
        result.substatus = changes.substatus;
      }
      if (changes.assignedTo !== undefined) {
        db.prepare('UPDATE issues SET assigned_to = ? WHERE id = ?').run(changes.assignedTo ? JSON.stringify(changes.assignedTo) : null, id);
        result.assignedTo = changes.assignedTo;
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
