export { defaultIssueColumns, type IssueCellContext, type IssueListColumn } from './columns';
export { IssueBulkBar, type IssueBulkBarProps } from './IssueBulkBar';
export { type IssueColumnOrder, type IssueColumnVisibility, IssueList, type IssueListProps } from './IssueList';
export { IssueSearch, type IssueSearchProps } from './IssueSearch';
