// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../src/core';
import { DEFAULT_EVENT_LIMITS, trimEvent } from '../../server/trim';

const nested = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

describe('trimEvent', () => {
  it('leaves an event within the limits as it is, with no _meta added', () => {
    const raw = { message: 'fine', extra: { list: [1, 2, 3], nested: nested(10) }, _meta: { message: { '': { rem: [['@password', 's']] } } } };
    const { event, cuts } = trimEvent(raw);
    expect(cuts).toBe(0);
    expect(event).toEqual(raw);
  });

  it('cuts 500,000 levels at the depth limit without recursing, and the kit reads the note', () => {
    const { event } = trimEvent({ message: 'deep', extra: { deep: nested(500_000) } });
    // Stringifying would overflow the stack had the copy kept the depth.
    expect(JSON.stringify(event).length).toBeLessThan(1000);
    // `extra` is level 1 and `deep` level 2: the first container past the limit is the (maxDepth - 1)th `a` (the kit calls `extra` extraData).
    const path = `extraData.deep${'.a'.repeat(DEFAULT_EVENT_LIMITS.maxDepth - 1)}`;
    const { value } = normalizeEvent(JSON.parse(JSON.stringify(event)));
    expect(value.meta?.[path]).toEqual({ rem: [['!limit', 'x']] });
  });

  it('keeps the SDK’s own _meta notes beside its cuts and a __proto__ key as plain data', () => {
    const raw = JSON.parse(
      `{"message":"x","extra":{"__proto__":{"polluted":true},"long":"${'y'.repeat(20_000)}"},"_meta":{"message":{"":{"rem":[["@ip","s"]]}}}}`,
    ) as Record<string, unknown>;
    const { event } = trimEvent(raw);
    const extra = event.extra as Record<string, unknown>;
    expect(Object.hasOwn(extra, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(extra)).toBe(Object.prototype);
    expect(event._meta).toEqual({
      message: { '': { rem: [['@ip', 's']] } },
      extra: { long: { '': { rem: [['!limit', 's']], len: 20_000 } } },
    });
  });

  it('spends its size budget on the exception first and cuts the bulky rest with one note per container', () => {
    const limits = { ...DEFAULT_EVENT_LIMITS, maxBytes: 4_000 };
    const raw = {
      extra: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`key${i}`, 'z'.repeat(100)])),
      exception: { values: [{ type: 'BudgetError', value: 'kept' }] },
    };
    const { event } = trimEvent(raw, limits);
    expect((event.exception as { values: unknown[] }).values).toEqual(raw.exception.values);
    const kept = Object.keys(event.extra as object).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(500);
    expect(event._meta).toEqual({ extra: { '': { len: 500 } } });
  });
});
