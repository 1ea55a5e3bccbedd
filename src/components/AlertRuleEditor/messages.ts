import type { AlertActionKind, AlertConditionKind, AlertRuleProblemCode } from '../../core/alerts';

/** Strings of `AlertRuleEditor`. */
export const alertRuleEditorMessages = {
  label: (name: string) => (name === '' ? 'New alert rule' : `Alert rule ${name}`),
  name: 'Rule name',
  active: 'Active',
  when: 'When',
  conditionMatch: 'Conditions that must hold',
  matchOptions: { any: 'Any of these', all: 'All of these', none: 'None of these' },
  filterMatch: 'Filters that must pass',
  conditionKind: (n: number) => `Condition ${n}`,
  conditionKinds: {
    'first-seen': 'A new issue is created',
    regression: 'An issue regresses',
    'event-frequency': 'An issue has more than N events',
    'user-frequency': 'An issue affects more than N users',
  } satisfies Record<AlertConditionKind, string>,
  threshold: (n: number) => `Threshold of condition ${n}`,
  interval: (n: number) => `Window of condition ${n}`,
  addCondition: 'Add a condition',
  removeCondition: (n: number) => `Remove condition ${n}`,
  noConditions: 'No condition: every event that passes the filters notifies.',
  if: 'If',
  environment: 'Environment',
  environmentHint: 'Leave empty for every environment.',
  filterKind: (n: number) => `Filter ${n}`,
  filterKinds: { level: 'Event level', tag: 'Event tag' },
  filterMatchOf: (n: number) => `Comparison of filter ${n}`,
  level: (n: number) => `Level of filter ${n}`,
  tagKey: (n: number) => `Tag name of filter ${n}`,
  tagValue: (n: number) => `Tag value of filter ${n}`,
  addFilter: 'Add a filter',
  removeFilter: (n: number) => `Remove filter ${n}`,
  thenLegend: 'Then',
  actionKind: (n: number) => `Receiver of action ${n}`,
  addAction: 'Add an action',
  removeAction: (n: number) => `Remove action ${n}`,
  actionFields: {
    url: 'URL',
    secret: 'Signing secret',
    webhookUrl: 'Webhook URL',
    routingKey: 'Routing key',
    apiKey: 'API key',
  } as Record<string, string>,
  actionField: (field: string, n: number) => `${field} of action ${n}`,
  secretSaved: 'Saved. Leave empty to keep it.',
  frequency: 'Notify at most once per issue every (minutes)',
  save: 'Save rule',
  saving: 'Saving…',
  revert: 'Revert changes',
  cancel: 'Cancel',
  unsaved: 'Unsaved changes',
  saveFailed: (detail: string) => `The rule was not saved: ${detail}`,
  problemsTitle: (count: number) => (count === 1 ? 'One thing to fix before saving:' : `${count} things to fix before saving:`),
  sendTest: 'Send a test notification',
  sendingTest: 'Sending a test notification…',
  testFailed: (detail: string) => `The test notification could not be sent: ${detail}`,
  testNone: 'The server sent nothing: add an action first.',
  testResult: (receiver: string, outcome: string) => `${receiver}: ${outcome}`,
  testOutcome: (status: 'success' | 'failed' | 'pending', code: number | undefined, ms: number | undefined) =>
    `${status === 'success' ? 'delivered' : status === 'pending' ? 'still sending' : 'failed'}${code === undefined ? '' : ` (HTTP ${code})`}${ms === undefined ? '' : ` in ${Math.round(ms)} ms`}`,
};

/** Each problem as a sentence about its field. */
export const alertRuleProblemMessages: Record<AlertRuleProblemCode, string> = {
  'name-missing': 'Give the rule a name.',
  'name-too-long': 'Shorten the name to 256 characters or fewer.',
  'too-many': 'A rule holds at most 10 of these; remove some.',
  threshold: 'Enter a whole number of at least 1.',
  'tag-key-missing': 'Enter the tag name to compare.',
  'no-actions': 'Add at least one action, or the rule notifies no one.',
  'setting-missing': 'Fill this in: the receiver needs it.',
  'url-invalid': 'Enter a full http:// or https:// address.',
  frequency: 'Enter a whole number of minutes from 5 to 43200 (30 days).',
};

/** The receiver picked for a new action. */
export const DEFAULT_ACTION_KIND: AlertActionKind = 'webhook';
