import type { Event, NormalizeResult, Problem } from '../core/model';
import { normalizeEvent } from '../core/normalize';
import { describeValue } from '../core/normalize/reader';

/**
 * Normalizes a list of events (an issue's events endpoint, short or full form). Each event's
 * problems are named by its index (`[2].timestamp`), as `normalizeIssueList` names issues.
 */
export function normalizeEventList(input: unknown): NormalizeResult<Event[]> {
  const problems: Problem[] = [];
  const value: Event[] = [];
  if (!Array.isArray(input)) {
    problems.push({ path: '$', expected: 'list of events', found: describeValue(input), action: 'dropped' });
    return { value, problems };
  }
  input.forEach((item, index) => {
    const result = normalizeEvent(item);
    value.push(result.value);
    for (const problem of result.problems) {
      problems.push({ ...problem, path: problem.path === '$' ? `[${index}]` : `[${index}].${problem.path}` });
    }
  });
  return { value, problems };
}
