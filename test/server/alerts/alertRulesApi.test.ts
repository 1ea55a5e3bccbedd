// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySentrySignature } from '../../../src/sentry/signature';
import { apiFetch, startTestServer, type TestServer } from '../helpers';
import { IDS, rulesUrl } from './alertSetup';
import { startReceiver, type TestReceiver } from './receiver';

const json = (method: string, body: unknown): RequestInit => ({ method, headers: { 'Content-Type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('alert rules API: validation, secrets, tests', () => {
  let server: TestServer;
  let receiver: TestReceiver;
  let rules: string;
  beforeAll(async () => {
    server = await startTestServer();
    receiver = await startReceiver();
    rules = rulesUrl(server.url);
  }, 60_000);
  afterAll(async () => {
    await server.cleanUp();
    await receiver.close();
  });

  it('answers 400 with every reason by path, never 5xx', async () => {
    const response = await apiFetch(
      rules,
      json('POST', {
        name: '',
        actionMatch: 'sometimes',
        conditions: [{ id: IDS.events, value: -1, interval: '2h' }, { id: 'x' }],
        filters: [{ id: IDS.level, match: 'gt', level: '45' }],
        actions: [{ kind: 'slack', webhookUrl: 'javascript:alert(1)' }, { kind: 'webhook', url: 'http://user:pw@127.0.0.1/' }],
        frequency: 1,
      }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { detail: string; errors: Record<string, string[]> };
    expect(Object.keys(body.errors).sort()).toEqual(
      [
        'actionMatch',
        'actions[0].webhookUrl',
        'actions[1].secret',
        'actions[1].url',
        'conditions[0].interval',
        'conditions[0].value',
        'conditions[1].id',
        'filters[0].level',
        'filters[0].match',
        'frequency',
        'name',
      ].sort(),
    );
    expect(body.errors['actions[0].webhookUrl']).toEqual(['only http: and https: URLs']);
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['a prototype key', '{"__proto__": {"name": "x"}, "constructor": 1}'],
    ['actions as an object', { name: 'n', actionMatch: 'all', actions: { length: 1 } }],
    ['a huge name', { name: 'x'.repeat(10_000), actionMatch: 'all', actions: [] }],
  ])('refuses %s with a 400', async (_label, body) => {
    const response = await apiFetch(rules, json('POST', body));
    expect(response.status).toBe(400);
  });

  it('keeps secrets server-side, and a PUT that sends back the masked values keeps them', async () => {
    const created = await apiFetch(
      rules,
      json('POST', {
        name: 'Pager',
        actionMatch: 'any',
        conditions: [{ id: IDS.firstSeen }],
        actions: [
          { kind: 'pagerduty', routingKey: 'secret-routing-key', url: `${receiver.url}/pd` },
          { id: IDS.webhook, url: `${receiver.url}/hook`, secret: 'hook-secret' },
        ],
      }),
    );
    expect(created.status).toBe(201);
    const rule = (await created.json()) as Record<string, unknown> & { id: string; actions: Record<string, unknown>[] };
    expect(rule.actions[0]).toMatchObject({ kind: 'pagerduty', routingKey: '********', routingKeySet: true });
    expect(rule.actions[1]).toMatchObject({ url: `${receiver.url}/hook`, secret: '********', service: 'webhooks' });
    expect(JSON.stringify(rule)).not.toMatch(/secret-routing-key|hook-secret/);
    // The editor sends the rule back as it got it, with a new name.
    const updated = await apiFetch(`${rules}${rule.id}/`, json('PUT', { ...rule, name: 'Pager (renamed)' }));
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ name: 'Pager (renamed)', actions: [{ routingKeySet: true }, { secretSet: true }] });
    // The stored secret still signs: a test notification verifies with it.
    const test = await apiFetch(`${rules}${rule.id}/test/`, { method: 'POST' });
    expect(test.status).toBe(200);
    const { deliveries } = (await test.json()) as { deliveries: Record<string, unknown>[] };
    const hook = receiver.received.find((request) => request.path === '/hook')!;
    expect(await verifySentrySignature(hook.body, String(hook.headers['sentry-hook-signature']), 'hook-secret')).toBe(true);
    expect(deliveries.find((delivery) => delivery.action === 'webhook')).toMatchObject({ test: true, status: 'success', trigger: 'test', resource: 'event_alert.triggered' });
    expect(deliveries.find((delivery) => delivery.action === 'pagerduty')).toMatchObject({ test: true, attempt: 1, final: true, status: 'success' });
    expect(JSON.parse(receiver.received.find((request) => request.path === '/pd')!.body)).toMatchObject({ routing_key: 'secret-routing-key', event_action: 'trigger' });
  }, 20_000);

  it('sends unsaved actions once through rule-actions, with a sample issue on an empty project', async () => {
    const before = receiver.received.length;
    const response = await apiFetch(
      `${server.url}/api/0/projects/faultline/api-backend/rule-actions/`,
      json('POST', { name: 'Try it', actions: [{ kind: 'discord', webhookUrl: `${receiver.url}/api/webhooks/1/token` }, { kind: 'msteams', webhookUrl: `${receiver.url}/teams` }] }),
    );
    expect(response.status).toBe(200);
    const { deliveries } = (await response.json()) as { deliveries: Record<string, unknown>[] };
    expect(deliveries.map((delivery) => delivery.status)).toEqual(['success', 'success']);
    const bodies = receiver.received.slice(before).map((request) => JSON.parse(request.body));
    expect(bodies.find((body) => 'embeds' in body)).toMatchObject({ allowed_mentions: { parse: [] }, embeds: [{ title: expect.stringContaining('test notification') }] });
    expect(bodies.find((body) => body.type === 'message').attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('answers 404 for unknown rules and projects, 405 for other methods', async () => {
    expect((await apiFetch(`${rules}999/`)).status).toBe(404);
    expect((await apiFetch(`${rules}abc/`)).status).toBe(404);
    expect((await apiFetch(`${server.url}/api/0/projects/faultline/nope/rules/`)).status).toBe(404);
    expect((await apiFetch(`${server.url}/api/0/projects/other-org/web-frontend/rules/`)).status).toBe(404);
    expect((await apiFetch(rules, { method: 'PATCH' })).status).toBe(405);
    expect((await fetch(rules)).status).toBe(401);
  });

  it('lists, reads and deletes rules in Sentry\'s shape', async () => {
    const list = (await (await apiFetch(rules)).json()) as Record<string, unknown>[];
    expect(list[0]).toMatchObject({ id: expect.any(String), actionMatch: 'any', filterMatch: 'all', frequency: 30, status: 'active', projects: ['web-frontend'], dateCreated: expect.any(String) });
    expect(list[0]!.conditions).toEqual([{ id: IDS.firstSeen, name: 'A new issue is created' }]);
    const id = list[0]!.id as string;
    expect((await apiFetch(`${rules}${id}/`, { method: 'DELETE' })).status).toBe(202);
    expect((await apiFetch(`${rules}${id}/`)).status).toBe(404);
  });
});
