import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getIssueSortOrder, ISSUE_SORTS, resolveIssueSort, sortIssues } from '../../../src/core/issues';
import type { Issue } from '../../../src/core/model';
import { makeIssue } from '../search/makeIssue';

const issues: Issue[] = [
  makeIssue({ id: '9', count: 10, userCount: 3, priority: 'low', firstSeen: '2026-01-02T00:00:00Z', lastSeen: '2026-03-01T00:00:00Z' }),
  makeIssue({ id: '10', count: 50, userCount: 3, priority: 'high', firstSeen: '2026-01-05T00:00:00Z', lastSeen: '2026-02-01T00:00:00Z' }),
  makeIssue({ id: '2', count: 10, userCount: 8, priority: 'high', firstSeen: '2026-01-01T00:00:00Z', lastSeen: '2026-03-01T00:00:00Z' }),
  makeIssue({ id: '7', count: 10, userCount: 1 }),
  makeIssue({ id: '3', count: 50, userCount: 0, priority: 'medium', firstSeen: '2026-01-05T00:00:00Z', lastSeen: '2026-02-01T00:00:00Z' }),
];
const ids = (sorted: Issue[]) => sorted.map((i) => i.id);

describe('sortIssues', () => {
  it.each([
    // Ties on last seen fall back to id, numerically: 2 before 9, 3 before 10.
    ['date', ['2', '9', '3', '10', '7']],
    ['new', ['3', '10', '9', '2', '7']],
    ['freq', ['3', '10', '2', '9', '7']],
    ['user', ['2', '9', '10', '7', '3']],
    ['priority', ['2', '10', '3', '9', '7']],
  ] as const)('%s', (sort, expected) => {
    expect(ids(sortIssues(issues, sort))).toEqual(expected);
  });

  it('leaves the input untouched and gives positions into it', () => {
    const before = ids(issues);
    const order = getIssueSortOrder(issues, 'freq');
    expect(ids(issues)).toEqual(before);
    expect(Array.from(order)).toEqual([4, 1, 2, 0, 3]);
  });

  it('is stable: the order never depends on the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(issues, { minLength: issues.length }), fc.constantFrom(...ISSUE_SORTS.map((s) => s.value)), (shuffled, sort) => {
        expect(ids(sortIssues(shuffled, sort))).toEqual(ids(sortIssues(issues, sort)));
      }),
    );
  });
});

describe('resolveIssueSort', () => {
  it.each([
    ['date', 'date'],
    ['lastSeen', 'date'],
    ['first_seen', 'new'],
    ['events', 'freq'],
    ['times_seen', 'freq'],
    ['Users', 'user'],
    ['priority', 'priority'],
    ['bogus', undefined],
  ])('%s → %s', (name, sort) => {
    expect(resolveIssueSort(name)).toBe(sort);
  });
});

describe('id tie-break', () => {
  // The documented rule, written plainly: numeric ids first, by length then text; others after, as text.
  const numeric = (id: string) => /^\d+$/.test(id);
  const byRule = (a: string, b: string) =>
    numeric(a) !== numeric(b) ? (numeric(a) ? -1 : 1) : numeric(a) && a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;

  it('orders tied issues by id as the rule says, for short, long, zero-padded and text ids', () => {
    const id = fc.oneof(fc.stringMatching(/^[1-9]\d{0,3}$/), fc.stringMatching(/^0\d{0,2}$/), fc.stringMatching(/^[1-9]\d{15,18}$/), fc.stringMatching(/^[a-z0-9-]{1,6}$/));
    fc.assert(
      fc.property(fc.uniqueArray(id, { minLength: 2, maxLength: 40 }), (idList) => {
        const tied = idList.map((value) => makeIssue({ id: value, count: 1, lastSeen: '2026-03-01T00:00:00Z' }));
        expect(ids(sortIssues(tied, 'freq'))).toEqual([...idList].sort(byRule));
      }),
      { numRuns: 300 },
    );
  });
});
