import type { Event, NormalizeResult, Problem } from '../core/model';
import { normalizeEvent } from '../core/normalize';
import { appendProblems, describeValue, problemSummary, UNREADABLE } from '../core/normalize/reader';

/**
 * Normalizes a list of events (an issue's events endpoint, short or full form). Each event's
 * problems are named by its index (`[2].timestamp`), as `normalizeIssueList` names issues, in
 * one list capped as the normalizers cap theirs, with a count of the rest. Never throws.
 */
export function normalizeEventList(input: unknown): NormalizeResult<Event[]> {
  const problems: Problem[] = [];
  const value: Event[] = [];
  let isList = false;
  try {
    isList = Array.isArray(input);
  } catch {
    // A revoked Proxy: not a list anyone can read.
  }
  if (!isList) {
    problems.push({ path: '$', expected: 'list of events', found: describeValue(input), action: 'dropped' });
    return { value, problems };
  }
  const list = input as unknown[];
  let length = 0;
  try {
    length = list.length;
  } catch {
    problems.push({ path: '$', expected: 'list of events', found: UNREADABLE, action: 'dropped' });
  }
  let omitted = 0;
  for (let index = 0; index < length; index++) {
    let item: unknown;
    try {
      item = list[index];
    } catch {
      // A Proxy list whose item threw: that event is left out, the others still read.
      omitted += appendProblems(problems, [{ path: '$', expected: 'readable event', found: UNREADABLE, action: 'dropped' }], () => `[${index}]`);
      continue;
    }
    const result = normalizeEvent(item);
    value.push(result.value);
    omitted += appendProblems(problems, result.problems, (path) => (path === '$' ? `[${index}]` : `[${index}].${path}`));
  }
  // One capped list for the page, not one per event: 10k bad events must not mean 1M problems.
  if (omitted > 0) problems.push(problemSummary(omitted));
  return { value, problems };
}
