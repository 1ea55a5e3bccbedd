/*
 * Issue-list logic behind `useIssueList`, pure and React-free (search lives in `../search`).
 *
 * - Sorting: `getIssueSortOrder(issues, sort)` gives display positions (memoise per list and
 *   sort; hand it to the searcher as `order`), `sortIssues` a sorted copy. Ties fall back to
 *   last seen, then id, so rows never jump.
 * - Selection: `IssueSelection` and its transitions (`selectIssue`, `toggleIssueSelection`,
 *   `selectIssueRange`, `selectAllVisibleIssues`, `selectAllMatchingIssues`,
 *   `clearIssueSelection`), fitted to a new visible list by `reconcileIssueSelection`.
 * - Bulk actions, optimistic: `addIssuePatch` before calling the host, then
 *   `commitIssuePatch` when its promise resolves or `rollbackIssuePatch` when it rejects;
 *   render `applyIssuePatches(issues, queue)`; `settleIssuePatches` when fresh issues arrive.
 */
export {
  addIssuePatch,
  applyIssuePatches,
  commitIssuePatch,
  EMPTY_ISSUE_PATCHES,
  type IssueBulkAction,
  type IssuePatch,
  type IssuePatchQueue,
  rollbackIssuePatch,
  settleIssuePatches,
} from './patches';
export {
  clearIssueSelection,
  EMPTY_ISSUE_SELECTION,
  getIssueSelectionState,
  getSelectedIssueIds,
  type IssueSelection,
  isIssueSelected,
  reconcileIssueSelection,
  selectAllMatchingIssues,
  selectAllVisibleIssues,
  selectIssue,
  selectIssueRange,
  toggleIssueSelection,
} from './selection';
export { getIssueSortOrder, ISSUE_SORTS, type IssueSort, resolveIssueSort, sortIssues } from './sort';
