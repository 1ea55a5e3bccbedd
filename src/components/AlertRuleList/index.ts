export { AlertRuleList, type AlertRuleListProps } from './AlertRuleList';
export { conditionWords, describeRule, filterWords } from './describeRule';
export { alertRuleListMessages, alertWords } from './messages';
export { ReceiverBadge, type ReceiverBadgeProps } from './ReceiverBadge';
export { AlertRuleRowMenu, type AlertRuleRowMenuProps } from './RuleRowMenu';
