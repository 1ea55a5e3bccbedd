export { AlertActionFields, type AlertActionFieldsProps } from './ActionFields';
export { AlertRuleEditor, type AlertRuleEditorProps } from './AlertRuleEditor';
export { AlertConditionFields, type AlertConditionFieldsProps } from './ConditionFields';
export { AlertFieldError, type AlertFieldErrorProps } from './FieldError';
export { AlertFilterFields, type AlertFilterFieldsProps } from './FilterFields';
export { type FieldWiring, fieldWiring } from './fieldIds';
export { alertRuleEditorMessages, alertRuleProblemMessages } from './messages';
export { AlertTestNotification, type AlertTestNotificationProps } from './TestNotification';
