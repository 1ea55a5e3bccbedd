export {
  ALERT_ACTION_KINDS,
  ALERT_INTERVALS,
  ALERT_LEVELS,
  type AlertAction,
  type AlertActionField,
  type AlertActionKind,
  type AlertCondition,
  type AlertConditionKind,
  type AlertDelivery,
  type AlertFilter,
  type AlertFilterMatch,
  type AlertInterval,
  type AlertLevel,
  type AlertMatch,
  type AlertNormalized,
  type AlertRule,
  type AlertRuleFiring,
  type AlertRuleStatus,
  type DeliveryStatus,
} from './alertModel';
export { type AlertRuleDraft, duplicateAlertRule, emptyAlertRuleDraft, type SentryRulePayload, toSentryRulePayload } from './alertRulePayload';
export { ACTION_FIELDS, ACTION_IDS, CONDITION_IDS, FILTER_IDS } from './alertSentryIds';
export { maskReceiverUrl, normalizeDelivery, normalizeDeliveryList, normalizeRuleHistory, RESPONSE_EXCERPT_LIMIT } from './normalizeDelivery';
export { actionKindOf, normalizeAlertRule, normalizeAlertRuleList } from './normalizeAlertRule';
export {
  ALERT_FREQUENCY_RANGE,
  ALERT_RULE_PART_LIMIT,
  ALERT_RULE_NAME_LIMIT,
  type AlertRuleProblem,
  type AlertRuleProblemCode,
  validateAlertRuleDraft,
} from './validateAlertRule';
