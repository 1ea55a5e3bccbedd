import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Issue } from '../../core/model';
import { getIssueSortOrder, type IssueSort } from '../../core/issues';
import {
  createIssueIndex,
  createIssueSearcher,
  getIssueQueryChips,
  getIssueQueryCompletions,
  type IssueIndex,
  type IssueQueryChip,
  type IssueQueryCompletions,
  type IssueQueryError,
  type IssueSearchResult,
  type IssueSearchViewer,
  removeIssueQueryFilter,
} from '../../core/search';

/** What `useIssueSearch` derives from a list, a query and a sort. */
export interface IssueSearchState {
  index: IssueIndex;
  /** The search shown: for the query, or for the last query that parsed when it does not. */
  result: IssueSearchResult;
  /** Errors of the query as typed; empty when it parses. */
  errors: IssueQueryError[];
  /** Whether `result` is for an earlier query because the current one does not parse. */
  stale: boolean;
  chips: IssueQueryChip[];
  /** The query with one chip's filter taken out. */
  withoutFilter: (filterIndex: number) => string;
  /** Completions for the word at `cursor` of the current query. */
  getCompletions: (cursor: number) => IssueQueryCompletions;
}

/**
 * The core searcher over memoised index and sort order, the path `bench/hooks.ts` measures:
 * the index is built once per list, the order once per list and sort, and each keystroke
 * only runs the (cached, narrowing) search.
 */
export function useIssueSearch(
  issues: readonly Issue[],
  query: string,
  sort: IssueSort,
  now: number,
  me: IssueSearchViewer | undefined,
): IssueSearchState {
  const index = useMemo(() => createIssueIndex(issues), [issues]);
  useIndexWhenIdle(index);
  const searcher = useMemo(() => createIssueSearcher(index), [index]);
  // One order per sort and list: switching back to a sort costs nothing.
  const orders = useMemo(() => ({ issues, bySort: new Map<IssueSort, Int32Array>() }), [issues]);
  const order = orders.bySort.get(sort) ?? orders.bySort.set(sort, getIssueSortOrder(issues, sort)).get(sort)!;
  // Viewers are often passed inline; key the context on content so the searcher's cache holds.
  const meKey = JSON.stringify(me ?? null);
  const context = useMemo(() => ({ now, me: JSON.parse(meKey) ?? undefined }), [now, meKey]);

  // The last query that parsed, so a half-typed filter (`level:`) keeps the rows on screen.
  const lastGood = useRef('');
  const typed = searcher.search(query, context, { order });
  const errors = typed.parsed.errors;
  if (errors.length === 0) lastGood.current = query;
  const result = errors.length === 0 ? typed : searcher.search(lastGood.current, context, { order });

  const chips = useMemo(() => getIssueQueryChips(typed.parsed), [typed.parsed]);
  const withoutFilter = useCallback((filterIndex: number) => removeIssueQueryFilter(query, filterIndex), [query]);
  const getCompletions = useCallback((cursor: number) => getIssueQueryCompletions(query, cursor, index), [query, index]);
  return { index, result, errors, stale: errors.length > 0, chips, withoutFilter, getCompletions };
}

// Rows built per idle slice: about 2 ms of work each on a laptop.
const SLICE = 1000;

/**
 * Builds the index's search rows while the page is idle, after the first rows are painted, so
 * the first keystroke finds them ready; a search before that builds the rest at once.
 */
function useIndexWhenIdle(index: IssueIndex): void {
  useEffect(() => {
    if (index.ready) return;
    const idle = typeof requestIdleCallback === 'function';
    let handle = 0;
    const step = (deadline?: IdleDeadline) => {
      do {
        if (index.buildSome(SLICE)) return;
      } while (deadline && deadline.timeRemaining() > 2);
      handle = idle ? requestIdleCallback(step) : (setTimeout(step, 0) as unknown as number);
    };
    handle = idle ? requestIdleCallback(step) : (setTimeout(step, 0) as unknown as number);
    return () => (idle ? cancelIdleCallback(handle) : clearTimeout(handle));
  }, [index]);
}
