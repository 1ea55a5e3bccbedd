// Hooks over the alert rule calls of the Sentry client, re-exported by `faultline/hooks`.
export { type AlertTestState, type UseAlertRuleOptions, type UseAlertRuleResult, useAlertRule } from './useAlertRule';
export { type UseAlertRulesOptions, type UseAlertRulesResult, useAlertRules } from './useAlertRules';
export { type UseDeliveryLogOptions, type UseDeliveryLogResult, useDeliveryLog } from './useDeliveryLog';
