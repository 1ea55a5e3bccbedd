import { useMemo } from 'react';
import { type Event, type Issue, type NormalizeResult, normalizeEvent, normalizeIssueList } from '../core';

/**
 * Any event input (SDK payload, Web API event, webhook body or the canonical model) as a
 * canonical `Event` with the normalizer's problems, memoised per input object. Every
 * component that takes an event reads it through this hook.
 */
export function useNormalizedEvent(input: unknown): NormalizeResult<Event> {
  return useMemo(() => normalizeEvent(input), [input]);
}

/** A list of issues in any input shape as canonical `Issue`s, memoised per list. */
export function useNormalizedIssues(input: unknown): NormalizeResult<Issue[]> {
  return useMemo(() => normalizeIssueList(input), [input]);
}
