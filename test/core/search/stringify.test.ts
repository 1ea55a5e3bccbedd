import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getIssueQueryChips,
  type IssueFilter,
  parseIssueQuery,
  removeIssueQueryFilter,
  stringifyIssueQuery,
} from '../../../src/core/search';

/** Filters without their spans: what a round trip must preserve. */
const meaning = (filters: IssueFilter[]) => filters.map(({ position: _p, length: _l, ...rest }) => rest);

function roundTrip(query: string) {
  const parsed = parseIssueQuery(query);
  const written = stringifyIssueQuery(parsed.filters, parsed.freeText);
  const reparsed = parseIssueQuery(written);
  return { parsed, written, reparsed };
}

describe('stringifyIssueQuery', () => {
  it.each([
    ['is:unresolved level:error TypeErr', 'is:unresolved level:error TypeErr'],
    ['!browser:"Chrome Mobile"  tags[foo]:[a,"b c"]', '!browser:"Chrome Mobile" tags[foo]:[a, "b c"]'],
    ['count:>=1.5k lastSeen:-24h age:+7d', 'count:>=1500 lastSeen:-24h age:+7d'],
    ['firstSeen:<=2026-01-01T10:00:00Z', 'firstSeen:<=2026-01-01T10:00:00Z'],
    ['key:"say \\"hi\\"" "a b" TypeError:', 'key:"say \\"hi\\"" "a b" "TypeError:"'],
    ['key:""', 'key:""'],
    ['level:[error]', 'level:error'],
  ])('%s → %s', (query, written) => {
    const result = roundTrip(query);
    expect(result.written).toBe(written);
    expect(meaning(result.reparsed.filters)).toEqual(meaning(result.parsed.filters));
    expect(result.reparsed.freeText).toEqual(result.parsed.freeText);
  });
});

describe('chips', () => {
  const query = 'is:unresolved  TypeError !level:[error, fatal] times_seen:>100';

  it('lists filters as chips with their source spans', () => {
    const chips = getIssueQueryChips(parseIssueQuery(query));
    expect(chips).toEqual([
      { filterIndex: 0, key: 'is', negated: false, label: 'is: unresolved', position: 0, length: 13 },
      { filterIndex: 1, key: 'level', negated: true, label: '!level: [error, fatal]', position: 25, length: 21 },
      { filterIndex: 2, key: 'times_seen', negated: false, label: 'times_seen: >100', position: 47, length: 15 },
    ]);
    for (const chip of chips) expect(query.slice(chip.position, chip.position + chip.length)).toMatch(/:/);
  });

  it('removes a filter by index and keeps the rest as typed', () => {
    expect(removeIssueQueryFilter(query, 0)).toBe('TypeError !level:[error, fatal] times_seen:>100');
    expect(removeIssueQueryFilter(query, 1)).toBe('is:unresolved  TypeError times_seen:>100');
    expect(removeIssueQueryFilter(query, 2)).toBe('is:unresolved  TypeError !level:[error, fatal]');
    expect(removeIssueQueryFilter(query, 3)).toBe(query);
    expect(removeIssueQueryFilter('level:error', 0)).toBe('');
  });

  it('numbers filters past an invalid one as parse does', () => {
    const withError = 'times_seen:>abc level:error is:new';
    expect(removeIssueQueryFilter(withError, 0)).toBe('times_seen:>abc is:new');
  });
});

// Generated valid queries: each piece is something the syntax can express.
const word = fc.stringMatching(/^[A-Za-z0-9_.@*-]{1,8}$/);
const anyValue = fc.oneof(word, fc.string({ maxLength: 8 }), fc.constantFrom('a b', 'x"y', 'c,d', '[e]', 'f\\g', ''));
const tagKey = fc.stringMatching(/^[a-z_][a-z0-9_.-]{0,6}$/).filter((key) => !['is', 'has', 'age'].includes(key));
const filterText = fc.oneof(
  fc.tuple(fc.boolean(), fc.constantFrom('level', 'environment', 'release', 'project', 'assigned', 'browser'), fc.array(anyValue, { minLength: 1, maxLength: 3 })),
  fc.tuple(fc.boolean(), tagKey, fc.array(anyValue, { minLength: 1, maxLength: 3 })),
  fc.tuple(fc.boolean(), tagKey.map((key) => `tags[${key}]`), fc.array(anyValue, { minLength: 1, maxLength: 2 })),
);
const quote = (v: string) => `"${v.replace(/[\\"]/g, '\\$&')}"`;
const valueQuery = filterText.map(([negated, key, values]) => `${negated ? '!' : ''}${key}:${values.length === 1 ? quote(values[0]!) : `[${values.map(quote).join(', ')}]`}`);
const numberQuery = fc
  .tuple(fc.constantFrom('times_seen', 'count', 'users', 'user_count'), fc.constantFrom('', '>', '>=', '<', '<='), fc.nat(100000), fc.constantFrom('', 'k'))
  .map(([key, op, n, suffix]) => `${key}:${op}${n}${suffix}`);
const dateQuery = fc.oneof(
  fc.tuple(fc.constantFrom('lastSeen', 'firstSeen', 'age'), fc.constantFrom('-', '+'), fc.nat(999), fc.constantFrom('m', 'h', 'd', 'w')).map(([k, d, n, u]) => `${k}:${d}${n}${u}`),
  fc
    .tuple(fc.constantFrom('last_seen', 'firstSeen'), fc.constantFrom('', '>', '<='), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.boolean())
    .map(([k, op, date, dayOnly]) => `${k}:${op}${dayOnly ? date.toISOString().slice(0, 10) : date.toISOString()}`),
);
const isQuery = fc.constantFrom('is:unresolved', '!is:assigned', 'is:[new, regressed]', 'bookmarks:me', 'has:browser');
const textQuery = fc.oneof(word, anyValue.filter((v) => v.trim() !== '').map(quote));
const validQuery = fc.array(fc.oneof(valueQuery, numberQuery, dateQuery, isQuery, textQuery), { maxLength: 6 }).map((parts) => parts.join(' '));

describe('properties', () => {
  it('parseIssueQuery never throws and its spans stay inside the query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), validQuery, fc.array(fc.constantFrom('"', '[', ']', ':', '!', ',', ' ', 'a', '\\', '>', '-')).map((a) => a.join(''))), (query) => {
        const parsed = parseIssueQuery(query);
        for (const span of [...parsed.tokens, ...parsed.filters, ...parsed.errors]) {
          expect(span.position).toBeGreaterThanOrEqual(0);
          expect(span.position + span.length).toBeLessThanOrEqual(query.length);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('stringify(parse(q)) re-parses to the same filters and text for valid queries', () => {
    fc.assert(
      fc.property(validQuery, (query) => {
        const { parsed, reparsed } = roundTrip(query);
        expect(parsed.errors).toEqual([]);
        expect(reparsed.errors).toEqual([]);
        expect(meaning(reparsed.filters)).toEqual(meaning(parsed.filters));
        expect(reparsed.freeText).toEqual(parsed.freeText);
      }),
      { numRuns: 1000 },
    );
  });
});
