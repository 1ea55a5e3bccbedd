import type { ServerDatabase } from '../db';
import type { PreparedEvent, StoredEvent } from '../ingest';
import { CONDITION, FILTER, INTERVAL_MS, LEVEL_NUMBER } from './ruleIds';
import type { StoredCondition, StoredFilter } from './ruleInput';
import { listRules, type RuleRecord } from './ruleStore';

/** What the ingestion path tells the rules about one stored (not duplicate) event. */
export interface StoredEventNote {
  projectId: number;
  issueId: number;
  eventId: string;
  /** The event opened its issue. */
  newIssue: boolean;
  /** The issue was resolved before this event; it regressed if the event reopened it. */
  wasResolved: boolean;
  level: string;
  environment: string | null;
  tags: [string, string][];
  /** When it was received, in ms: the frequency windows end here. */
  received: number;
}

/** The note of one stored event (call only for events that were not duplicates). */
export function noteOf(projectId: number, stored: StoredEvent, event: PreparedEvent, wasResolved: boolean): StoredEventNote {
  return {
    projectId,
    issueId: stored.issueId,
    eventId: stored.eventId,
    newIssue: stored.newIssue,
    wasResolved: wasResolved && !stored.newIssue,
    level: event.level,
    environment: event.environment,
    tags: event.tags ?? [],
    received: event.received,
  };
}

/** One rule firing for one event: plain data, so it crosses from the worker to the main thread. */
export interface AlertFiring {
  firingId: number;
  ruleId: number;
  projectId: number;
  issueId: number;
  eventId: string;
  reason: string;
  newIssue: boolean;
}

function countInWindow(db: ServerDatabase, condition: Extract<StoredCondition, { interval: string }>, note: StoredEventNote, environment: string | null): number {
  const since = note.received - INTERVAL_MS[condition.interval]!;
  const what = condition.id === CONDITION.userFrequency ? 'COUNT(DISTINCT user_key)' : 'COUNT(*)';
  // By the event's own time, which the `events_issue (issue_id, timestamp)` index ranges over
  // (a count by arrival time would scan every event of a busy issue on every new one).
  const sql = `SELECT ${what} AS n FROM events WHERE issue_id = ? AND timestamp >= ?${environment === null ? '' : ' AND environment = ?'}`;
  const args: unknown[] = environment === null ? [note.issueId, since] : [note.issueId, since, environment];
  return (db.prepare(sql).get(...args) as { n: number }).n;
}

function conditionHolds(db: ServerDatabase, condition: StoredCondition, note: StoredEventNote, rule: RuleRecord): boolean {
  if (condition.id === CONDITION.firstSeen) return note.newIssue;
  // Reached only for issues that are unresolved now: a resolved one the event did not reopen is skipped before.
  if (condition.id === CONDITION.regression) return note.wasResolved;
  if (!('interval' in condition)) return false;
  return countInWindow(db, condition, note, rule.environment) > condition.value;
}

function tagMatches(filter: Extract<StoredFilter, { key: string }>, tags: readonly [string, string][]): boolean {
  const values = tags.filter(([key]) => key === filter.key).map(([, value]) => value.toLowerCase());
  const wanted = filter.value.toLowerCase();
  switch (filter.match) {
    case 'is':
      return values.length > 0;
    case 'ns':
      return values.length === 0;
    case 'ne':
      return !values.includes(wanted);
    case 'nc':
      return !values.some((value) => value.includes(wanted));
    case 'sw':
      return values.some((value) => value.startsWith(wanted));
    case 'ew':
      return values.some((value) => value.endsWith(wanted));
    case 'co':
      return values.some((value) => value.includes(wanted));
    default:
      return values.includes(wanted);
  }
}

function filterPasses(filter: StoredFilter, note: StoredEventNote): boolean {
  if (filter.id === FILTER.tag) return tagMatches(filter, note.tags);
  const level = Object.hasOwn(LEVEL_NUMBER, note.level) ? LEVEL_NUMBER[note.level]! : LEVEL_NUMBER.error!;
  const wanted = Number(filter.level);
  return filter.match === 'eq' ? level === wanted : filter.match === 'gte' ? level >= wanted : level <= wanted;
}

/** `all` / `any` / `none` over lazily tested parts (frequency counts run only when needed); no parts pass. */
function combine<T>(match: RuleRecord['actionMatch'], parts: readonly T[], test: (part: T) => boolean): boolean {
  if (parts.length === 0) return true;
  if (match === 'all') return parts.every(test);
  if (match === 'any') return parts.some(test);
  return !parts.some(test);
}

function reasonOf(rule: RuleRecord, note: StoredEventNote): string {
  if (note.newIssue && rule.conditions.some((condition) => condition.id === CONDITION.firstSeen)) return 'first-seen';
  if (note.wasResolved && rule.conditions.some((condition) => condition.id === CONDITION.regression)) return 'regression';
  return rule.conditions.length === 0 ? 'event' : 'frequency';
}

/**
 * Runs the project's active rules over events just committed, records each firing (history,
 * the per-issue frequency cap, the rule's last trigger) in one transaction, and returns the
 * firings for delivery.
 */
export function evaluateAlerts(db: ServerDatabase, notes: readonly StoredEventNote[]): AlertFiring[] {
  const rulesByProject = new Map<number, RuleRecord[]>();
  for (const note of notes) if (!rulesByProject.has(note.projectId)) rulesByProject.set(note.projectId, listRules(db, note.projectId, true));
  // Without active rules (the usual case) nothing more is read, and no transaction is opened.
  if (![...rulesByProject.values()].some((rules) => rules.length > 0)) return [];
  const firings: AlertFiring[] = [];
  db.transaction(() => {
    for (const note of notes) {
      const rules = rulesByProject.get(note.projectId) ?? [];
      if (rules.length === 0) continue;
      const status = (db.prepare('SELECT status FROM issues WHERE id = ?').get(note.issueId) as { status: string } | undefined)?.status;
      // Ignored issues alert nobody, as in Sentry; nor does a resolved one whose resolution held (a release resolution).
      if (status === undefined || status === 'ignored' || status === 'resolved') continue;
      for (const rule of rules) {
        if (rule.environment !== null && rule.environment !== note.environment) continue;
        if (!combine(rule.actionMatch, rule.conditions, (condition) => conditionHolds(db, condition, note, rule))) continue;
        if (!combine(rule.filterMatch, rule.filters, (filter) => filterPasses(filter, note))) continue;
        const last = db.prepare('SELECT last_fired FROM alert_rule_issues WHERE rule_id = ? AND issue_id = ?').get(rule.id, note.issueId) as
          | { last_fired: number }
          | undefined;
        if (last && note.received - last.last_fired < rule.frequency * 60_000) continue;
        const reason = reasonOf(rule, note);
        db.prepare(
          `INSERT INTO alert_rule_issues (rule_id, issue_id, last_fired) VALUES (?, ?, ?) ON CONFLICT (rule_id, issue_id) DO UPDATE SET last_fired = excluded.last_fired`,
        ).run(rule.id, note.issueId, note.received);
        const firing = db
          .prepare('INSERT INTO alert_firings (rule_id, issue_id, event_id, reason, date) VALUES (?, ?, ?, ?, ?)')
          .run(rule.id, note.issueId, note.eventId, reason, note.received);
        db.prepare('UPDATE alert_rules SET last_triggered = ? WHERE id = ?').run(note.received, rule.id);
        firings.push({
          firingId: Number(firing.lastInsertRowid),
          ruleId: rule.id,
          projectId: note.projectId,
          issueId: note.issueId,
          eventId: note.eventId,
          reason,
          newIssue: note.newIssue,
        });
      }
    }
  })();
  return firings;
}
