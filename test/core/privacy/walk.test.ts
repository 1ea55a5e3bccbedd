import { describe, expect, it } from 'vitest';
import { buildBreadcrumbList, MASKED, MAX_MASK_DEPTH, maskEntry, maskEvent, maskValue, normalizeEvent } from '../../../src/core';
import { SECRETS, secretsEvent } from '../../../stories/EventView/secretsEvent';

describe('maskValue', () => {
  it('masks values under secret keys, nested objects and arrays included, and keeps the rest', () => {
    const value = {
      db: { host: 'db.internal', password: 'p1', api_key: 'k1' },
      list: [{ token: 't1', id: 3 }, 'plain'],
      credentials: { user: 'svc', pass: 'x', tries: [1, 2] },
      enabled: true,
    };
    expect(maskValue(value)).toEqual({
      db: { host: 'db.internal', password: MASKED, api_key: MASKED },
      list: [{ token: MASKED, id: 3 }, 'plain'],
      credentials: { user: MASKED, pass: MASKED, tries: [MASKED, MASKED] },
      enabled: true,
    });
  });

  it('reads pair lists and tags by their names', () => {
    const pairs = [
      ['Authorization', 'Basic abc'],
      ['Accept', 'text/html'],
    ];
    expect(maskValue(pairs)).toEqual([
      ['Authorization', MASKED],
      ['Accept', 'text/html'],
    ]);
    expect(maskValue([{ key: 'api_token', value: 'v' }, { key: 'os', value: 'linux' }])).toEqual([
      { key: 'api_token', value: MASKED },
      { key: 'os', value: 'linux' },
    ]);
  });

  it('checks every other string and card numbers sent as numbers', () => {
    expect(maskValue({ url: 'https://x.io/?token=abc', card: 4111111111111111, count: 4111 })).toEqual({
      url: `https://x.io/?token=${MASKED}`,
      card: MASKED,
      count: 4111,
    });
  });

  it('masks the whole value when its own key is secret, and keeps Sentry’s [Filtered] and empty values', () => {
    expect(maskValue('hunter2', 'password')).toBe(MASKED);
    expect(maskValue({ a: 1 }, 'DB_PASSWORD')).toEqual({ a: MASKED });
    expect(maskValue({ password: '[Filtered]', token: '' })).toEqual({ password: '[Filtered]', token: '' });
  });

  it('returns the same reference when nothing is secret and copies only the changed branch', () => {
    const clean = { a: { b: [1, 'two'] }, c: 'three' };
    expect(maskValue(clean)).toBe(clean);
    const mixed = { keep: { x: 1 }, change: { password: 'p' } };
    const out = maskValue(mixed) as typeof mixed;
    expect(out).not.toBe(mixed);
    expect(out.keep).toBe(mixed.keep);
    expect(mixed.change.password).toBe('p');
  });

  it('survives deep nesting, cycles, shared branches and throwing getters without overflow', () => {
    let deep: Record<string, unknown> = { password: 'bottom' };
    for (let i = 0; i < 100_000; i++) deep = { next: deep };
    const out = JSON.stringify(maskValue(deep));
    expect(out).not.toContain('bottom');
    expect(out).toContain(MASKED);

    const cycle: Record<string, unknown> = { token: 'tc' };
    cycle.self = cycle;
    expect(JSON.stringify((maskValue(cycle) as Record<string, unknown>).token)).toBe(JSON.stringify(MASKED));

    // 2^60 paths through 60 shared levels: walked once per level, not once per path.
    let shared: Record<string, unknown> = { secret: 's' };
    for (let i = 0; i < 60; i++) shared = { left: shared, right: shared };
    expect(() => maskValue(shared)).not.toThrow();

    const hostile = Object.defineProperty({ ok: 1 }, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(maskValue(hostile)).toEqual({ ok: 1, boom: MASKED });
  });

  it('masks a subtree deeper than the cap whole rather than leaving it unchecked', () => {
    let deep: unknown = 'https://x.io/?token=deep';
    for (let i = 0; i < MAX_MASK_DEPTH + 5; i++) deep = [deep];
    expect(JSON.stringify(maskValue(deep))).not.toContain('deep');
  });

  it('walks huge arrays and objects', () => {
    const big = Array.from({ length: 200_000 }, (_, i) => ({ id: i, token: `t${i}` }));
    const start = performance.now();
    const out = maskValue(big) as { token: string }[];
    expect(out[199_999]?.token).toBe(MASKED);
    // Linear work: a generous bound for a loaded CI machine, far below what a quadratic walk would take.
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});

describe('maskEntry', () => {
  it('tells a whole secret from a secret inside a value, and keeps the original', () => {
    expect(maskEntry('password', 'hunter2')).toEqual({ value: MASKED, original: 'hunter2', masked: true, whole: true });
    expect(maskEntry('url', 'https://x.io/?token=t')).toMatchObject({ value: `https://x.io/?token=${MASKED}`, masked: true, whole: false });
    expect(maskEntry('page', '2')).toMatchObject({ value: '2', masked: false, whole: false });
    expect(maskEntry('password', '[Filtered]')).toMatchObject({ masked: false });
  });
});

describe('maskEvent', () => {
  it('masks every secret of the synthetic event and nothing that is not one', () => {
    const { value: event } = normalizeEvent(secretsEvent);
    const masked = maskEvent(event);
    const text = JSON.stringify(masked);
    for (const [name, secret] of Object.entries(SECRETS)) expect(text, name).not.toContain(secret);
    expect(masked.user).toMatchObject({ id: '42', email: 'ada@example.com', username: 'ada' });
    expect(masked.request?.headers).toContainEqual(['Accept', 'text/html']);
    expect(masked.request?.cookies).toContainEqual(['theme', MASKED]);
    expect(masked.tags).toContainEqual({ key: 'browser', value: 'Chrome 120' });
    expect(masked.exceptions[0]?.stacktrace?.frames[0]?.vars).toEqual({ amount: 1999, api_key: MASKED, currency: 'EUR' });
    // The normalized event itself is untouched: views reveal from it.
    expect(JSON.stringify(event)).toContain(SECRETS.password);
  });

  it('returns the event itself when it holds no secret, and caches per event', () => {
    const { value: event } = normalizeEvent({ event_id: 'a'.repeat(32), message: 'hello', extra: { a: 1 } });
    expect(maskEvent(event)).toBe(event);
    const { value: secret } = normalizeEvent(secretsEvent);
    expect(maskEvent(secret)).toBe(maskEvent(secret));
  });
});

describe('breadcrumb search', () => {
  it('finds no row by a secret it masks, and still finds it by what it shows', () => {
    const { value: event } = normalizeEvent(secretsEvent);
    expect(buildBreadcrumbList(event, { search: SECRETS.password, includeEvent: false }).matched).toBe(0);
    expect(buildBreadcrumbList(event, { search: SECRETS.urlToken, includeEvent: false }).matched).toBe(0);
    expect(buildBreadcrumbList(event, { search: 'orders?token=[masked]', includeEvent: false }).matched).toBe(1);
    expect(buildBreadcrumbList(event, { search: 'login form', includeEvent: false }).matched).toBe(1);
  });
});
