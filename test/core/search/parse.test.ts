import { describe, expect, it } from 'vitest';
import { parseIssueQuery } from '../../../src/core/search';

const only = (query: string) => {
  const parsed = parseIssueQuery(query);
  expect(parsed.errors).toEqual([]);
  expect(parsed.filters).toHaveLength(1);
  return parsed.filters[0]!;
};

describe('parseIssueQuery: filters', () => {
  it.each([
    ['is:unresolved', { type: 'value', field: 'is', key: 'is', values: ['unresolved'] }],
    ['level:error', { type: 'value', field: 'level', values: ['error'] }],
    ['assigned:me', { type: 'value', field: 'assigned', values: ['me'] }],
    ['assigned:#backend', { type: 'value', field: 'assigned', values: ['#backend'] }],
    ['assigned:jane@example.com', { type: 'value', field: 'assigned', values: ['jane@example.com'] }],
    ['assigned_to:none', { type: 'value', field: 'assigned', key: 'assigned', values: ['none'] }],
    ['bookmarks:me', { type: 'value', field: 'bookmarks', values: ['me'] }],
    ['environment:production', { type: 'value', field: 'environment', values: ['production'] }],
    ['release:latest', { type: 'value', field: 'release', values: ['latest'] }],
    ['project:pump-station', { type: 'value', field: 'project', values: ['pump-station'] }],
    ['platform:python', { type: 'value', field: 'platform', values: ['python'] }],
    ['status:resolved', { type: 'value', field: 'status', values: ['resolved'] }],
    ['issue.priority:high', { type: 'value', field: 'priority', key: 'issue.priority', values: ['high'] }],
    ['browser:Chrome', { type: 'value', field: 'tag', key: 'browser', values: ['Chrome'] }],
    ['tags[foo]:bar', { type: 'value', field: 'tag', key: 'foo', rawKey: 'tags[foo]', values: ['bar'] }],
    ['tags[level]:bar', { type: 'value', field: 'tag', key: 'level', values: ['bar'] }],
    ['url:http://a.b/c', { type: 'value', field: 'tag', key: 'url', values: ['http://a.b/c'] }],
    ['browser:"Chrome Mobile"', { field: 'tag', values: ['Chrome Mobile'] }],
    ['browser:"say \\"hi\\""', { field: 'tag', values: ['say "hi"'] }],
    ['level:[error, "fatal x",warning]', { field: 'level', values: ['error', 'fatal x', 'warning'] }],
    ['release:app@1.*', { field: 'release', values: ['app@1.*'] }],
    ['times_seen:>100', { type: 'number', field: 'times_seen', operator: '>', value: 100 }],
    ['count:>=1.5k', { type: 'number', field: 'times_seen', key: 'times_seen', rawKey: 'count', operator: '>=', value: 1500 }],
    ['events:10', { type: 'number', field: 'times_seen', operator: '=', value: 10 }],
    ['user_count:<=5', { type: 'number', field: 'user_count', operator: '<=', value: 5 }],
    ['users:<2m', { type: 'number', field: 'user_count', operator: '<', value: 2_000_000 }],
    ['lastSeen:-24h', { type: 'date', field: 'last_seen', date: { kind: 'relative', direction: 'within', amount: 24, unit: 'h' } }],
    ['firstSeen:+7d', { type: 'date', field: 'first_seen', date: { kind: 'relative', direction: 'older', amount: 7, unit: 'd' } }],
    ['age:-14d', { type: 'date', field: 'first_seen', rawKey: 'age', date: { kind: 'relative', amount: 14, unit: 'd' } }],
    ['last_seen:-30m', { field: 'last_seen', date: { unit: 'm', amount: 30 } }],
    ['lastSeen:+2w', { field: 'last_seen', date: { unit: 'w', direction: 'older' } }],
    [
      'lastSeen:>2026-01-01',
      { type: 'date', operator: '>', date: { kind: 'absolute', time: Date.UTC(2026, 0, 1), dayOnly: true, text: '2026-01-01' } },
    ],
    ['lastSeen:<=2026-01-01T10:30:00Z', { operator: '<=', date: { time: Date.UTC(2026, 0, 1, 10, 30), dayOnly: false } }],
    ['firstSeen:>=2026-01-01T10:30', { operator: '>=', date: { time: Date.UTC(2026, 0, 1, 10, 30) } }],
    ['firstSeen:<2026-01-01T12:00:00+02:00', { operator: '<', date: { time: Date.UTC(2026, 0, 1, 10) } }],
  ])('%s', (query, expected) => {
    expect(only(query)).toMatchObject({ negated: false, position: 0, length: query.length, ...expected });
  });

  it('reads negation, keeps spans and splits free text around filters', () => {
    const query = '!level:info TypeError  is:unresolved "cannot read" !oops';
    const parsed = parseIssueQuery(query);
    expect(parsed.errors).toEqual([]);
    expect(parsed.filters.map((f) => [f.key, f.negated, f.position, f.length])).toEqual([
      ['level', true, 0, 11],
      ['is', false, 23, 13],
    ]);
    expect(parsed.freeText).toEqual(['TypeError', 'cannot read', '!oops']);
    expect(parsed.tokens.map((t) => [t.type, t.text, t.position])).toEqual([
      ['filter', '!level:info', 0],
      ['text', 'TypeError', 12],
      ['filter', 'is:unresolved', 23],
      ['text', '"cannot read"', 37],
      ['text', '!oops', 51],
    ]);
    expect(parsed.tokens[2]!.filterIndex).toBe(1);
  });

  it('reads keys case-insensitively and is: values in any case', () => {
    expect(only('LastSeen:-1h')).toMatchObject({ field: 'last_seen', rawKey: 'LastSeen' });
    expect(only('is:Unresolved')).toMatchObject({ field: 'is', values: ['Unresolved'] });
  });

  it('treats a pasted "Type: message" as text, not an empty tag filter', () => {
    const parsed = parseIssueQuery('TypeError: x is undefined');
    expect(parsed.errors).toEqual([]);
    expect(parsed.filters).toEqual([]);
    expect(parsed.freeText).toEqual(['TypeError:', 'x', 'is', 'undefined']);
  });

  it('returns nothing for an empty or blank query', () => {
    for (const query of ['', '   ', '\t\n']) {
      expect(parseIssueQuery(query)).toMatchObject({ filters: [], freeText: [], errors: [], tokens: [] });
    }
  });
});

describe('parseIssueQuery: errors with positions', () => {
  it.each([
    ['level:', { position: 0, length: 6, message: 'Missing value for level' }],
    ['browser:"Chrome', { position: 8, length: 7, message: 'Unterminated quote' }],
    ['"cannot read', { position: 0, length: 12, message: 'Unterminated quote' }],
    ['times_seen:>abc', { position: 12, length: 3, message: expect.stringMatching(/number/) }],
    ['times_seen:"abc"', { position: 12, length: 3 }],
    ['times_seen:>99999999999999999999', { position: 12, length: 20, message: 'times_seen is too large' }],
    ['user_count:', { position: 0, length: 11 }],
    ['lastSeen:-5x', { position: 11, length: 1, message: expect.stringMatching(/time unit "x"/) }],
    ['lastSeen:-5', { position: 11, length: 1 }],
    ['lastSeen:yesterday', { position: 9, length: 9, message: expect.stringMatching(/date/) }],
    ['lastSeen:>2026-02-30', { position: 10, length: 10 }],
    ['lastSeen:>=2026-13-01', { position: 11, length: 10 }],
    ['is:sleeping', { position: 3, length: 8, message: expect.stringMatching(/Unknown value "sleeping" for is/) }],
    ['is:[resolved, nope]', { position: 14, length: 4 }],
    ['level:[error, warning', { position: 6, length: 15, message: expect.stringMatching(/Unterminated list/) }],
    ['level:[error, ]', { position: 14, length: 1, message: 'Empty value in list' }],
    ['level:[error, "fatal', { position: 14, length: 6, message: 'Unterminated quote' }],
    ['times_seen:[1, 2]', { position: 11, length: 6, message: expect.stringMatching(/not a list/) }],
  ])('%s', (query, expected) => {
    const parsed = parseIssueQuery(query);
    expect(parsed.errors[0]).toMatchObject(expected);
    expect(parsed.filters).toEqual([]);
    expect(parsed.tokens.some((t) => t.type === 'invalid')).toBe(true);
  });

  it('keeps the valid filters around an invalid one', () => {
    const parsed = parseIssueQuery('is:unresolved times_seen:>abc level:error');
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.filters.map((f) => f.key)).toEqual(['is', 'level']);
  });

  it('points at a known key left without a value mid-query', () => {
    const parsed = parseIssueQuery('is:unresolved times_seen: x');
    expect(parsed.errors).toEqual([{ position: 14, length: 11, message: 'Missing value for times_seen' }]);
    expect(parsed.freeText).toEqual(['x']);
  });

  it('reports several errors in order', () => {
    const parsed = parseIssueQuery('lastSeen:-5x is:foo level:');
    expect(parsed.errors.map((e) => e.position)).toEqual([11, 16, 20]);
  });
});
