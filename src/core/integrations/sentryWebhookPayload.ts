/** The integration-platform webhooks Faultline sends, as `resource.action`. */
export type SentryHookKind = 'issue.created' | 'issue.resolved' | 'issue.assigned' | 'event_alert.triggered';

/** What a webhook is about: Sentry-shaped issue and event objects, as the Web API answers them. */
export interface SentryWebhookInput {
  kind: SentryHookKind;
  /** The issue in the Web API's shape (`id`, `shortId`, `title`, `status`…). Required for `issue.*`. */
  issue?: Record<string, unknown>;
  /** The event (SDK or API shape). Required for `event_alert.triggered`. */
  event?: Record<string, unknown>;
  /** Links Sentry adds to an alert's event. */
  eventLinks?: { issueId?: string; issueUrl?: string; webUrl?: string; url?: string };
  /** The rule's name (`data.triggered_rule`) and id. */
  rule?: { id?: string; name: string };
  /** The installation's uuid, which tells a receiver which organization sent it. */
  installationUuid: string;
  /** Who did it: the server for alerts, a user for resolve and assign. @default the application */
  actor?: { type: 'user' | 'application'; id: string; name: string };
}

/** A webhook ready to sign and send: its `Sentry-Hook-Resource` and its JSON body. */
export interface SentryWebhookMessage {
  resource: 'issue' | 'event_alert';
  action: 'created' | 'resolved' | 'assigned' | 'triggered';
  body: {
    action: string;
    installation: { uuid: string };
    actor: { type: string; id: string; name: string };
    data: Record<string, unknown>;
  };
}

/**
 * A webhook body as Sentry's integration platform sends it (`action`, `installation`, `actor`,
 * `data.issue`, or `data.event` with `triggered_rule` and `issue_alert`), so `fromSentryWebhook`
 * and any receiver written for Sentry read it. Throws a `TypeError` when the part the kind needs
 * is missing: that is a caller's bug, not input to survive.
 */
export function toSentryWebhook(input: SentryWebhookInput): SentryWebhookMessage {
  const [resource, action] = input.kind.split('.') as [SentryWebhookMessage['resource'], SentryWebhookMessage['action']];
  const actor = input.actor ?? { type: 'application', id: 'faultline', name: 'Faultline' };
  let data: Record<string, unknown>;
  if (resource === 'issue') {
    if (input.issue === undefined) throw new TypeError(`toSentryWebhook: ${input.kind} needs an issue`);
    data = { issue: { ...input.issue } };
  } else {
    if (input.event === undefined) throw new TypeError(`toSentryWebhook: ${input.kind} needs an event`);
    const links = input.eventLinks ?? {};
    const event: Record<string, unknown> = { ...input.event };
    if (links.issueId !== undefined) event.issue_id = links.issueId;
    if (links.issueUrl !== undefined) event.issue_url = links.issueUrl;
    if (links.webUrl !== undefined) event.web_url = links.webUrl;
    if (links.url !== undefined) event.url = links.url;
    const name = input.rule?.name ?? 'Alert rule';
    data = { event, triggered_rule: name, issue_alert: { title: name, ...(input.rule?.id === undefined ? {} : { id: input.rule.id }), settings: [] } };
  }
  return { resource, action, body: { action, installation: { uuid: input.installationUuid }, actor, data } };
}
