import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getIssueQueryCompleteness } from '../../../src/core/search';

const gapsOf = (query: string) => getIssueQueryCompleteness(query).gaps.map(({ kind, position, length, key }) => ({ kind, position, length, key }));

describe('getIssueQueryCompleteness', () => {
  it.each(['', 'TypeError', 'is:unresolved level:error', 'browser.name:Chrome', 'tags[os]:"Mac OS"', 'times_seen:>10', 'TypeError: x', 'release:[1.0, 2.0]'])('%j is complete', (query) => {
    expect(getIssueQueryCompleteness(query)).toEqual({ complete: true, gaps: [] });
  });

  it('marks a dotted tag key with no value, which the parser would search as text', () => {
    expect(gapsOf('is:unresolved browser.name:')).toEqual([{ kind: 'missing-value', position: 14, length: 13, key: 'browser.name' }]);
    // In the middle too: `browser.name: Chrome` is a filter missing its value, not a phrase.
    expect(gapsOf('browser.name: Chrome')[0]).toMatchObject({ kind: 'missing-value', key: 'browser.name' });
  });

  it('marks a known key with no value', () => {
    expect(gapsOf('level:')).toEqual([{ kind: 'missing-value', position: 0, length: 6, key: 'level' }]);
  });

  it('marks an operator with nothing after it as a missing value, for tags and counts', () => {
    expect(gapsOf('browser.name:>')).toEqual([{ kind: 'missing-value', position: 0, length: 14, key: 'browser.name' }]);
    expect(gapsOf('times_seen:>')[0]).toMatchObject({ kind: 'missing-value', key: 'times_seen' });
  });

  it('marks an unclosed quote and an unclosed list', () => {
    expect(gapsOf('message:"connection ref')[0]).toMatchObject({ kind: 'unclosed-quote', position: 8, key: 'message' });
    expect(gapsOf('"half a phrase')[0]).toMatchObject({ kind: 'unclosed-quote', position: 0 });
    expect(gapsOf('release:[1.0, 2.0')[0]).toMatchObject({ kind: 'unclosed-list', key: 'release' });
  });

  it('marks an operator a key does not take, keeping the parser wording as detail', () => {
    const [gap] = getIssueQueryCompleteness('times_seen:=>5').gaps;
    expect(gap).toMatchObject({ kind: 'invalid-value', key: 'times_seen' });
    expect(gap?.detail).toMatch(/Expected a number for times_seen/);
  });

  it('lets a trailing `Word:` wait without a mark: it may be pasted text, so Enter applies it', () => {
    expect(getIssueQueryCompleteness('TypeError:')).toEqual({ complete: false, gaps: [] });
    expect(getIssueQueryCompleteness('TypeError: ')).toEqual({ complete: true, gaps: [] });
  });

  it('never throws, and every gap lies inside the query', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (query) => {
        const { complete, gaps } = getIssueQueryCompleteness(query);
        if (gaps.length > 0) expect(complete).toBe(false);
        for (const gap of gaps) {
          expect(gap.position).toBeGreaterThanOrEqual(0);
          expect(gap.position).toBeLessThanOrEqual(query.length);
        }
      }),
    );
  });
});
