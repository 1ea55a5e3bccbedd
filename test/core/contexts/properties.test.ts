import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContextPanels } from '../../../src/core/contexts';
import type { Context, KeyValue } from '../../../src/core/model';
import { makeEvent } from '../breadcrumbs/makeEvent';

const key = fc.string({ minLength: 1, maxLength: 12 });
const contextArb: fc.Arbitrary<Context> = fc.oneof(
  fc.record({ type: fc.constantFrom('device', 'os', 'app', 'gpu', 'culture', 'trace', 'runtime', 'browser') as fc.Arbitrary<'device'>, extra: fc.dictionary(key, fc.jsonValue()) }).chain((base) =>
    fc
      .record({ memorySize: fc.oneof(fc.double(), fc.string()), bootTime: fc.string(), charging: fc.jsonValue(), timezone: fc.string(), name: fc.jsonValue() }, { requiredKeys: [] })
      .map((fields) => ({ ...base, ...fields }) as Context),
  ),
  fc.record({ type: key, data: fc.dictionary(key, fc.jsonValue()) }),
);
const pairs: fc.Arbitrary<KeyValue[]> = fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 5 });

describe('buildContextPanels properties', () => {
  it('never throws and shows every context with every data and extra key as a row', () => {
    fc.assert(
      fc.property(fc.dictionary(key, contextArb), pairs, fc.boolean(), (contexts, headers, allowReveal) => {
        const event = makeEvent({ contexts, request: { headers, cookies: headers } });
        const panels = buildContextPanels(event, { allowReveal });
        for (const [contextKey, context] of Object.entries(contexts)) {
          const panel = panels.find((candidate) => candidate.key === contextKey || candidate.key === `contexts.${contextKey}`);
          expect(panel).toBeDefined();
          const rowKeys = new Set(panel?.rows.map((row) => row.key));
          const bag = 'data' in context ? context.data : context.extra;
          for (const name of Object.keys(bag ?? {})) expect(rowKeys).toContain(`${contextKey}.${name}`);
        }
        const allKeys = panels.flatMap((panel) => panel.rows.map((row) => `${panel.key}|${row.key}`));
        expect(new Set(allKeys).size).toBe(allKeys.length);
        if (!allowReveal) {
          for (const row of panels.flatMap((panel) => panel.rows)) if (row.flags.masked) expect(row.raw).toBeUndefined();
        }
      }),
    );
    // Deep JSON values over 100 runs take seconds when the shared CI machine is busy.
  }, 30_000);
});
