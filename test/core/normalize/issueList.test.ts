import { describe, expect, it } from 'vitest';
import { normalizeIssueList, SchemaError } from '../../../src/core';
import { FIXTURES, readJson } from './loadFixtures';

describe('normalizeIssueList', () => {
  it('normalizes every issue of an issues-endpoint response in order', () => {
    const input = readJson(`${FIXTURES}/api/issues-list.json`) as { id: string }[];
    const { value, problems } = normalizeIssueList(input);
    expect(problems).toEqual([]);
    expect(value.map((issue) => issue.id)).toEqual(input.map((issue) => issue.id));
  });

  it('names each problem by the index of its issue', () => {
    const { value, problems } = normalizeIssueList([{ id: '1', title: 'ok', count: '7' }, 42, { id: '3', count: -5 }]);
    expect(value).toHaveLength(3);
    expect(value[0]?.count).toBe(7);
    expect(problems.map((p) => p.path)).toEqual(['[1]', '[2].count']);
  });

  it('reports a value that is not a list at the root and gives no issues', () => {
    expect(normalizeIssueList({ issues: [] })).toEqual({
      value: [],
      problems: [{ path: '$', expected: 'list of issues', found: 'object', action: 'dropped' }],
    });
  });

  it('throws every problem at once in strict mode', () => {
    expect(() => normalizeIssueList([null, 'x'], { strict: true })).toThrow(SchemaError);
  });
});
