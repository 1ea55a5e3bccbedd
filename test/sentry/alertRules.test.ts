// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyAlertRuleDraft } from '../../src/core/alerts';
import { createSentryClient } from '../../src/sentry';
import { alertRuleCalls } from '../../src/sentry/alertRules';
import { resolveRetryOptions } from '../../src/sentry/retry';
import { sendRequest } from '../../src/sentry/transport';

interface Sent {
  url: string;
  method: string;
  body: unknown;
}

function fakeApi(answer: (request: Sent) => { status?: number; body?: unknown; headers?: Record<string, string> }) {
  const sent: Sent[] = [];
  const calls = alertRuleCalls((request) =>
    sendRequest(
      {
        baseUrl: 'https://sentry.example/api/0/',
        headers: undefined,
        retry: resolveRetryOptions({ retries: 0 }),
        maxResponseBytes: 1_000_000,
        fetch: async (url, init) => {
          const request = { url, method: String(init.method), body: init.body === undefined ? undefined : JSON.parse(String(init.body)) };
          sent.push(request);
          const { status = 200, body, headers } = answer(request);
          return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
        },
      },
      request,
    ),
  );
  return { calls, sent };
}

const rule = { id: '7', name: 'New errors', actionMatch: 'any', filterMatch: 'all', frequency: 30, conditions: [{ id: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition' }], filters: [], actions: [] };

describe('alert rule calls', () => {
  it('lists rules at /projects/{org}/{project}/rules/ with cursors from Link', async () => {
    const { calls, sent } = fakeApi(() => ({
      body: [rule, { name: 'no id' }],
      headers: { link: '<https://sentry.example/api/0/projects/acme/web/rules/?cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"' },
    }));
    const page = await calls.listAlertRules({ organization: 'acme', project: 'web' });
    expect(sent[0]).toMatchObject({ method: 'GET', url: 'https://sentry.example/api/0/projects/acme/web/rules/' });
    expect(page.data.map((item) => item.id)).toEqual(['7']);
    expect(page.problems).toHaveLength(1);
    expect(page.nextCursor).toBe('0:100:0');
  });

  it('creates with POST and updates with PUT in the API body, deletes with DELETE', async () => {
    const { calls, sent } = fakeApi((request) => (request.method === 'DELETE' ? { status: 204 } : { body: { ...rule, ...(request.body as object), id: '8' } }));
    const draft = { ...emptyAlertRuleDraft(), name: 'Hook', actions: [{ kind: 'webhook' as const, settings: { url: 'http://127.0.0.1:9/h' }, secretsSet: [], secrets: { secret: 's3' } }] };
    const created = await calls.createAlertRule({ organization: 'acme', project: 'web', rule: draft });
    expect(sent[0]?.method).toBe('POST');
    expect(sent[0]?.body).toMatchObject({ name: 'Hook', actionMatch: 'any', actions: [{ url: 'http://127.0.0.1:9/h', secret: 's3' }] });
    expect(created.data).toMatchObject({ id: '8', name: 'Hook', actions: [{ kind: 'webhook', secretsSet: ['secret'] }] });
    await calls.updateAlertRule({ organization: 'acme', project: 'web', ruleId: '8', rule: draft });
    expect(sent[1]).toMatchObject({ method: 'PUT', url: 'https://sentry.example/api/0/projects/acme/web/rules/8/' });
    const removed = await calls.deleteAlertRule({ organization: 'acme', project: 'web', ruleId: '8' });
    expect(removed.status).toBe(204);
  });

  it('refuses path segments that would name another resource', async () => {
    const { calls, sent } = fakeApi(() => ({ body: rule }));
    await expect(calls.getAlertRule({ organization: 'acme', project: 'web', ruleId: '..' })).rejects.toThrow(TypeError);
    await expect(calls.getAlertRule({ organization: 'acme', project: '', ruleId: '1' })).rejects.toThrow(TypeError);
    await calls.getAlertRule({ organization: 'acme', project: 'web', ruleId: 'a/b' });
    expect(sent[0]?.url).toBe('https://sentry.example/api/0/projects/acme/web/rules/a%2Fb/');
  });

  it('reads history, the delivery log with its filters, and test results', async () => {
    const { calls, sent } = fakeApi((request) => {
      if (request.url.includes('group-history')) return { body: [{ group: { id: '1' }, count: 2 }] };
      if (request.url.includes('rule-actions')) return { body: { deliveries: [{ id: 't1', action: 'slack', statusCode: 200, test: true }] } };
      return { body: [{ id: 'd1', action: 'webhook', statusCode: 500, attempt: 3 }] };
    });
    const history = await calls.getAlertRuleHistory({ organization: 'acme', project: 'web', ruleId: '7', statsPeriod: '24h' });
    expect(sent[0]?.url).toBe('https://sentry.example/api/0/projects/acme/web/rules/7/group-history/?statsPeriod=24h');
    expect(history.data).toEqual([{ issueId: '1', count: 2 }]);
    const log = await calls.listAlertDeliveries({ organization: 'acme', project: 'web', ruleId: '7', status: 'failed' });
    expect(sent[1]?.url).toContain('rule=7&status=failed');
    expect(log.data[0]).toMatchObject({ id: 'd1', status: 'failed', attempt: 3 });
    const test = await calls.sendTestNotification({ organization: 'acme', project: 'web', ruleId: '7', actions: [{ kind: 'slack', settings: {}, secretsSet: [], secrets: { webhookUrl: 'http://127.0.0.1:9/s' } }] });
    expect(sent[2]).toMatchObject({ method: 'POST', body: { name: 'Test alert', ruleId: '7', actions: [{ kind: 'slack', webhookUrl: 'http://127.0.0.1:9/s' }] } });
    expect(test.deliveries[0]).toMatchObject({ id: 't1', status: 'success', test: true });
  });
});

describe('createSentryClient', () => {
  it('carries the alert rule calls over its own transport and headers', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const client = createSentryClient({
      baseUrl: 'https://sentry.example',
      headers: { Authorization: 'Bearer t' },
      fetch: async (url, init) => {
        seen.push({ url, auth: new Headers(init.headers).get('authorization') });
        return new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const page = await client.listAlertDeliveries({ organization: 'acme', project: 'web' });
    expect(page.data).toEqual([]);
    expect(seen).toEqual([{ url: 'https://sentry.example/api/0/projects/acme/web/alert-deliveries/', auth: 'Bearer t' }]);
  });
});
