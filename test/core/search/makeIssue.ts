import type { Issue } from '../../../src/core/model';

/** A minimal valid issue with overrides, for search and issue-list tests. */
export function makeIssue(overrides: Partial<Issue> & { id: string }): Issue {
  return {
    schema: 'faultline.issue/1',
    title: `Issue ${overrides.id}`,
    status: 'unresolved',
    count: 1,
    userCount: 1,
    ...overrides,
  };
}
