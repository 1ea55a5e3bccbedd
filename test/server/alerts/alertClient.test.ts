// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryClient } from '../../../src/sentry';
import { startTestServer, type TestServer } from '../helpers';
import { startReceiver, type TestReceiver } from './receiver';
import { sendError } from './alertSetup';

// The kit's own client calls (src/sentry/alertRules.ts, what the alert components use) against
// this server: the two sides of the wire contract in server/alerts/README.md agree.
describe('alert rules through the SentryClient', () => {
  let server: TestServer;
  let receiver: TestReceiver;
  beforeAll(async () => {
    server = await startTestServer();
    receiver = await startReceiver();
  }, 60_000);
  afterAll(async () => {
    await server.cleanUp();
    await receiver.close();
  });

  it('creates, lists, edits, tests and reads the history and log of a rule', async () => {
    const client = createSentryClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${server.apiToken}` } });
    const project = { organization: 'faultline', project: 'web-frontend' };
    const created = await client.createAlertRule({
      ...project,
      rule: {
        name: 'Client rule',
        conditionMatch: 'any',
        filterMatch: 'all',
        conditions: [{ kind: 'first-seen' }, { kind: 'event-frequency', value: 10, interval: '1h' }],
        filters: [{ kind: 'level', match: 'gte', level: 'error' }, { kind: 'tag', key: 'browser', match: 'co', value: 'Chrome' }],
        actions: [
          { kind: 'slack', settings: {}, secretsSet: [], secrets: { webhookUrl: `${receiver.url}/slack` } },
          { kind: 'webhook', settings: { url: `${receiver.url}/hook` }, secretsSet: [], secrets: { secret: 'client-secret' } },
        ],
        frequency: 60,
        status: 'active',
      },
    });
    expect(created.problems).toEqual([]);
    expect(created.data).toMatchObject({
      name: 'Client rule',
      conditions: [{ kind: 'first-seen' }, { kind: 'event-frequency', value: 10, interval: '1h' }],
      filters: [{ kind: 'level', match: 'gte', level: 'error' }, { kind: 'tag', key: 'browser', match: 'co', value: 'Chrome' }],
      actions: [
        { kind: 'slack', secretsSet: ['webhookUrl'] },
        { kind: 'webhook', settings: { url: `${receiver.url}/hook` }, secretsSet: ['secret'] },
      ],
      frequency: 60,
    });
    const ruleId = created.data.id;
    // An edit with the secrets left blank keeps them.
    const updated = await client.updateAlertRule({ ...project, ruleId, rule: { ...created.data, name: 'Client rule (edited)', filters: [] } });
    expect(updated.data).toMatchObject({ name: 'Client rule (edited)', filters: [], actions: [{ secretsSet: ['webhookUrl'] }, { secretsSet: ['secret'] }] });
    const list = await client.listAlertRules(project);
    expect(list.data.map((rule) => rule.id)).toEqual([ruleId]);

    const test = await client.sendTestNotification({ ...project, name: 'Try', actions: [{ kind: 'discord', settings: {}, secretsSet: [], secrets: { webhookUrl: `${receiver.url}/discord` } }] });
    expect(test.deliveries).toEqual([expect.objectContaining({ action: 'discord', status: 'success', test: true, attempt: 1 })]);

    await sendError(server.url, 'ClientRuleError');
    await receiver.waitFor(4);
    const history = await client.getAlertRuleHistory({ ...project, ruleId });
    expect(history.data).toEqual([expect.objectContaining({ count: 1, issueTitle: expect.stringContaining('ClientRuleError') })]);
    const log = await client.listAlertDeliveries({ ...project, ruleId });
    // The webhook posts twice for a new issue: issue.created, then event_alert.triggered.
    expect(log.data.map((delivery) => delivery.action).sort()).toEqual(['slack', 'webhook', 'webhook']);
    expect(log.data.every((delivery) => delivery.status === 'success' && delivery.receiver.startsWith('http://127.0.0.1:'))).toBe(true);
    await client.deleteAlertRule({ ...project, ruleId });
    expect((await client.listAlertRules(project)).data).toEqual([]);
  });
});
