import type { AlertActionField, AlertActionKind, AlertConditionKind, AlertLevel } from './alertModel';

/** Sentry's condition ids, by the kind this kit calls them. */
export const CONDITION_IDS: Record<AlertConditionKind, string> = {
  'first-seen': 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition',
  regression: 'sentry.rules.conditions.regression_event.RegressionEventCondition',
  'event-frequency': 'sentry.rules.conditions.event_frequency.EventFrequencyCondition',
  'user-frequency': 'sentry.rules.conditions.event_frequency.EventUniqueUserFrequencyCondition',
};

/** Sentry's filter ids. */
export const FILTER_IDS = {
  level: 'sentry.rules.filters.level.LevelFilter',
  tag: 'sentry.rules.filters.tagged_event.TaggedEventFilter',
} as const;

/** Sentry's action ids, by receiver. */
export const ACTION_IDS: Record<AlertActionKind, string> = {
  webhook: 'sentry.rules.actions.notify_event_service.NotifyEventServiceAction',
  slack: 'sentry.integrations.slack.notify_action.SlackNotifyServiceAction',
  msteams: 'sentry.integrations.msteams.notify_action.MsTeamsNotifyServiceAction',
  discord: 'sentry.integrations.discord.notify_action.DiscordNotifyServiceAction',
  pagerduty: 'sentry.integrations.pagerduty.notify_action.PagerDutyNotifyServiceAction',
  opsgenie: 'sentry.integrations.opsgenie.notify_action.OpsgenieNotifyTeamAction',
};

/** Sentry's level filter speaks in the logging module's numbers. */
export const LEVEL_NUMBERS: Record<AlertLevel, string> = { debug: '10', info: '20', warning: '30', error: '40', fatal: '50' };

const field = (name: string, options: Partial<Omit<AlertActionField, 'name'>> = {}): AlertActionField => ({
  name,
  secret: options.secret ?? false,
  url: options.url ?? false,
  required: options.required ?? false,
});

/**
 * What each receiver needs. Chat webhook URLs are credentials (anyone holding one can post),
 * so they are secrets like keys; a plain webhook URL is not, its signing secret is.
 */
export const ACTION_FIELDS: Record<AlertActionKind, AlertActionField[]> = {
  webhook: [field('url', { url: true, required: true }), field('secret', { secret: true, required: true })],
  slack: [field('webhookUrl', { url: true, secret: true, required: true })],
  msteams: [field('webhookUrl', { url: true, secret: true, required: true })],
  discord: [field('webhookUrl', { url: true, secret: true, required: true })],
  pagerduty: [field('routingKey', { secret: true, required: true }), field('url', { url: true })],
  opsgenie: [field('apiKey', { secret: true, required: true }), field('url', { url: true })],
};
