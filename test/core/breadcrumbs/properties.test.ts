import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BREADCRUMB_KINDS, buildBreadcrumbList, formatCrumbTime, getBreadcrumbHaystack } from '../../../src/core/breadcrumbs';
import { type Breadcrumb, LEVELS } from '../../../src/core/model';
import { makeEvent } from './makeEvent';

const breadcrumbArb: fc.Arbitrary<Breadcrumb> = fc.record(
  {
    type: fc.constantFrom('default', 'http', 'navigation', 'error', 'query', 'ui', 'user', 'debug', 'log', 'weird'),
    category: fc.constantFrom('console', 'xhr', 'fetch', 'ui.click', 'navigation', 'sql.query', 'app.logger', ''),
    level: fc.constantFrom(...LEVELS),
    message: fc.string(),
    timestamp: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), fc.string()),
    data: fc.dictionary(fc.string(), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

const optionsArb = fc.record(
  {
    kinds: fc.subarray([...BREADCRUMB_KINDS]),
    levels: fc.subarray([...LEVELS]),
    search: fc.string({ maxLength: 3 }),
    order: fc.constantFrom('newest-first' as const, 'oldest-first' as const),
    includeEvent: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('buildBreadcrumbList properties', () => {
  it('returns exactly the breadcrumbs that pass every filter, in order, and counts facets consistently', () => {
    fc.assert(
      fc.property(fc.array(breadcrumbArb, { maxLength: 40 }), optionsArb, (breadcrumbs, options) => {
        const event = makeEvent({ breadcrumbs });
        const list = buildBreadcrumbList(event, options);
        const rows = list.getSlice(0, list.matched);
        const needle = options.search?.trim().toLowerCase() ?? '';
        const expected = breadcrumbs
          .map((breadcrumb, index) => ({ breadcrumb, index }))
          .filter(({ breadcrumb }) => !needle || getBreadcrumbHaystack(breadcrumb).includes(needle));
        expect(rows.length).toBe(list.matched);
        const crumbRows = rows.filter((row) => !row.isEvent);
        for (const row of crumbRows) {
          expect(expected.some(({ index }) => index === row.index)).toBe(true);
          if (options.kinds?.length) expect(options.kinds).toContain(row.kind);
          if (options.levels?.length) expect(options.levels).toContain(row.level);
        }
        const indices = crumbRows.map((row) => row.index);
        const sorted = [...indices].sort((a, b) => (options.order === 'oldest-first' ? a - b : b - a));
        expect(indices).toEqual(sorted);
        const kindTotal = Object.values(list.kindCounts).reduce((sum, count) => sum + count, 0);
        const levelTotal = Object.values(list.levelCounts).reduce((sum, count) => sum + count, 0);
        expect(kindTotal).toBeGreaterThanOrEqual(list.matched);
        expect(levelTotal).toBeGreaterThanOrEqual(list.matched);
        expect(list.total).toBe(breadcrumbs.length + (options.includeEvent === false ? 0 : 1));
      }),
    );
  });

  it('never throws formatting a breadcrumb time', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), fc.constantFrom('relative' as const, 'absolute' as const), (time, eventTime, mode) => {
        const formatted = formatCrumbTime(time, eventTime, { mode });
        if (formatted) expect(formatted.text.length).toBeGreaterThan(0);
      }),
    );
  });
});
