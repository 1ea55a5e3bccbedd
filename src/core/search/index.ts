/*
 * Issue search in Sentry's query syntax, pure and React-free: the logic behind `useIssueList`.
 *
 * A hook typically does, per render:
 *   const index = useMemo(() => createIssueIndex(issues), [issues]);      // once per list
 *   const searcher = useMemo(() => createIssueSearcher(index), [index]);
 *   const result = searcher.search(query, { now, me }, { order });        // per keystroke
 * `result.issues` are the matches, `result.parsed.errors` what to underline, and
 * `getIssueQueryChips(result.parsed)` / `removeIssueQueryFilter(query, i)` drive chips.
 * `getIssueQueryCompletions(query, cursor, index)` feeds the search box's suggestions.
 * `parseIssueQuery` + `compileIssueQuery` work on single issues without an index.
 */
export { compileIssueQuery, type IssuePredicate, type IssueSearchContext, type IssueSearchViewer } from './compile';
export { type IssueIndex, createIssueIndex } from './issueIndex';
export { ISSUE_IS_VALUES, ISSUE_SEARCH_KEYS, type IssueIsValue } from './keys';
export { parseIssueQuery } from './parse';
export { type IssueSearchRow, readIssueTags } from './row';
export { createIssueSearcher, type IssueSearcher, type IssueSearchOptions, type IssueSearchResult } from './searcher';
export {
  getIssueQueryChips,
  type IssueQueryChip,
  removeIssueQueryFilter,
  stringifyIssueFilter,
  stringifyIssueQuery,
} from './stringify';
export type {
  AbsoluteIssueDate,
  IssueDateFilter,
  IssueFilter,
  IssueNumberFilter,
  IssueQueryError,
  IssueQueryOperator,
  IssueQueryToken,
  IssueValueField,
  IssueValueFilter,
  ParsedIssueQuery,
  RelativeIssueDate,
} from './types';
export { getIssueQueryCompleteness, type IssueQueryCompleteness, type IssueQueryGap, type IssueQueryGapKind } from './completeness';
export { getIssueQueryCompletions, type IssueQueryCompletion, type IssueQueryCompletions } from './completions';
