import { recordActivity } from './activity';
import type { ServerDatabase } from './db';
import { recordAssignment, recordStatusChange } from './issueUpdateActivity';

const HOUR_MS = 3_600_000;

type SeededIssue = { id: number; status: string; substatus: string | null; last_release: string | null };

/** The demo's seeded issues, most events first. */
function busiest(db: ServerDatabase, count: number): SeededIssue[] {
  return db.prepare('SELECT id, status, substatus, last_release FROM issues ORDER BY times_seen DESC, id ASC LIMIT ?').all(count) as SeededIssue[];
}

/**
 * A little triage on the demo's busiest issues, so the issue page's activity shows more than
 * "first seen": a note and an assignment, a resolution, an ignore until 100 more events.
 */
export function seedTriage(db: ServerDatabase, now: number): void {
  // Samples are written in file order, not time order: first seen is the issue's oldest event.
  db.prepare(`UPDATE issue_activity SET date_created = (SELECT first_seen FROM issues WHERE issues.id = issue_activity.issue_id) WHERE type = 'first_seen'`).run();
  const [noted, resolved, ignored] = busiest(db, 3);
  if (noted) {
    recordActivity(db, noted.id, 'note', '4', { text: 'Seen on checkout since the last deploy; looking into it.' }, now - 5 * HOUR_MS);
    recordAssignment(db, noted.id, { type: 'user', id: '4', name: 'Priya Raman', email: 'priya@example.com' }, '1', now - 4 * HOUR_MS);
  }
  if (resolved) {
    db.prepare(`UPDATE issues SET status = 'resolved', substatus = NULL WHERE id = ?`).run(resolved.id);
    recordStatusChange(db, resolved.id, { before: resolved, status: 'resolved', substatus: null, details: {}, actor: '2' }, now - 2 * HOUR_MS);
  }
  if (ignored) {
    db.prepare(`UPDATE issues SET status = 'ignored', substatus = 'archived_until_condition_met' WHERE id = ?`).run(ignored.id);
    const change = { before: ignored, status: 'ignored', substatus: 'archived_until_condition_met', details: { ignoreCount: 100 }, actor: '6' };
    recordStatusChange(db, ignored.id, change, now - HOUR_MS);
  }
}
