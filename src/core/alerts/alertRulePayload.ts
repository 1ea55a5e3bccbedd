import { ACTION_FIELDS, ACTION_IDS, CONDITION_IDS, FILTER_IDS, LEVEL_NUMBERS } from './alertSentryIds';
import type { AlertAction, AlertCondition, AlertFilter, AlertRule } from './alertModel';

/** A rule as the editor holds it: no id yet when new. */
export type AlertRuleDraft = Omit<AlertRule, 'id' | 'dateCreated' | 'lastTriggered'> & { id?: string };

/** The body Sentry's `POST /rules/` and `PUT /rules/{id}/` take. */
export interface SentryRulePayload {
  name: string;
  actionMatch: string;
  filterMatch: string;
  conditions: Record<string, unknown>[];
  filters: Record<string, unknown>[];
  actions: Record<string, unknown>[];
  frequency: number;
  environment: string | null;
  owner?: string;
  status: string;
}

function conditionBody(condition: AlertCondition): Record<string, unknown> {
  const body: Record<string, unknown> = { id: CONDITION_IDS[condition.kind] };
  if (condition.kind === 'event-frequency' || condition.kind === 'user-frequency') {
    body.value = condition.value;
    body.interval = condition.interval;
    body.comparisonType = 'count';
  }
  return body;
}

function filterBody(filter: AlertFilter): Record<string, unknown> {
  if (filter.kind === 'level') return { id: FILTER_IDS.level, match: filter.match, level: LEVEL_NUMBERS[filter.level] };
  return { id: FILTER_IDS.tag, key: filter.key, match: filter.match, value: filter.value };
}

/**
 * An action's body. A secret the user left blank is not sent, so the server keeps the one it
 * holds; a new one is sent once, in this body only.
 */
function actionBody(action: AlertAction): Record<string, unknown> {
  const body: Record<string, unknown> = { id: ACTION_IDS[action.kind], kind: action.kind };
  if (action.kind === 'webhook') body.service = 'webhooks';
  for (const field of ACTION_FIELDS[action.kind]) {
    const value = field.secret ? action.secrets?.[field.name] : action.settings[field.name];
    if (typeof value === 'string' && value.trim() !== '') body[field.name] = value.trim();
  }
  return body;
}

/** A draft as the body of Sentry's project rules API. */
export function toSentryRulePayload(draft: AlertRuleDraft): SentryRulePayload {
  return {
    name: draft.name.trim(),
    actionMatch: draft.conditionMatch,
    filterMatch: draft.filterMatch,
    conditions: draft.conditions.map(conditionBody),
    filters: draft.filters.map(filterBody),
    actions: draft.actions.map(actionBody),
    frequency: draft.frequency,
    environment: draft.environment === undefined || draft.environment.trim() === '' ? null : draft.environment.trim(),
    ...(draft.owner === undefined ? {} : { owner: draft.owner }),
    status: draft.status,
  };
}

/** A new, empty rule: any new issue, no filters, no actions, at most every 30 minutes. */
export function emptyAlertRuleDraft(): AlertRuleDraft {
  return { name: '', conditionMatch: 'any', filterMatch: 'all', conditions: [{ kind: 'first-seen' }], filters: [], actions: [], frequency: 30, status: 'active' };
}

/** A copy of a rule to save as a new one; its secrets stay on the server with the original. */
export function duplicateAlertRule(rule: AlertRule, name: string): AlertRuleDraft {
  const { id: _id, dateCreated: _created, lastTriggered: _last, ...rest } = rule;
  return { ...rest, name, actions: rule.actions.map((action) => ({ ...action, settings: { ...action.settings }, secretsSet: [] })) };
}
