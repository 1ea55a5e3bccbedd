import type { ServerDatabase } from '../db';
import type { ProjectRow } from '../projects';

const iso = (ms: number) => new Date(ms).toISOString();

type Group = { id: string; shortId?: string; title?: string; level?: string | null; status?: string };

function groupOf(row: { issue_id: number; title: string | null; level: string | null; status: string | null; short_number: number | null }, project: ProjectRow): Group {
  // A deleted issue keeps its id in the history; its other fields are gone with it.
  if (row.title === null) return { id: String(row.issue_id) };
  return {
    id: String(row.issue_id),
    shortId: `${project.slug.toUpperCase()}-${(row.short_number ?? 0).toString(36).toUpperCase()}`,
    title: row.title,
    level: row.level,
    status: row.status ?? undefined,
  };
}

/** Sentry's `group-history`: one row per issue the rule fired for, newest first, with a count. */
export function groupHistory(db: ServerDatabase, ruleId: number, project: ProjectRow, page: { limit: number; offset: number }): { items: unknown[]; total: number } {
  const total = (db.prepare('SELECT COUNT(DISTINCT issue_id) AS n FROM alert_firings WHERE rule_id = ?').get(ruleId) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT f.issue_id, COUNT(*) AS count, MAX(f.date) AS last, (SELECT event_id FROM alert_firings g WHERE g.rule_id = f.rule_id AND g.issue_id = f.issue_id ORDER BY g.date DESC, g.id DESC LIMIT 1) AS event_id,
         i.title, i.level, i.status, i.short_number
       FROM alert_firings f LEFT JOIN issues i ON i.id = f.issue_id WHERE f.rule_id = ? GROUP BY f.issue_id ORDER BY last DESC LIMIT ? OFFSET ?`,
    )
    .all(ruleId, page.limit, page.offset) as { issue_id: number; count: number; last: number; event_id: string | null; title: string | null; level: string | null; status: string | null; short_number: number | null }[];
  return { items: rows.map((row) => ({ group: groupOf(row, project), count: row.count, lastTriggered: iso(row.last), eventId: row.event_id })), total };
}

/** Every firing of the rule, newest first. */
export function firingHistory(db: ServerDatabase, ruleId: number, project: ProjectRow, page: { limit: number; offset: number }): { items: unknown[]; total: number } {
  const total = (db.prepare('SELECT COUNT(*) AS n FROM alert_firings WHERE rule_id = ?').get(ruleId) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT f.id, f.issue_id, f.event_id, f.date, f.reason, i.title, i.level, i.status, i.short_number
       FROM alert_firings f LEFT JOIN issues i ON i.id = f.issue_id WHERE f.rule_id = ? ORDER BY f.id DESC LIMIT ? OFFSET ?`,
    )
    .all(ruleId, page.limit, page.offset) as { id: number; issue_id: number; event_id: string | null; date: number; reason: string; title: string | null; level: string | null; status: string | null; short_number: number | null }[];
  return { items: rows.map((row) => ({ id: String(row.id), group: groupOf(row, project), eventId: row.event_id, dateTriggered: iso(row.date), reason: row.reason })), total };
}
