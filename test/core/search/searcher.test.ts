import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/model';
import { compileIssueQuery, createIssueIndex, createIssueSearcher, parseIssueQuery } from '../../../src/core/search';
import { makeIssue } from './makeIssue';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const TITLES = ['TypeError: x is undefined', 'TypeError: y', 'ReferenceError: z', 'Type mismatch', 'Error: type'];
const issues: Issue[] = Array.from({ length: 60 }, (_, i) =>
  makeIssue({
    id: String(i),
    title: TITLES[i % TITLES.length]!,
    level: i % 3 === 0 ? 'error' : 'warning',
    status: i % 4 === 0 ? 'resolved' : 'unresolved',
    count: i * 10,
    lastSeen: new Date(NOW - i * 3_600_000).toISOString(),
    lastRelease: { version: `app@${i % 5}`, dateCreated: new Date(NOW - (i % 5) * 86_400_000).toISOString() },
  }),
);
const index = createIssueIndex(issues);
const context = { now: NOW };
const expected = (query: string, now = NOW) => issues.filter(compileIssueQuery(parseIssueQuery(query), { now, latestRelease: index.latestRelease }));

describe('createIssueIndex', () => {
  it('builds one row per issue and finds the newest release', () => {
    expect(index.rows).toHaveLength(60);
    expect(index.rows[0]!.text).toContain('typeerror: x is undefined');
    expect(index.latestRelease).toBe('app@0');
  });
});

describe('createIssueIndex rows on demand', () => {
  it('builds no row until read, then in slices, and reading rows finishes the rest', () => {
    const lazy = createIssueIndex(issues);
    expect(lazy.ready).toBe(false);
    expect(lazy.buildSome(25)).toBe(false);
    expect(lazy.ready).toBe(false);
    expect(lazy.rows).toHaveLength(60);
    expect(lazy.ready).toBe(true);
    expect(lazy.rows.map((row) => row.text)).toEqual(index.rows.map((row) => row.text));
  });

  it('answers an empty query in the given order without building rows', () => {
    const lazy = createIssueIndex(issues);
    const order = Int32Array.from(issues.keys()).reverse();
    const result = createIssueSearcher(lazy).search('', context, { order });
    expect(lazy.ready).toBe(false);
    expect(result.issues).toEqual([...issues].reverse());
    expect(result.positions).not.toBe(order);
    expect(createIssueSearcher(lazy).search('TypeErr', context).issues).toEqual(expected('TypeErr'));
    expect(lazy.ready).toBe(true);
  });
});

describe('createIssueSearcher', () => {
  it('returns the same matches as the compiled predicate, in index order', () => {
    const searcher = createIssueSearcher(index);
    for (const query of ['', 'TypeErr', 'is:unresolved level:error type', 'times_seen:>200 !level:error', 'release:latest']) {
      const result = searcher.search(query, context);
      expect(result.issues).toEqual(expected(query));
      expect(Array.from(result.positions)).toEqual(result.issues.map((i) => issues.indexOf(i)));
    }
  });

  it('returns the same result object for the same query and context', () => {
    const searcher = createIssueSearcher(index);
    const first = searcher.search('is:unresolved type', context);
    expect(searcher.search('is:unresolved type', { now: NOW })).toBe(first);
    expect(searcher.search('is:unresolved type', { now: NOW, me: { id: '1' } })).not.toBe(first);
  });

  it('ignores a moving now unless the query has a relative date', () => {
    const searcher = createIssueSearcher(index);
    const plain = searcher.search('level:error', context);
    expect(searcher.search('level:error', { now: NOW + 1000 })).toBe(plain);
    const relative = searcher.search('lastSeen:-10h', context);
    const later = searcher.search('lastSeen:-10h', { now: NOW + 5 * 3_600_000 });
    expect(later).not.toBe(relative);
    expect(later.issues).toEqual(expected('lastSeen:-10h', NOW + 5 * 3_600_000));
    expect(later.issues.length).toBeLessThan(relative.issues.length);
  });

  it('narrows from the previous result while typing, with the same answer as a fresh search', () => {
    const searcher = createIssueSearcher(index);
    const steps = ['T', 'Ty', 'Typ', 'Type', 'TypeE', 'TypeEr', 'TypeErr', 'TypeErr level:error', 'Typ level:error', 'Typ'];
    for (const query of steps) expect(searcher.search(query, context).issues).toEqual(expected(query));
  });

  it('lists results in a given display order', () => {
    const order = Int32Array.from(issues.map((_, i) => issues.length - 1 - i));
    const searcher = createIssueSearcher(index);
    const result = searcher.search('level:error', context, { order });
    expect(result.issues).toEqual(expected('level:error').reverse());
    expect(searcher.search('level:error', context)).not.toBe(result);
  });

  it('agrees with a fresh scan for any sequence of queries (narrowing is never wrong)', () => {
    const pieces = ['T', 'y', 'pe', 'Err', ' ', 'is:unresolved', 'level:error', '!level:error', 'times_seen:>100', 'x', '*', '"', 'lastSeen:-5h'];
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), { minLength: 1, maxLength: 8 }), (sequence) => {
        const searcher = createIssueSearcher(index, 4);
        for (const parts of sequence) {
          const query = parts.join('');
          expect(searcher.search(query, context).issues).toEqual(expected(query));
        }
      }),
      { numRuns: 200 },
    );
  });
});
