import { randomUUID } from 'node:crypto';
import type { IntegrationInput } from '../../src/core/integrations';
import { toDiscordMessage } from '../../src/core/integrations/discord';
import { toOpsgenieAlert, toOpsgenieClose } from '../../src/core/integrations/opsgenie';
import { toPagerDutyResolve, toPagerDutyTrigger } from '../../src/core/integrations/pagerDuty';
import { type SentryHookKind, toSentryWebhook } from '../../src/core/integrations/sentryWebhookPayload';
import { toSlackMessage } from '../../src/core/integrations/slack';
import { toTeamsMessage } from '../../src/core/integrations/teams';
import { signSentryBody } from '../../src/sentry/signature';
import { DEFAULT_URL } from './ruleIds';
import type { StoredAction } from './ruleInput';

/** Why a delivery is sent. */
export type DeliveryTrigger = 'alert' | 'resolve' | 'assign' | 'test';

/** What a receiver request is built from. */
export interface DeliveryContext {
  trigger: DeliveryTrigger;
  /** The canonical issue and event, for the chat and paging formatters (they mask and escape). */
  input: IntegrationInput;
  /** The issue in the Web API's shape and the stored SDK event, for Sentry webhooks. */
  apiIssue: Record<string, unknown>;
  rawEvent?: Record<string, unknown>;
  issueId: string;
  /** The project the delivery is logged under. */
  projectId: number;
  eventId?: string;
  /** The event opened the issue (webhooks then also send `issue.created`). */
  newIssue: boolean;
  rule: { id?: string; name: string };
  /** Server origin and organization, for the links Sentry puts in an alert's event. */
  links: { baseUrl: string; organization: string; projectSlug: string };
  /** The organization's installation id, the same in every webhook of this server. */
  installationUuid: string;
}

/** One HTTP request to a receiver. */
export interface ReceiverRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** For webhooks, `resource.action`. */
  resource: string | null;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', 'User-Agent': 'faultline-alerts/1' };

/** Dedup key and alias of an issue's incident: one per issue, so a resolve finds it. */
export const incidentKey = (issueId: string) => `faultline-issue-${issueId}`;

async function webhook(action: StoredAction, kind: SentryHookKind, context: DeliveryContext): Promise<ReceiverRequest> {
  const { baseUrl, organization, projectSlug } = context.links;
  const message = toSentryWebhook({
    kind,
    issue: context.apiIssue,
    event: context.rawEvent ?? { event_id: context.eventId, title: context.apiIssue.title, level: context.apiIssue.level },
    eventLinks: {
      issueId: context.issueId,
      issueUrl: `${baseUrl}/api/0/organizations/${organization}/issues/${context.issueId}/`,
      webUrl: `${baseUrl}/organizations/${organization}/issues/${context.issueId}/events/${context.eventId ?? 'latest'}/`,
      url: `${baseUrl}/api/0/projects/${organization}/${projectSlug}/events/${context.eventId ?? ''}/`,
    },
    rule: context.rule,
    installationUuid: context.installationUuid,
    ...(kind === 'issue.resolved' || kind === 'issue.assigned' ? { actor: { type: 'user' as const, id: '1', name: 'Local Developer' } } : {}),
  });
  const body = JSON.stringify(message.body);
  return {
    url: action.settings.url!,
    headers: {
      ...JSON_HEADERS,
      'Request-ID': randomUUID(),
      'Sentry-Hook-Resource': message.resource,
      'Sentry-Hook-Timestamp': String(Math.floor(Date.now() / 1000)),
      'Sentry-Hook-Signature': await signSentryBody(body, action.settings.secret!),
    },
    body,
    resource: kind,
  };
}

const plain = (url: string, payload: unknown, headers: Record<string, string> = {}): ReceiverRequest => ({
  url,
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify(payload),
  resource: null,
});

/**
 * The requests one action sends for one trigger: none when the receiver has nothing to do with
 * it (a chat message on resolve), two for a webhook that fires on a new issue (`issue.created`
 * and `event_alert.triggered`).
 */
export async function receiverRequests(action: StoredAction, context: DeliveryContext): Promise<ReceiverRequest[]> {
  const key = incidentKey(context.issueId);
  const subscribed = (name: string) => action.subscriptions?.includes(name) ?? true;
  switch (action.kind) {
    case 'webhook':
      if (context.trigger === 'resolve') return subscribed('issue.resolved') ? [await webhook(action, 'issue.resolved', context)] : [];
      if (context.trigger === 'assign') return subscribed('issue.assigned') ? [await webhook(action, 'issue.assigned', context)] : [];
      return [
        ...(context.newIssue && subscribed('issue.created') ? [await webhook(action, 'issue.created', context)] : []),
        await webhook(action, 'event_alert.triggered', context),
      ];
    case 'slack':
      return context.trigger === 'alert' || context.trigger === 'test' ? [plain(action.settings.webhookUrl!, toSlackMessage(context.input))] : [];
    case 'msteams':
      return context.trigger === 'alert' || context.trigger === 'test' ? [plain(action.settings.webhookUrl!, toTeamsMessage(context.input))] : [];
    case 'discord':
      return context.trigger === 'alert' || context.trigger === 'test' ? [plain(action.settings.webhookUrl!, toDiscordMessage(context.input))] : [];
    case 'pagerduty': {
      const url = action.settings.url ?? DEFAULT_URL.pagerduty!;
      const routingKey = action.settings.routingKey!;
      if (context.trigger === 'resolve') return [plain(url, toPagerDutyResolve({ routingKey, dedupKey: key }))];
      if (context.trigger === 'assign') return [];
      return [plain(url, toPagerDutyTrigger(context.input, { routingKey, dedupKey: key, source: context.links.projectSlug }))];
    }
    case 'opsgenie': {
      const url = (action.settings.url ?? DEFAULT_URL.opsgenie!).replace(/\/+$/, '');
      const auth = { Authorization: `GenieKey ${action.settings.apiKey!}` };
      if (context.trigger === 'resolve') return [plain(`${url}/${encodeURIComponent(key)}/close?identifierType=alias`, toOpsgenieClose(), auth)];
      if (context.trigger === 'assign') return [];
      return [plain(url, toOpsgenieAlert(context.input, { alias: key }), auth)];
    }
  }
}
