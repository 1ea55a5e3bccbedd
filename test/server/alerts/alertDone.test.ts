// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSentryWebhook } from '../../../src/sentry/webhook';
import { verifySentrySignature } from '../../../src/sentry/signature';
import { apiFetch, envelopeOf, errorEvent, ingest, startTestServer, type TestServer } from '../helpers';
import { startReceiver, type TestReceiver } from './receiver';

// The "Done when" of issue 16: a rule "new issue, level error" with a webhook and a Slack action,
// an SDK event into the server, both receivers paid within a second, the signature verifies,
// the body parses, and the delivery shows in the log.
const SECRET = 'whsec-local-test-secret';

describe('alert rules: new error issue to a signed webhook and Slack', () => {
  let server: TestServer;
  let webhook: TestReceiver;
  let slack: TestReceiver;
  let rules: string;
  beforeAll(async () => {
    server = await startTestServer();
    webhook = await startReceiver();
    slack = await startReceiver();
    rules = `${server.url}/api/0/projects/faultline/web-frontend/rules/`;
    // The ingestion worker loads its modules at start; one event into the other project (no rules) waits for that.
    await ingest(server.url, '/api/2/envelope/', envelopeOf([errorEvent('Warmup', 'first event', 'warm')]));
  }, 60_000);
  afterAll(async () => {
    await server.cleanUp();
    await webhook.close();
    await slack.close();
  });

  it('delivers both payloads within a second of the event, signed and readable', async () => {
    const created = await apiFetch(rules, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'New errors',
        actionMatch: 'all',
        conditions: [{ id: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition' }],
        filters: [{ id: 'sentry.rules.filters.level.LevelFilter', match: 'eq', level: '40' }],
        actions: [
          { id: 'sentry.rules.actions.notify_event_service.NotifyEventServiceAction', service: 'webhooks', url: `${webhook.url}/hook`, secret: SECRET, subscriptions: [] },
          { id: 'sentry.integrations.slack.notify_action.SlackNotifyServiceAction', webhookUrl: `${slack.url}/services/T0/B0/abcdefghijklmnop` },
        ],
        frequency: 30,
      }),
    });
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string; actions: Record<string, unknown>[] };
    // Secrets never come back in clear.
    expect(JSON.stringify(rule)).not.toContain(SECRET);
    expect(JSON.stringify(rule)).not.toContain('abcdefghijklmnop');
    expect(rule.actions[1]).toMatchObject({ kind: 'slack', webhookUrlSet: true });

    const sent = Date.now();
    const stored = await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('TypeError', 'cart is <b>undefined</b>', 'checkout')]));
    expect(stored.status).toBe(200);
    const [hook] = await webhook.waitFor(1, 1000);
    const [chat] = await slack.waitFor(1, 1000);
    expect(hook!.at - sent).toBeLessThan(1000);
    expect(chat!.at - sent).toBeLessThan(1000);

    expect(hook!.headers['sentry-hook-resource']).toBe('event_alert');
    expect(Number(hook!.headers['sentry-hook-timestamp'])).toBeGreaterThan(Date.now() / 1000 - 10);
    expect(await verifySentrySignature(hook!.body, hook!.headers['sentry-hook-signature'] as string, SECRET)).toBe(true);
    expect(await verifySentrySignature(`${hook!.body} `, hook!.headers['sentry-hook-signature'] as string, SECRET)).toBe(false);
    const parsed = fromSentryWebhook(hook!.body, hook!.headers['sentry-hook-resource'] as string);
    expect(parsed.action).toBe('triggered');
    expect(parsed.triggeredRule).toBe('New errors');
    expect(parsed.events[0]?.exceptions[0]).toMatchObject({ type: 'TypeError', value: 'cart is <b>undefined</b>' });

    const message = JSON.parse(chat!.body) as { text: string; blocks: { type: string }[] };
    expect(message.blocks[0]).toMatchObject({ type: 'header' });
    // Slack markup in event text is escaped, not sent as markup.
    expect(message.text).toContain('cart is &lt;b&gt;undefined&lt;/b&gt;');

    const log = await apiFetch(`${server.url}/api/0/projects/faultline/web-frontend/alert-deliveries/?rule=${rule.id}`);
    const deliveries = (await log.json()) as Record<string, unknown>[];
    expect(deliveries).toHaveLength(2);
    expect(deliveries.map((delivery) => delivery.action).sort()).toEqual(['slack', 'webhook']);
    for (const delivery of deliveries) expect(delivery).toMatchObject({ status: 'success', statusCode: 200, attempt: 1, final: true, responseExcerpt: 'ok', ruleName: 'New errors' });
    const slackRow = deliveries.find((delivery) => delivery.action === 'slack')!;
    expect(slackRow.receiver).toBe(`${slack.url}/services/…`);

    const history = await apiFetch(`${rules}${rule.id}/group-history/`);
    expect((await history.json()) as unknown[]).toEqual([expect.objectContaining({ count: 1, group: expect.objectContaining({ title: expect.stringContaining('TypeError') }) })]);
  });

  it('does not alert again for a second event of the same issue (first seen only)', async () => {
    await ingest(server.url, '/api/1/envelope/', envelopeOf([errorEvent('TypeError', 'cart is <b>undefined</b>', 'checkout')]));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(webhook.received).toHaveLength(1);
    expect(slack.received).toHaveLength(1);
  });
});
