import { describe, expect, it } from 'vitest';
import { buildContextPanels, type ContextRow, isSensitiveFieldName, MASKED_CONTEXT_VALUE } from '../../../src/core/contexts';
import type { Event } from '../../../src/core/model';
import { makeEvent } from '../breadcrumbs/makeEvent';

const event: Event = makeEvent({
  request: {
    method: 'POST',
    url: 'https://shop.example.com/api/pay',
    query: [
      ['page', '2'],
      ['access_token', 'q-secret'],
    ],
    headers: [
      ['Authorization', 'Bearer abc'],
      ['Content-Type', 'application/json'],
      ['X-Api-Key', 'k-123'],
      ['X-Forwarded-For', '[Filtered]'],
      ['Accept', 'text/html'],
      ['Accept', 'application/json'],
    ],
    cookies: [
      ['sessionid', 's-1'],
      ['theme', 'dark'],
    ],
    data: { amount: 10, card: { last4: '4242' } },
    env: { SERVER_NAME: 'web-1', DB_PASSWORD: 'hunter2' },
  },
  contexts: { device: { type: 'device', model: '[Filtered]', family: 'Pixel' } },
  meta: {
    'request.headers.Content-Type': { rem: [['@custom:filter', 's', 0, 4]] },
    'contexts.device.family': { len: 400 },
    'user.email': { rem: [['@email', 'x']] },
  },
  user: { email: '[Filtered]', id: '7' },
});

const rows = (options = {}): Map<string, ContextRow> =>
  new Map(buildContextPanels(event, options).flatMap((panel) => panel.rows.map((row) => [row.key, row] as const)));

describe('isSensitiveFieldName', () => {
  it.each([
    ['Authorization', true],
    ['Proxy-Authorization', true],
    ['Cookie', true],
    ['Set-Cookie', true],
    ['X-Api-Key', true],
    ['x-auth-token', true],
    ['csrftoken', true],
    ['sessionid', true],
    ['DB_PASSWORD', true],
    ['client_secret', true],
    ['Content-Type', false],
    ['Accept', false],
    ['theme', false],
    ['page', false],
  ])('%s → %s', (name, sensitive) => {
    expect(isSensitiveFieldName(name)).toBe(sensitive);
  });
});

describe('masking request secrets', () => {
  it('masks sensitive headers, cookies, query and env by default and keeps the raw value for reveal', () => {
    const all = rows();
    for (const key of ['request.headers.Authorization', 'request.headers.X-Api-Key', 'request.cookies.sessionid', 'request.query.access_token', 'request.env.DB_PASSWORD']) {
      const row = all.get(key);
      expect(row?.flags).toMatchObject({ masked: true, revealable: true });
      expect(row?.display).toBe(MASKED_CONTEXT_VALUE);
      expect(row?.value).toBe(MASKED_CONTEXT_VALUE);
    }
    expect(all.get('request.headers.Authorization')?.raw).toBe('Bearer abc');
    expect(all.get('request.env.DB_PASSWORD')?.raw).toBe('hunter2');
  });

  it('leaves ordinary values readable', () => {
    const all = rows();
    expect(all.get('request.cookies.theme')).toMatchObject({ display: 'dark', group: 'cookies' });
    expect(all.get('request.query.page')).toMatchObject({ display: '2', group: 'query' });
    expect(all.get('request.env.SERVER_NAME')?.flags.masked).toBeUndefined();
  });

  it('drops the secret when the host disables reveal', () => {
    const row = rows({ allowReveal: false }).get('request.headers.Authorization');
    expect(row?.flags).toMatchObject({ masked: true, revealable: false });
    expect(row?.raw).toBeUndefined();
    expect(JSON.stringify(buildContextPanels(event, { allowReveal: false }))).not.toContain('Bearer abc');
  });

  it('shows everything when masking is off', () => {
    const row = rows({ maskSensitive: false }).get('request.headers.Authorization');
    expect(row?.flags.masked).toBeUndefined();
    expect(row?.display).toBe('Bearer abc');
  });

  it('takes a custom name rule; secrets in values stay masked', () => {
    const all = rows({ maskSensitive: (name: string) => name === 'theme' });
    expect(all.get('request.cookies.theme')?.flags.masked).toBe(true);
    expect(all.get('request.env.DB_PASSWORD')?.display).toBe('hunter2');
    // "abc" is too short to be a token; the name no longer hides the whole header.
    expect(all.get('request.headers.Authorization')?.display).toBe('Bearer abc');
    // A real bearer token in the value is still a secret under a custom name rule.
    const tokenEvent = makeEvent({ request: { headers: [['Authorization', 'Bearer eyJhbGciOi.eyJzdWIi.c2ln']] } });
    const [request] = buildContextPanels(tokenEvent, { maskSensitive: () => false });
    expect(request?.rows[0]).toMatchObject({ display: 'Bearer [Masked]', raw: 'Bearer eyJhbGciOi.eyJzdWIi.c2ln', flags: { masked: true } });
  });

  it('keeps repeated header names apart', () => {
    const all = rows();
    expect(all.get('request.headers.Accept')?.display).toBe('text/html');
    expect(all.get('request.headers.Accept#2')?.display).toBe('application/json');
  });

  it('lays out the request panel: fields, then query, headers, cookies, env', () => {
    const request = buildContextPanels(event).find((panel) => panel.key === 'request');
    expect(request?.title).toBe('HTTP Request');
    expect(request?.rows.map((row) => row.group ?? row.key).filter((group, i, all) => all.indexOf(group) === i)).toEqual([
      'request.method',
      'request.url',
      'request.data',
      'query',
      'headers',
      'cookies',
      'env',
    ]);
    expect(rows().get('request.data')?.value).toEqual({ amount: 10, card: { last4: '4242' } });
  });
});

describe('scrubbed values', () => {
  it('flags [Filtered] values and does not mask them', () => {
    const all = rows();
    expect(all.get('request.headers.X-Forwarded-For')?.flags).toEqual({ scrubbed: true });
    expect(all.get('device.model')).toMatchObject({ display: '[Filtered]', flags: { scrubbed: true } });
  });

  it('flags values _meta annotates and carries the annotation', () => {
    const all = rows();
    expect(all.get('request.headers.Content-Type')?.flags).toEqual({ scrubbed: true, meta: { rem: [['@custom:filter', 's', 0, 4]] } });
    expect(all.get('device.family')?.flags).toMatchObject({ scrubbed: true, meta: { len: 400 } });
    expect(all.get('device.family')?.display).toBe('Pixel');
    expect(all.get('user.email')?.flags).toMatchObject({ scrubbed: true, meta: { rem: [['@email', 'x']] } });
  });

  it('finds meta under the input snake_case spelling and list positions', () => {
    const snake = makeEvent({
      contexts: { device: { type: 'device', modelId: 'X' } },
      request: { headers: [['Accept', 'a']] },
      tags: [
        { key: 'server', value: '[Filtered]' },
        { key: 'host', value: 'web-1' },
      ],
      meta: { 'contexts.device.model_id': { rem: [] }, 'request.headers[0][1]': { len: 9 }, 'tags[0][1]': { rem: [] } },
    });
    const panels = buildContextPanels(snake);
    const all = new Map(panels.flatMap((panel) => panel.rows.map((row) => [row.key, row] as const)));
    expect(all.get('device.modelId')?.flags.scrubbed).toBe(true);
    expect(all.get('request.headers.Accept')?.flags.meta).toEqual({ len: 9 });
    expect(all.get('tags.server')?.flags).toEqual({ scrubbed: true, meta: { rem: [] } });
    expect(all.get('tags.host')?.flags).toEqual({});
  });

  it('leaves unannotated values unflagged', () => {
    expect(rows().get('user.id')?.flags).toEqual({});
  });
});
