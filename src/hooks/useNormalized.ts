import { useMemo } from 'react';
import { type Event, type Issue, type NormalizeResult, normalizeEvent, normalizeIssueList } from '../core';

// One normalization per input object for the whole page: EventView hands the same event to
// each section, and a canonical value that came out of the normalizer is taken as it is.
const eventResults = new WeakMap<object, NormalizeResult<Event>>();

/** `normalizeEvent`, cached per input object and per output value. */
export function normalizeEventCached(input: unknown): NormalizeResult<Event> {
  if (typeof input !== 'object' || input === null) return normalizeEvent(input);
  const cached = eventResults.get(input);
  if (cached) return cached;
  const result = normalizeEvent(input);
  eventResults.set(input, result);
  if (!eventResults.has(result.value)) eventResults.set(result.value, { value: result.value, problems: [] });
  return result;
}

/**
 * Any event input (SDK payload, Web API event, webhook body or the canonical model) as a
 * canonical `Event` with the normalizer's problems. Every component that takes an event reads
 * it through this hook; the result is shared by every component given the same object.
 */
export function useNormalizedEvent(input: unknown): NormalizeResult<Event> {
  return useMemo(() => normalizeEventCached(input), [input]);
}

const issueListResults = new WeakMap<object, NormalizeResult<Issue[]>>();

/** `normalizeIssueList`, cached per input list and per output list (a host may pass either back). */
export function normalizeIssueListCached(input: unknown): NormalizeResult<Issue[]> {
  if (typeof input !== 'object' || input === null) return normalizeIssueList(input);
  const cached = issueListResults.get(input);
  if (cached) return cached;
  const result = normalizeIssueList(input);
  issueListResults.set(input, result);
  if (!issueListResults.has(result.value)) issueListResults.set(result.value, { value: result.value, problems: [] });
  return result;
}

/** A list of issues in any input shape as canonical `Issue`s, memoised per list. */
export function useNormalizedIssues(input: unknown): NormalizeResult<Issue[]> {
  return useMemo(() => normalizeIssueListCached(input), [input]);
}
