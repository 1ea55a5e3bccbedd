import type { WireRule } from './fakeAlertApi';

/** Two rules in Sentry's wire shape: a new-error rule to a webhook and Slack, a spike rule to PagerDuty. */
export const sampleRules: WireRule[] = [
  {
    id: '1',
    name: 'New errors to the team',
    actionMatch: 'any',
    filterMatch: 'all',
    frequency: 30,
    environment: 'production',
    status: 'active',
    dateCreated: '2026-11-20T09:00:00Z',
    lastTriggered: '2026-12-03T11:58:00Z',
    conditions: [{ id: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition' }],
    filters: [{ id: 'sentry.rules.filters.level.LevelFilter', match: 'gte', level: '40' }],
    actions: [
      { id: 'sentry.rules.actions.notify_event_service.NotifyEventServiceAction', kind: 'webhook', service: 'webhooks', url: 'http://127.0.0.1:5173/receiver/webhook', secret: 'shh' },
      { id: 'sentry.integrations.slack.notify_action.SlackNotifyServiceAction', kind: 'slack', webhookUrl: 'https://hooks.slack.com/services/T000/B000/XXXX' },
    ],
  },
  {
    id: '2',
    name: 'Checkout spike <script>alert(1)</script>',
    actionMatch: 'all',
    filterMatch: 'all',
    frequency: 60,
    status: 'disabled',
    dateCreated: '2026-11-22T09:00:00Z',
    conditions: [
      { id: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition', value: 100, interval: '1h', comparisonType: 'count' },
      { id: 'sentry.rules.conditions.event_frequency.EventUniqueUserFrequencyCondition', value: 20, interval: '15m', comparisonType: 'count' },
    ],
    filters: [{ id: 'sentry.rules.filters.tagged_event.TaggedEventFilter', key: 'transaction', match: 'sw', value: '/checkout' }],
    actions: [{ id: 'sentry.integrations.pagerduty.notify_action.PagerDutyNotifyServiceAction', kind: 'pagerduty', routingKey: 'R0UT1NGKEY' }],
  },
];

/** Delivery attempts: a success, a retried failure, a time-out. */
export const sampleDeliveries: Record<string, unknown>[] = [
  { id: '31', ruleId: '1', ruleName: 'New errors to the team', action: 'slack', receiver: 'https://hooks.slack.com/services/…', status: 'success', statusCode: 200, durationMs: 84, attempt: 1, final: true, responseExcerpt: 'ok', dateCreated: '2026-12-03T11:58:01Z' },
  { id: '30', ruleId: '1', ruleName: 'New errors to the team', action: 'webhook', receiver: 'http://127.0.0.1:5173/receiver/…', status: 'failed', statusCode: 503, durationMs: 12, attempt: 2, final: false, responseExcerpt: '<html><body>Service Unavailable <img src=x onerror=alert(1)></body></html>', dateCreated: '2026-12-03T11:58:02Z' },
  { id: '29', ruleId: '2', ruleName: 'Checkout spike', action: 'pagerduty', receiver: 'https://events.pagerduty.com/v2/…', status: 'failed', durationMs: 5000, attempt: 3, final: true, error: 'timed out after 5000 ms', dateCreated: '2026-12-03T11:40:00Z' },
];
