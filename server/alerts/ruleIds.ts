// Sentry's ids for the rule parts this server knows, and the readable names responses add.
import { ACTION_IDS, FILTER_IDS } from '../../src/core/alerts/alertSentryIds';

export const CONDITION = {
  firstSeen: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition',
  regression: 'sentry.rules.conditions.regression_event.RegressionEventCondition',
  eventFrequency: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition',
  userFrequency: 'sentry.rules.conditions.event_frequency.EventUniqueUserFrequencyCondition',
} as const;

// The filter and action ids are the kit's own (src/core/alerts/alertSentryIds.ts), so the two never drift.
export const FILTER = FILTER_IDS;

/** The receivers an action posts to. */
export type ActionKind = 'webhook' | 'slack' | 'msteams' | 'discord' | 'pagerduty' | 'opsgenie';

export const ACTION_ID: Readonly<Record<ActionKind, string>> = ACTION_IDS;

export const ACTION_NAME: Readonly<Record<ActionKind, string>> = {
  webhook: 'Send a notification via a signed webhook',
  slack: 'Send a notification to a Slack incoming webhook',
  msteams: 'Send a notification to a Microsoft Teams webhook',
  discord: 'Send a notification to a Discord webhook',
  pagerduty: 'Send a PagerDuty event (Events API v2)',
  opsgenie: 'Send an Opsgenie alert',
};

/** Each kind's settings: which are secrets (masked in answers), which URLs, which required. */
export const ACTION_SETTINGS: Readonly<Record<ActionKind, readonly { name: string; secret: boolean; url: boolean; required: boolean }[]>> = {
  webhook: [
    { name: 'url', secret: false, url: true, required: true },
    { name: 'secret', secret: true, url: false, required: true },
  ],
  slack: [{ name: 'webhookUrl', secret: true, url: true, required: true }],
  msteams: [{ name: 'webhookUrl', secret: true, url: true, required: true }],
  discord: [{ name: 'webhookUrl', secret: true, url: true, required: true }],
  pagerduty: [
    { name: 'routingKey', secret: true, url: false, required: true },
    { name: 'url', secret: false, url: true, required: false },
  ],
  opsgenie: [
    { name: 'apiKey', secret: true, url: false, required: true },
    { name: 'url', secret: false, url: true, required: false },
  ],
};

export const DEFAULT_URL: Partial<Record<ActionKind, string>> = {
  pagerduty: 'https://events.pagerduty.com/v2/enqueue',
  opsgenie: 'https://api.opsgenie.com/v2/alerts',
};

/** Sentry's level filter speaks in the logging module's numbers. */
export const LEVEL_NUMBER: Readonly<Record<string, number>> = { debug: 10, info: 20, warning: 30, error: 40, fatal: 50 };

/** Frequency windows in milliseconds. */
export const INTERVAL_MS: Readonly<Record<string, number>> = {
  '1m': 60_000,
  '5m': 300_000,
  '15m': 900_000,
  '1h': 3_600_000,
  '1d': 86_400_000,
  '1w': 604_800_000,
  '30d': 2_592_000_000,
};

export const WEBHOOK_SUBSCRIPTIONS = ['issue.created', 'issue.resolved', 'issue.assigned'] as const;
