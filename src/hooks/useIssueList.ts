import { type ChangeEvent, type KeyboardEvent, type MouseEvent, useCallback, useMemo, useState } from 'react';
import type { Issue } from '../core/model';
import type { Problem } from '../core/model/result';
import { maskText } from '../core/privacy';
import { type IssueBulkAction, type IssueSort, isIssueSelected } from '../core/issues';
import { getIssueQueryCompletions, type IssueSearchViewer } from '../core/search';
import { useCommittedQuery } from './issueList/useCommittedQuery';
import { type IssueBulkActionHandler, useIssueActions } from './issueList/useIssueActions';
import { type IssueSearchState, useIssueSearch } from './issueList/useIssueSearch';
import { type IssueSelectionOptions, useIssueSelection } from './issueList/useIssueSelection';
import { useControllableState } from './useControllableState';
import { useNormalizedIssues } from './useNormalized';
import { useNow } from './useNow';

export type { IssueActionFailure, IssueBulkActionHandler, IssueBulkActionTarget } from './issueList/useIssueActions';

/** Options of `useIssueList`. */
export interface UseIssueListOptions extends IssueSelectionOptions {
  /** The search query, when controlled. */
  query?: string;
  /** The query to start with when uncontrolled. @default "" */
  defaultQuery?: string;
  /** Called with every new query. */
  onQueryChange?: (query: string) => void;
  /** Called when a typed query applies: complete as typed (after `searchDebounceMs`), or on Enter. */
  onQueryCommit?: (query: string) => void;
  /**
   * Waits this long after typing stops before a complete query filters; Enter filters at once.
   * An incomplete filter (`browser.name:`, an open quote) never filters. @default none: complete queries filter as typed
   */
  searchDebounceMs?: number;
  /** The sort, when controlled. */
  sort?: IssueSort;
  /** The sort to start with when uncontrolled. @default "date" (last seen) */
  defaultSort?: IssueSort;
  /** Called with every new sort. */
  onSortChange?: (sort: IssueSort) => void;
  /** "Now" for relative dates in queries. @default the live time, refreshed every 30 s */
  now?: Date | number;
  /** Who `assigned:me` and `bookmarks:me` mean. @default nobody */
  me?: IssueSearchViewer;
  /** Runs a bulk action; reject to roll its optimistic change back. @default the change is only shown */
  onBulkAction?: IssueBulkActionHandler;
  /** Called when a row is opened with Enter or a double click. */
  onIssueOpen?: (issue: Issue) => void;
}

const isTyping = (event: KeyboardEvent) => {
  const target = event.target as HTMLElement;
  return target !== event.currentTarget && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
};

/**
 * State and wiring for an issue stream: Sentry-syntax search (a query that does not parse
 * keeps the last good rows), sort, selection with shift ranges and "all matching", and
 * optimistic bulk actions. Takes canonical issues or raw Sentry Web API issues.
 */
export function useIssueList(input: unknown, options: UseIssueListOptions = {}) {
  const { value: normalized, problems } = useNormalizedIssues(input);
  const [query, setQuery] = useControllableState({ value: options.query, defaultValue: options.defaultQuery ?? '', onChange: options.onQueryChange });
  const [sort, setSort] = useControllableState<IssueSort>({ value: options.sort, defaultValue: options.defaultSort ?? 'date', onChange: options.onSortChange });
  const now = useNow(options.now);

  const actions = useIssueActions(normalized, options.onBulkAction);
  // Rows follow the last complete query, so a half-typed filter never empties the list.
  const committed = useCommittedQuery(query, { debounceMs: options.searchDebounceMs, onCommit: options.onQueryCommit });
  const search: IssueSearchState = useIssueSearch(actions.issues, committed.applied, sort, now, options.me);
  const { gaps } = committed.completeness;
  const queryErrors = useMemo(() => gaps.map((gap) => ({ position: gap.position, length: gap.length, message: gap.detail })), [gaps]);
  const getCompletions = useCallback((cursor: number) => getIssueQueryCompletions(query, cursor, search.index), [query, search.index]);
  const { result } = search;
  const issues = result.issues;
  const visibleIds = useMemo(() => issues.map((issue) => issue.id), [issues]);
  const selection = useIssueSelection(visibleIds, result.query, options);

  const [activeId, setActiveId] = useState<string | null>(null);
  const activeIndex = useMemo(() => (activeId === null ? -1 : visibleIds.indexOf(activeId)), [visibleIds, activeId]);
  const { selection: current, selectedIds, toggle, selectRange, selectAllVisible, clear } = selection;
  const { onIssueOpen } = options;

  const runAction = useCallback(
    (action: IssueBulkAction) => actions.run(action, { issueIds: selectedIds, allMatching: current.allMatching, query: result.query }),
    [actions.run, selectedIds, current.allMatching, result.query],
  );

  const moveTo = useCallback((index: number) => {
    const id = visibleIds[Math.max(0, Math.min(visibleIds.length - 1, index))];
    if (id !== undefined) setActiveId(id);
  }, [visibleIds]);

  /** Props for the search input: value, change handler and validity. */
  const getSearchProps = useCallback(
    () => ({
      type: 'search' as const,
      value: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      'aria-invalid': gaps.length > 0 ? (true as const) : undefined,
      autoComplete: 'off',
      spellCheck: false,
    }),
    [query, setQuery, gaps.length],
  );

  /** Props for one issue row: grid row role, selection state, roving focus and keyboard. */
  const getRowProps = useCallback(
    (issue: Issue, index: number) => {
      const selected = isIssueSelected(current, issue.id);
      const tabbable = activeIndex === -1 ? index === 0 : activeIndex === index;
      return {
        role: 'row' as const,
        'aria-rowindex': index + 2,
        'aria-selected': selected,
        'data-state': selected ? 'selected' : 'idle',
        'data-active': activeIndex === index ? '' : undefined,
        'data-index': index,
        tabIndex: tabbable ? 0 : -1,
        onFocus: (event: { target: EventTarget; currentTarget: EventTarget }) => {
          if (event.target === event.currentTarget) setActiveId(issue.id);
        },
        onClick: (event: MouseEvent) => {
          setActiveId(issue.id);
          if (event.shiftKey) selectRange(issue.id);
          else if (event.metaKey || event.ctrlKey) toggle(issue.id);
        },
        onDoubleClick: () => onIssueOpen?.(issue),
        onKeyDown: (event: KeyboardEvent) => {
          if (isTyping(event)) return;
          const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
          if (event.key in step) moveTo(index + step[event.key]!);
          else if (event.key === 'Home') moveTo(0);
          else if (event.key === 'End') moveTo(visibleIds.length - 1);
          else if (event.key === 'Enter') onIssueOpen?.(issue);
          else if (event.key === 'x' || event.key === 'X' || event.key === ' ') {
            if (event.shiftKey) selectRange(issue.id);
            else toggle(issue.id);
          } else return;
          event.preventDefault();
        },
      };
    },
    [current, activeIndex, moveTo, visibleIds.length, selectRange, toggle, onIssueOpen],
  );

  /** Props for a row's checkbox: shift-click selects a range, a plain click toggles. */
  const getCheckboxProps = useCallback(
    (issue: Issue) => ({
      type: 'checkbox' as const,
      checked: isIssueSelected(current, issue.id),
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const native = event.nativeEvent as Partial<globalThis.MouseEvent>;
        if (native.shiftKey) selectRange(issue.id);
        else toggle(issue.id);
      },
      // The row handles its own clicks; the checkbox click must not also count as one.
      onClick: (event: MouseEvent) => event.stopPropagation(),
      // Masked like the title cell: an accessible name is read aloud and shows in the accessibility tree.
      'aria-label': `Select ${issue.shortId ?? issue.id}: ${maskText(issue.title)}`,
    }),
    [current, selectRange, toggle],
  );

  /** Props for the "select all visible" checkbox, indeterminate when some are selected. */
  const getSelectAllProps = useCallback(
    () => ({
      type: 'checkbox' as const,
      checked: selection.state === 'all',
      disabled: visibleIds.length === 0,
      ref: (element: HTMLInputElement | null) => {
        if (element) element.indeterminate = selection.state === 'some';
      },
      onChange: () => (selection.state === 'all' ? clear() : selectAllVisible()),
      'aria-label': selection.state === 'all' ? 'Deselect all issues' : 'Select all issues',
    }),
    [selection.state, visibleIds.length, clear, selectAllVisible],
  );

  return {
    /** The visible issues: patched, searched and sorted. */
    issues,
    /** Every issue after optimistic patches, before search. */
    allIssues: actions.issues,
    /** What the normalizer repaired or dropped from the input. */
    problems: problems as readonly Problem[],
    query,
    setQuery,
    /** What keeps the query as typed from filtering (position, length, message). */
    queryErrors,
    /** The same with their kind and key, for sentences such as "Add a value after browser.name:". */
    queryGaps: gaps,
    /** The query the rows are for: the last one that applied. */
    appliedQuery: committed.applied,
    /** Applies the typed query (or `query`) now, as Enter does; false when it is incomplete. */
    commitQuery: committed.commit,
    /** Whether the rows are for an earlier query: the typed one is incomplete or not yet applied. */
    stale: committed.pending,
    parsed: result.parsed,
    chips: search.chips,
    /** Removes one chip's filter from the query. */
    removeFilter: (filterIndex: number) => {
      const next = search.withoutFilter(filterIndex);
      setQuery(next);
      committed.commit(next);
    },
    getCompletions,
    index: search.index,
    sort,
    setSort,
    ...selection,
    activeIndex,
    setActiveIndex: moveTo,
    runAction,
    pendingPatches: actions.patches,
    actionFailure: actions.failure,
    dismissActionFailure: actions.dismissFailure,
    getSearchProps,
    getRowProps,
    getCheckboxProps,
    getSelectAllProps,
  };
}

/** What `useIssueList` returns. */
export type UseIssueListResult = ReturnType<typeof useIssueList>;
