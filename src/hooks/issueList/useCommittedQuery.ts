import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getIssueQueryCompleteness, type IssueQueryCompleteness } from '../../core/search';

/** Options of `useCommittedQuery`. */
export interface UseCommittedQueryOptions {
  /**
   * Waits this long after the last keystroke before a complete query applies; Enter applies at
   * once. @default none: a complete query applies as it is typed
   */
  debounceMs?: number;
  /** Called with each query that applies (not the first). */
  onCommit?: (query: string) => void;
}

/** What `useCommittedQuery` returns. */
export interface CommittedQuery {
  /** The query the results are for: the last complete one. */
  applied: string;
  /** Whether the typed query differs from the applied one (waiting, or incomplete). */
  pending: boolean;
  /** What keeps the typed query from applying, with where. */
  completeness: IssueQueryCompleteness;
  /** Applies the typed query (Enter), or `query` (a removed chip, a cleared search), now; false when it has gaps and so cannot. */
  commit: (query?: string) => boolean;
}

/**
 * Search that commits like a person expects: the typed query applies as soon as it is complete
 * (or after `debounceMs`), a half-typed filter (`browser.name:`, an open quote) keeps the last
 * good result, and `commit` (Enter) applies at once whatever is not broken.
 */
export function useCommittedQuery(typed: string, options: UseCommittedQueryOptions = {}): CommittedQuery {
  const { debounceMs, onCommit } = options;
  const completeness = useMemo(() => getIssueQueryCompleteness(typed), [typed]);
  const [appliedState, setApplied] = useState(() => (completeness.gaps.length === 0 ? typed : ''));
  const live = debounceMs === undefined || debounceMs <= 0;
  // Derived during render rather than in an effect, so typing a complete query filters in the same frame.
  let applied = appliedState;
  if (live && completeness.complete && appliedState !== typed) {
    applied = typed;
    setApplied(typed);
  }

  useEffect(() => {
    if (live || !completeness.complete || typed === appliedState) return;
    const timer = setTimeout(() => setApplied(typed), debounceMs);
    return () => clearTimeout(timer);
  }, [live, completeness.complete, typed, appliedState, debounceMs]);

  const onCommitRef = useRef(onCommit);
  onCommitRef.current = onCommit;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    onCommitRef.current?.(applied);
  }, [applied]);

  const commit = useCallback(
    (query: string = typed) => {
      if (getIssueQueryCompleteness(query).gaps.length > 0) return false;
      setApplied(query);
      return true;
    },
    [typed],
  );

  return { applied, pending: applied !== typed, completeness, commit };
}
