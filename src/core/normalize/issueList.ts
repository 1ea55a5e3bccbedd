import type { Issue, NormalizeOptions, NormalizeResult, Problem } from '../model';
import { SchemaError } from '../model';
import { normalizeIssue } from './normalize';
import { describeValue } from './reader';

/**
 * Normalizes a list of issues (the issues endpoint's response, or canonical issues). Each
 * issue's problems are named by its index (`[3].count`); a value that is not a list is one
 * problem at the root and gives no issues.
 */
export function normalizeIssueList(input: unknown, options?: NormalizeOptions): NormalizeResult<Issue[]> {
  const problems: Problem[] = [];
  const value: Issue[] = [];
  if (!Array.isArray(input)) {
    problems.push({ path: '$', expected: 'list of issues', found: describeValue(input), action: 'dropped' });
  } else {
    input.forEach((item, index) => {
      const result = normalizeIssue(item);
      value.push(result.value);
      for (const problem of result.problems) {
        problems.push({ ...problem, path: problem.path === '$' ? `[${index}]` : `[${index}].${problem.path}` });
      }
    });
  }
  if (options?.strict === true && problems.length > 0) throw new SchemaError(problems);
  return { value, problems };
}
