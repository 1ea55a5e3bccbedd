import type { ServerDatabase } from '../db';
import type { ProjectRow } from '../projects';
import { ACTION_ID, ACTION_NAME, type ActionKind, ACTION_SETTINGS, CONDITION, FILTER } from './ruleIds';
import type { RuleInput, StoredAction, StoredCondition, StoredFilter } from './ruleInput';

/** A rule as stored, parsed. */
export interface RuleRecord extends RuleInput {
  id: number;
  projectId: number;
  dateCreated: number;
  lastTriggered: number | null;
}

interface RuleRow {
  id: number;
  project_id: number;
  name: string;
  action_match: RuleInput['actionMatch'];
  filter_match: RuleInput['filterMatch'];
  conditions: string;
  filters: string;
  actions: string;
  frequency: number;
  environment: string | null;
  owner: string | null;
  status: RuleInput['status'];
  date_created: number;
  last_triggered: number | null;
}

function fromRow(row: RuleRow): RuleRecord {
  return {
    id: row.id,
    projectId: row.project_id,
    name: row.name,
    actionMatch: row.action_match,
    filterMatch: row.filter_match,
    conditions: JSON.parse(row.conditions) as StoredCondition[],
    filters: JSON.parse(row.filters) as StoredFilter[],
    actions: JSON.parse(row.actions) as StoredAction[],
    frequency: row.frequency,
    environment: row.environment,
    owner: row.owner,
    status: row.status,
    dateCreated: row.date_created,
    lastTriggered: row.last_triggered,
  };
}

/** A project's rules, oldest first; `activeOnly` for evaluation. */
export function listRules(db: ServerDatabase, projectId: number, activeOnly = false): RuleRecord[] {
  const sql = `SELECT * FROM alert_rules WHERE project_id = ?${activeOnly ? ` AND status = 'active'` : ''} ORDER BY id`;
  return (db.prepare(sql).all(projectId) as RuleRow[]).map(fromRow);
}

/** One rule of a project, or undefined. */
export function findRule(db: ServerDatabase, projectId: number, id: string): RuleRecord | undefined {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  const row = db.prepare('SELECT * FROM alert_rules WHERE id = ? AND project_id = ?').get(Number(id), projectId) as RuleRow | undefined;
  return row && fromRow(row);
}

/** A rule by id alone (evaluation and deliveries, which know only the id). */
export function ruleById(db: ServerDatabase, id: number): RuleRecord | undefined {
  const row = db.prepare('SELECT * FROM alert_rules WHERE id = ?').get(id) as RuleRow | undefined;
  return row && fromRow(row);
}

const columns = (input: RuleInput) => ({
  name: input.name,
  actionMatch: input.actionMatch,
  filterMatch: input.filterMatch,
  conditions: JSON.stringify(input.conditions),
  filters: JSON.stringify(input.filters),
  actions: JSON.stringify(input.actions),
  frequency: input.frequency,
  environment: input.environment,
  owner: input.owner,
  status: input.status,
});

/** Stores a new rule; returns it. */
export function insertRule(db: ServerDatabase, projectId: number, input: RuleInput, now: number): RuleRecord {
  const result = db
    .prepare(
      `INSERT INTO alert_rules (project_id, name, action_match, filter_match, conditions, filters, actions, frequency, environment, owner, status, date_created)
       VALUES (@projectId, @name, @actionMatch, @filterMatch, @conditions, @filters, @actions, @frequency, @environment, @owner, @status, @now)`,
    )
    .run({ projectId, now, ...columns(input) });
  return ruleById(db, Number(result.lastInsertRowid))!;
}

/** Overwrites a rule (Sentry's PUT replaces it whole). */
export function updateRule(db: ServerDatabase, id: number, input: RuleInput): RuleRecord {
  db.prepare(
    `UPDATE alert_rules SET name = @name, action_match = @actionMatch, filter_match = @filterMatch, conditions = @conditions, filters = @filters,
       actions = @actions, frequency = @frequency, environment = @environment, owner = @owner, status = @status WHERE id = @id`,
  ).run({ id, ...columns(input) });
  return ruleById(db, id)!;
}

/** Deletes a rule and its frequency state; its firings and deliveries stay in the log. */
export function deleteRule(db: ServerDatabase, id: number): void {
  db.transaction(() => {
    db.prepare('DELETE FROM alert_rule_issues WHERE rule_id = ?').run(id);
    db.prepare('DELETE FROM alert_rules WHERE id = ?').run(id);
  })();
}

/**
 * How a secret is shown: a URL as its scheme, host and first path segment then `/…` (chat
 * webhook URLs carry their credential in the path), anything else as `********`.
 */
export function maskSecret(_kind: ActionKind, name: string, value: string): string {
  if (!name.toLowerCase().endsWith('url')) return '********';
  return maskUrl(value);
}

/** A receiver URL safe to show: user info, query, fragment and every path segment past the first dropped. */
export function maskUrl(value: string): string {
  try {
    const url = new URL(value);
    const [first] = url.pathname.split('/').filter((part) => part !== '');
    return `${url.protocol}//${url.host}${first === undefined ? '/' : `/${first}/…`}`;
  } catch {
    return '…';
  }
}

const CONDITION_NAME: Record<string, string> = {
  [CONDITION.firstSeen]: 'A new issue is created',
  [CONDITION.regression]: 'The issue changes state from resolved to unresolved',
  [CONDITION.eventFrequency]: 'The issue is seen more than {value} times in {interval}',
  [CONDITION.userFrequency]: 'The issue is seen by more than {value} users in {interval}',
};

const FILTER_NAME: Record<string, string> = {
  [FILTER.level]: "The event's level is {match} {level}",
  [FILTER.tag]: "The event's tags match {key} {match} {value}",
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The rule in the shape of Sentry's project rules API, secrets masked. */
export function ruleToApi(rule: RuleRecord, project: ProjectRow): Record<string, unknown> {
  return {
    id: String(rule.id),
    name: rule.name,
    actionMatch: rule.actionMatch,
    filterMatch: rule.filterMatch,
    conditions: rule.conditions.map((condition) => ({ ...condition, name: CONDITION_NAME[condition.id] })),
    filters: rule.filters.map((filter) => ({ ...filter, name: FILTER_NAME[filter.id] })),
    actions: rule.actions.map((action) => {
      const shown: Record<string, unknown> = { id: ACTION_ID[action.kind], kind: action.kind, name: ACTION_NAME[action.kind] };
      if (action.kind === 'webhook') shown.service = 'webhooks';
      for (const field of ACTION_SETTINGS[action.kind]) {
        const value = action.settings[field.name];
        if (value === undefined) continue;
        shown[field.name] = field.secret ? maskSecret(action.kind, field.name, value) : value;
        if (field.secret) shown[`${field.name}Set`] = true;
      }
      if (action.subscriptions) shown.subscriptions = action.subscriptions;
      return shown;
    }),
    frequency: rule.frequency,
    environment: rule.environment,
    owner: rule.owner,
    status: rule.status,
    dateCreated: iso(rule.dateCreated),
    lastTriggered: iso(rule.lastTriggered),
    createdBy: null,
    projects: [project.slug],
    snooze: false,
  };
}
