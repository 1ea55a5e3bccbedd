import type { Issue, NormalizeOptions, NormalizeResult, Problem } from '../model';
import { SchemaError } from '../model';
import { normalizeIssue } from './normalize';
import { appendProblems, describeValue, problemSummary, UNREADABLE } from './reader';

/**
 * Normalizes a list of issues (the issues endpoint's response, or canonical issues). Each
 * issue's problems are named by its index (`[3].count`); a value that is not a list is one
 * problem at the root and gives no issues.
 */
export function normalizeIssueList(input: unknown, options?: NormalizeOptions): NormalizeResult<Issue[]> {
  const problems: Problem[] = [];
  const value: Issue[] = [];
  let omitted = 0;
  let isList = false;
  try {
    isList = Array.isArray(input);
  } catch {
    // A revoked Proxy: not a list anyone can read.
  }
  if (!isList) {
    problems.push({ path: '$', expected: 'list of issues', found: describeValue(input), action: 'dropped' });
  } else {
    const list = input as unknown[];
    let length = 0;
    try {
      length = list.length;
    } catch {
      problems.push({ path: '$', expected: 'list of issues', found: UNREADABLE, action: 'dropped' });
    }
    for (let index = 0; index < length; index++) {
      let item: unknown;
      try {
        item = list[index];
      } catch {
        // A Proxy list whose item threw: that issue is left out, the others still read.
        problems.push({ path: `[${index}]`, expected: 'readable issue', found: UNREADABLE, action: 'dropped' });
        continue;
      }
      const result = normalizeIssue(item);
      value.push(result.value);
      omitted += appendProblems(problems, result.problems, (path) => (path === '$' ? `[${index}]` : `[${index}].${path}`));
    }
  }
  // One capped list for the whole page, not 100 per issue: 10k issues must not mean 1M problems.
  if (omitted > 0) problems.push(problemSummary(omitted));
  if (options?.strict === true && problems.length > 0) throw new SchemaError(problems);
  return { value, problems };
}
