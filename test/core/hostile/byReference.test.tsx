import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EventView } from '../../../src/components/EventView';
import { normalizeEvent } from '../../../src/core';
import { PLACEHOLDERS } from '../../../src/core/normalize/plainCopy';
import { UNREADABLE } from '../../../src/core/normalize/reader';
import chained from '../../fixtures/events/sentry/java-chained.json';

// Issue 12, point 4: values the normalizer used to keep by reference (extra, frame vars,
// request.data, contexts' unknown keys, breadcrumb data) are copied as plain data, so nothing
// hostile inside them can throw later, while rendering.

const TRAPS = ['get', 'ownKeys', 'getOwnPropertyDescriptor', 'has', 'getPrototypeOf', 'set', 'defineProperty', 'deleteProperty', 'apply'] as const;
const everyTrapThrows = () =>
  new Proxy({ a: 1 }, Object.fromEntries(TRAPS.map((trap) => [trap, () => { throw new Error(`${trap} trap`); }])) as ProxyHandler<object>);
const throwingGetter = () => Object.defineProperty({ ok: 1 }, 'secret', { enumerable: true, get: () => { throw new Error('getter'); } });
const cycle = () => {
  const a: Record<string, unknown> = { name: 'a' };
  a.self = a;
  a.list = [a, { back: a }];
  return a;
};
const deep = (levels: number) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = { i, value };
  return value;
};
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

// fast-check inspects what it generates, so it generates a recipe and the property builds the value.
const MAKERS: Record<string, () => unknown> = {
  everyTrapThrows,
  throwingGetter,
  cycle,
  revoked,
  deep: () => deep(10_000),
  exotic: () => [1, 2n, Symbol('s'), () => 1, Number.NaN, new Date(0), new Map([[1, 2]])],
};
const hostile = fc.oneof(
  fc.constantFrom(...Object.keys(MAKERS)).map((name) => ({ name })),
  fc.jsonValue().map((json) => ({ json })),
);
const build = (recipe: { name?: string; json?: unknown }) => (recipe.name ? MAKERS[recipe.name]!() : recipe.json);

// Where the hostile value goes: each a spot read as free-form data.
const spots = ['extra', 'frameVars', 'requestData', 'contextKey', 'breadcrumbData', 'unknownTopLevel'] as const;

function eventWith(spot: (typeof spots)[number], value: unknown): Record<string, unknown> {
  type Frames = { exception: { values: { stacktrace: { frames: Record<string, unknown>[] } }[] } };
  const event = structuredClone(chained) as Record<string, unknown> & Frames;
  if (spot === 'extra') event.extra = { hostile: value, fine: 1 };
  if (spot === 'frameVars') {
    const frames = event.exception.values[0]!.stacktrace.frames;
    frames[frames.length - 1]!.vars = { hostile: value };
  }
  if (spot === 'requestData') event.request = { url: 'https://example.com/', data: value };
  if (spot === 'contextKey') event.contexts = { ...(event.contexts as object), app: { app_name: 'shop', hostile: value } };
  if (spot === 'breadcrumbData') event.breadcrumbs = { values: [{ message: 'b', data: { hostile: value } }] };
  if (spot === 'unknownTopLevel') event.hostile_field = value;
  return event;
}

describe('free-form values copied as plain data', () => {
  it('normalizeEvent never throws and EventView renders, whatever hides in free-form values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...spots), hostile, (spot, recipe) => {
        const { value: event } = normalizeEvent(eventWith(spot, build(recipe)));
        // The model is plain data now: JSON can write it, which a cycle or a throwing getter would stop.
        expect(() => JSON.stringify(event)).not.toThrow();
        expect(() => renderToString(<EventView event={event} now={0} />)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('a throwing getter becomes a placeholder and a problem at its path', () => {
    const { value, problems } = normalizeEvent({ message: 'x', extra: { data: throwingGetter() } });
    expect(value.extraData?.data).toEqual({ ok: 1, secret: PLACEHOLDERS.unreadable });
    expect(problems).toContainEqual(expect.objectContaining({ path: 'extra.data.secret', found: UNREADABLE }));
  });

  it('a cycle ends in a placeholder; 10,000 levels stop at the depth cap without recursion', () => {
    const { value, problems } = normalizeEvent({ message: 'x', extra: { loop: cycle(), deep: deep(10_000) } });
    expect((value.extraData?.loop as Record<string, unknown> | undefined)?.self).toBe(PLACEHOLDERS.circular);
    expect(JSON.stringify(value.extraData?.deep)).toContain(PLACEHOLDERS.deep);
    expect(problems.length).toBeGreaterThan(0);
  });
});
