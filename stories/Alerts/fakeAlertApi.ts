import { ACTION_FIELDS, actionKindOf, maskReceiverUrl } from '../../src/core/alerts';
import { createSentryClient, type SentryClient } from '../../src/sentry';

/** A rule as the fake server stores it: Sentry's wire shape, secrets in clear. */
export type WireRule = Record<string, unknown> & { id: string; name: string; actions: Record<string, unknown>[] };

/** Options of the in-memory alert API used by stories and tests. */
export interface FakeAlertApiOptions {
  rules?: WireRule[];
  deliveries?: Record<string, unknown>[];
  /** Milliseconds each answer waits. @default 0 */
  delay?: number;
  /** Answer every request with this status (500: a broken server). */
  failWith?: number;
  /** Status each test delivery reports. @default 200 */
  testStatus?: number;
  /** Field errors every create and update is refused with (a 400). */
  refuse?: Record<string, string[]>;
}

/** Answers as the local server does: secrets masked, with a `<name>Set` flag. */
function answerRule(rule: WireRule): WireRule {
  return {
    ...rule,
    actions: rule.actions.map((action) => {
      const kind = actionKindOf(action);
      const copy = { ...action };
      for (const field of kind === undefined ? [] : ACTION_FIELDS[kind]) {
        if (!field.secret || typeof copy[field.name] !== 'string') continue;
        copy[field.name] = field.url ? maskReceiverUrl(copy[field.name]) : '********';
        copy[`${field.name}Set`] = true;
      }
      return copy;
    }),
  };
}

const json = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** An in-memory stand-in for the local server's alert endpoints, and a client over it. */
export function createFakeAlertApi(options: FakeAlertApiOptions = {}) {
  const rules: WireRule[] = (options.rules ?? []).map((rule) => ({ ...rule }));
  const deliveries = [...(options.deliveries ?? [])];
  const requests: { method: string; path: string; body: unknown }[] = [];
  let nextId = 100;

  const handle = (method: string, url: URL, body: Record<string, unknown> | undefined): Response => {
    const path = url.pathname.replace(/^\/api\/0\/projects\/[^/]+\/[^/]+/, '');
    if (options.failWith !== undefined) return json(options.failWith, { detail: 'The server failed' });
    if (path === '/rules/' && method === 'GET') return json(200, rules.map(answerRule));
    if ((method === 'POST' || method === 'PUT') && options.refuse !== undefined && path.startsWith('/rules/')) {
      return json(400, { detail: 'Invalid rule', errors: options.refuse });
    }
    if (path === '/rules/' && method === 'POST') {
      if (typeof body?.name !== 'string' || body.name.trim() === '') return json(400, { detail: 'Invalid rule', errors: { name: ['This field may not be blank.'] } });
      const rule = { ...body, id: String(nextId++), dateCreated: '2026-12-03T12:00:00Z' } as unknown as WireRule;
      rules.push(rule);
      return json(201, answerRule(rule));
    }
    const ruleMatch = /^\/rules\/([^/]+)\/$/.exec(path);
    if (ruleMatch) {
      const index = rules.findIndex((rule) => rule.id === ruleMatch[1]);
      if (index < 0) return json(404, { detail: 'The requested resource does not exist' });
      if (method === 'DELETE') {
        rules.splice(index, 1);
        return json(202);
      }
      if (method === 'PUT') {
        const old = rules[index] as WireRule;
        const actions = ((body?.actions ?? []) as Record<string, unknown>[]).map((action, position) => {
          const kind = actionKindOf(action);
          const previous = old.actions[position] ?? {};
          const kept = { ...action };
          for (const field of kind === undefined ? [] : ACTION_FIELDS[kind]) {
            if (field.secret && kept[field.name] === undefined && previous[field.name] !== undefined) kept[field.name] = previous[field.name];
          }
          return kept;
        });
        rules[index] = { ...old, ...body, actions, id: old.id } as WireRule;
      }
      return json(200, answerRule(rules[index] as WireRule));
    }
    if (path === '/alert-deliveries/') {
      const rule = url.searchParams.get('rule');
      const status = url.searchParams.get('status');
      return json(200, deliveries.filter((item) => (rule === null || item.ruleId === rule) && (status === null || item.status === status)));
    }
    if (path === '/rule-actions/' && method === 'POST') {
      const code = options.testStatus ?? 200;
      const made = ((body?.actions ?? []) as Record<string, unknown>[]).map((action) => ({
        id: String(nextId++),
        action: actionKindOf(action) ?? 'unknown',
        receiver: maskReceiverUrl(action.url ?? action.webhookUrl ?? 'https://events.pagerduty.com/v2/enqueue'),
        status: code < 300 ? 'success' : 'failed',
        statusCode: code,
        durationMs: 42,
        attempt: 1,
        test: true,
        responseExcerpt: code < 300 ? 'ok' : 'invalid_payload',
        dateCreated: '2026-12-03T12:00:00Z',
      }));
      deliveries.unshift(...made);
      return json(200, { deliveries: made });
    }
    return json(404, { detail: 'The requested resource does not exist' });
  };

  const client: SentryClient = createSentryClient({
    baseUrl: 'https://sentry.fake',
    retry: { retries: 0 },
    fetch: async (input, init) => {
      const url = new URL(input);
      const body = typeof init.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined;
      const method = String(init.method ?? 'GET');
      requests.push({ method, path: url.pathname + url.search, body });
      if (options.delay) await new Promise((resolve) => setTimeout(resolve, options.delay));
      return handle(method, url, body);
    },
  });
  return { client, rules, deliveries, requests };
}
