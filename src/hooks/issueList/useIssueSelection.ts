import { useCallback, useMemo, useRef } from 'react';
import {
  clearIssueSelection,
  EMPTY_ISSUE_SELECTION,
  getIssueSelectionState,
  getSelectedIssueIds,
  type IssueSelection,
  reconcileIssueSelection,
  selectAllMatchingIssues,
  selectAllVisibleIssues,
  selectIssue,
  selectIssueRange,
  toggleIssueSelection,
} from '../../core/issues';
import { useControllableState } from '../useControllableState';

/** Selection options shared with `useIssueList`. */
export interface IssueSelectionOptions {
  /** The selection, when controlled. */
  selection?: IssueSelection;
  /** The selection to start with when uncontrolled. @default nothing selected */
  defaultSelection?: IssueSelection;
  /** Called with every new selection. */
  onSelectionChange?: (selection: IssueSelection) => void;
}

/**
 * Selection over the visible issues, fitted to them on every search or refresh (hidden issues
 * are never acted on), with the transitions of `core/issues/selection`.
 */
export function useIssueSelection(visibleIds: readonly string[], query: string, options: IssueSelectionOptions) {
  const [raw, setRaw] = useControllableState({
    value: options.selection,
    defaultValue: options.defaultSelection ?? EMPTY_ISSUE_SELECTION,
    onChange: options.onSelectionChange,
  });
  // "All matching" belongs to the query it was chosen for; a controlled one without a record
  // is taken to belong to the current query.
  const matchingQuery = useRef<string | null>(null);
  const queryChanged = raw.allMatching && matchingQuery.current !== null && matchingQuery.current !== query;
  const selection = useMemo(() => reconcileIssueSelection(raw, visibleIds, queryChanged), [raw, visibleIds, queryChanged]);
  const selectedIds = useMemo(() => getSelectedIssueIds(selection, visibleIds), [selection, visibleIds]);
  const state = useMemo(() => getIssueSelectionState(selection, visibleIds), [selection, visibleIds]);

  // Transitions start from the fitted selection, so a hidden issue never comes back.
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const visibleRef = useRef(visibleIds);
  visibleRef.current = visibleIds;
  const queryRef = useRef(query);
  queryRef.current = query;

  const select = useCallback((id: string) => setRaw(selectIssue(selectionRef.current, id)), [setRaw]);
  const toggle = useCallback((id: string) => setRaw(toggleIssueSelection(selectionRef.current, id, visibleRef.current)), [setRaw]);
  const selectRange = useCallback((id: string) => setRaw(selectIssueRange(selectionRef.current, id, visibleRef.current)), [setRaw]);
  const selectAllVisible = useCallback(() => setRaw(selectAllVisibleIssues(selectionRef.current, visibleRef.current)), [setRaw]);
  const selectAllMatching = useCallback(() => {
    matchingQuery.current = queryRef.current;
    setRaw(selectAllMatchingIssues(selectionRef.current, visibleRef.current));
  }, [setRaw]);
  const clear = useCallback(() => setRaw(clearIssueSelection()), [setRaw]);

  return { selection, selectedIds, state, select, toggle, selectRange, selectAllVisible, selectAllMatching, clear };
}
