import { safeHttpUrl } from '../format/safeUrl';
import { ACTION_FIELDS } from './alertSentryIds';
import type { AlertRuleDraft } from './alertRulePayload';

/** Why a draft cannot be saved, in words a message catalog turns into sentences. */
export type AlertRuleProblemCode =
  | 'name-missing'
  | 'name-too-long'
  | 'too-many'
  | 'threshold'
  | 'tag-key-missing'
  | 'no-actions'
  | 'setting-missing'
  | 'url-invalid'
  | 'frequency';

/** One reason a draft cannot be saved, tied to the field that has to change. */
export interface AlertRuleProblem {
  /** The field's path: `name`, `conditions.0.value`, `actions.1.webhookUrl`, `frequency`. */
  field: string;
  code: AlertRuleProblemCode;
}

/** Sentry stores a rule's name in 256 characters. */
export const ALERT_RULE_NAME_LIMIT = 256;
/** The frequency cap's range in minutes: 5 minutes to 30 days, as Sentry offers. */
export const ALERT_FREQUENCY_RANGE = { min: 5, max: 43_200 } as const;
/** Most conditions, filters or actions one rule holds. */
export const ALERT_RULE_PART_LIMIT = 10;

/** Every reason a draft cannot be saved; an empty list means it can. */
export function validateAlertRuleDraft(draft: AlertRuleDraft): AlertRuleProblem[] {
  const problems: AlertRuleProblem[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'name-missing' });
  else if (name.length > ALERT_RULE_NAME_LIMIT) problems.push({ field: 'name', code: 'name-too-long' });
  // No conditions is allowed: the rule then fires on every event its filters pass.
  for (const part of ['conditions', 'filters', 'actions'] as const) {
    if (draft[part].length > ALERT_RULE_PART_LIMIT) problems.push({ field: part, code: 'too-many' });
  }
  draft.conditions.forEach((condition, index) => {
    if (condition.kind !== 'event-frequency' && condition.kind !== 'user-frequency') return;
    const value = condition.value;
    if (value === undefined || !Number.isInteger(value) || value < 1) problems.push({ field: `conditions.${index}.value`, code: 'threshold' });
  });
  draft.filters.forEach((filter, index) => {
    if (filter.kind === 'tag' && filter.key.trim() === '') problems.push({ field: `filters.${index}.key`, code: 'tag-key-missing' });
  });
  if (draft.actions.length === 0) problems.push({ field: 'actions', code: 'no-actions' });
  draft.actions.forEach((action, index) => {
    for (const field of ACTION_FIELDS[action.kind]) {
      const typed = (field.secret ? action.secrets?.[field.name] : action.settings[field.name])?.trim() ?? '';
      const path = `actions.${index}.${field.name}`;
      if (typed === '') {
        if (field.required && !(field.secret && action.secretsSet.includes(field.name))) problems.push({ field: path, code: 'setting-missing' });
      } else if (field.url && safeHttpUrl(typed) === undefined) problems.push({ field: path, code: 'url-invalid' });
    }
  });
  if (!Number.isInteger(draft.frequency) || draft.frequency < ALERT_FREQUENCY_RANGE.min || draft.frequency > ALERT_FREQUENCY_RANGE.max) {
    problems.push({ field: 'frequency', code: 'frequency' });
  }
  return problems;
}
