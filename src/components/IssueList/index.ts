export { getIssueBadges } from './cells';
export { defaultIssueColumns, type IssueCellContext, type IssueListColumn } from './columns';
export { IssueBulkBar, type IssueBulkBarProps } from './IssueBulkBar';
export { IssueList, type IssueListProps } from './IssueList';
export { IssueSearch, type IssueSearchProps } from './IssueSearch';
