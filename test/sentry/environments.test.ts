import { describe, expect, it } from 'vitest';
import { readEnvironmentList } from '../../src/sentry';

describe('readEnvironmentList', () => {
  it("reads Sentry's environment list, keeping ids as strings and the hidden flag", () => {
    expect(readEnvironmentList([{ id: 1, name: 'production' }, { id: '2', name: 'staging', isHidden: true }])).toEqual({
      value: [{ id: '1', name: 'production' }, { id: '2', name: 'staging', isHidden: true }],
      problems: [],
    });
  });

  it('drops entries without a name with a problem that names their index, and refuses a non-list', () => {
    const { value, problems } = readEnvironmentList([{ id: 1, name: '' }, null, { name: 'qa' }]);
    expect(value).toEqual([{ id: 'qa', name: 'qa' }]);
    expect(problems.map((p) => [p.path, p.action])).toEqual([['[0]', 'dropped'], ['[1]', 'dropped']]);
    expect(readEnvironmentList({ detail: 'nope' })).toEqual({ value: [], problems: [expect.objectContaining({ path: '', expected: 'array of environments', found: 'object' })] });
  });
});
