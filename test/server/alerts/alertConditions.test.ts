// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, envelopeOf, errorEvent, ingest, startTestServer, type TestServer } from '../helpers';
import { createOnlyRule, IDS, pause, rulesUrl, sendError } from './alertSetup';
import { startReceiver, type TestReceiver } from './receiver';

// What makes a rule fire: conditions, filters, the frequency cap, and the resolve notices.
describe('alert rules: conditions, filters, frequency and resolve', () => {
  let server: TestServer;
  let receiver: TestReceiver;
  beforeAll(async () => {
    server = await startTestServer({ alertDelivery: { timeoutMs: 500, retryDelaysMs: [50, 100] } });
    receiver = await startReceiver();
    await ingest(server.url, '/api/2/envelope/', envelopeOf([errorEvent('Warmup', 'first event', 'warm')]));
  }, 60_000);
  afterAll(async () => {
    await server.cleanUp();
    await receiver.close();
  });

  const slack = () => [{ kind: 'slack', webhookUrl: `${receiver.url}/slack` }];
  /** How many requests the receiver gets from here on, after a pause for deliveries in flight. */
  async function countAfter(send: () => Promise<void>, settleMs = 300): Promise<number> {
    const before = receiver.received.length;
    await send();
    await pause(settleMs);
    return receiver.received.length - before;
  }
  async function historyOf(rule: string): Promise<{ group: { id: string }; reason: string }[]> {
    return (await (await apiFetch(`${rulesUrl(server.url)}${rule}/history/`)).json()) as { group: { id: string }; reason: string }[];
  }

  it('caps alerts per issue by the rule frequency', async () => {
    const rule = await createOnlyRule(server.url, { conditions: [{ id: IDS.events, value: 0, interval: '1h' }], actions: slack(), frequency: 5 });
    expect(await countAfter(() => sendError(server.url, 'CappedError'))).toBe(1);
    expect(await countAfter(() => sendError(server.url, 'CappedError'))).toBe(0);
    // Another issue has its own cap.
    expect(await countAfter(() => sendError(server.url, 'OtherCappedError'))).toBe(1);
    expect(await historyOf(rule)).toHaveLength(2);
  });

  it('fires when more than N events arrive in the window', async () => {
    await createOnlyRule(server.url, { conditions: [{ id: IDS.events, value: 2, interval: '1m' }], actions: slack() });
    expect(await countAfter(() => sendError(server.url, 'BurstError'), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'BurstError'), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'BurstError'))).toBe(1);
  });

  it('fires when more than M distinct users are affected', async () => {
    await createOnlyRule(server.url, { conditions: [{ id: IDS.users, value: 1, interval: '1h' }], actions: slack() });
    expect(await countAfter(() => sendError(server.url, 'UserError', { user: { id: 'a' } }), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'UserError', { user: { id: 'a' } }), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'UserError', { user: { id: 'b' } }))).toBe(1);
  });

  it('applies level, tag and environment filters', async () => {
    await createOnlyRule(server.url, {
      conditions: [{ id: IDS.firstSeen }],
      filterMatch: 'all',
      filters: [
        { id: IDS.level, match: 'gte', level: 'warning' },
        { id: IDS.tag, key: 'region', match: 'sw', value: 'EU' },
      ],
      environment: 'production',
      actions: slack(),
    });
    const production = { environment: 'production', tags: { region: 'eu-west-1' } };
    expect(await countAfter(() => sendError(server.url, 'InfoLevel', { ...production, level: 'info' }), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'WrongRegion', { ...production, tags: { region: 'us-east-1' } }), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'Staging', { ...production, environment: 'staging' }), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'Matching', { ...production, level: 'fatal' }))).toBe(1);
  });

  it('sends issue.created with the alert, and issue.assigned and issue.resolved later, to a subscribed webhook', async () => {
    const hook = await startReceiver();
    const rule = await createOnlyRule(server.url, { conditions: [{ id: IDS.firstSeen }], actions: [{ id: IDS.webhook, url: `${hook.url}/hook`, secret: 'lifecycle-secret' }] });
    await sendError(server.url, 'LifecycleError');
    await hook.waitFor(2);
    const [firing] = await historyOf(rule);
    const issue = `${server.url}/api/0/organizations/faultline/issues/${firing!.group.id}/`;
    await apiFetch(issue, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ assignedTo: 'me' }) });
    await apiFetch(issue, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'resolved' }) });
    const sent = await hook.waitFor(4);
    const kinds = sent.map((request) => `${request.headers['sentry-hook-resource']}.${JSON.parse(request.body).action}`);
    expect(kinds.slice(0, 2)).toEqual(['issue.created', 'event_alert.triggered']);
    // The two later notices go out independently; either may arrive first.
    expect(kinds.slice(2).sort()).toEqual(['issue.assigned', 'issue.resolved']);
    const body = (kind: string) => JSON.parse(sent[kinds.indexOf(kind)]!.body);
    expect(body('issue.assigned').data.issue.assignedTo).toMatchObject({ type: 'user' });
    expect(body('issue.resolved').data.issue.status).toBe('resolved');
    await hook.close();
  });

  it('fires on a regression, and PagerDuty and Opsgenie are resolved with the issue', async () => {
    const pager = await startReceiver((_index, _request, response) => {
      response.statusCode = 202;
      response.end('{"status":"success"}');
    });
    const rule = await createOnlyRule(server.url, {
      actionMatch: 'any',
      conditions: [{ id: IDS.firstSeen }, { id: IDS.regression }],
      actions: [
        { kind: 'pagerduty', routingKey: 'R0UT1NGKEY0000000000000000000000', url: `${pager.url}/v2/enqueue` },
        { kind: 'opsgenie', apiKey: 'genie-key-1', url: `${pager.url}/v2/alerts` },
      ],
    });
    await sendError(server.url, 'RegressingError');
    await pager.waitFor(2);
    const [firing] = await historyOf(rule);
    const issue = `${server.url}/api/0/organizations/faultline/issues/${firing!.group.id}/`;
    const resolve = await apiFetch(issue, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'resolved' }) });
    expect(resolve.status).toBe(200);
    const sent = await pager.waitFor(4);
    const trigger = JSON.parse(sent.find((request) => request.path === '/v2/enqueue')!.body);
    const close = sent.find((request) => request.path.includes('/close'))!;
    const resolved = JSON.parse(sent.filter((request) => request.path === '/v2/enqueue')[1]!.body);
    expect(trigger).toMatchObject({ event_action: 'trigger', routing_key: 'R0UT1NGKEY0000000000000000000000', payload: { severity: 'error' } });
    expect(resolved).toEqual({ routing_key: 'R0UT1NGKEY0000000000000000000000', event_action: 'resolve', dedup_key: trigger.dedup_key });
    expect(close.path).toBe(`/v2/alerts/faultline-issue-${firing!.group.id}/close?identifierType=alias`);
    expect(close.headers.authorization).toBe('GenieKey genie-key-1');
    // A new event reopens the resolved issue. The first rule's 5-minute cap still holds for the
    // issue (as in Sentry), so a fresh regression-only rule shows the condition.
    const regression = await createOnlyRule(server.url, { conditions: [{ id: IDS.regression }], actions: slack() });
    expect(await countAfter(() => sendError(server.url, 'NotRegressingError'), 150)).toBe(0);
    expect(await countAfter(() => sendError(server.url, 'RegressingError'))).toBe(1);
    expect(await historyOf(regression)).toEqual([expect.objectContaining({ reason: 'regression', group: expect.objectContaining({ id: firing!.group.id }) })]);
    await pager.close();
  });
});
