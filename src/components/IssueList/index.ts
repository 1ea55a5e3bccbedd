export { defaultIssueColumns, type IssueCellContext, type IssueListColumn, issueCulpritColumn } from './columns';
export { IssueBulkBar, type IssueBulkBarProps } from './IssueBulkBar';
export { type IssueColumnOrder, type IssueColumnVisibility, IssueList, type IssueListProps } from './IssueList';
export { ISSUE_STATS_PERIODS, type IssueListPeriod, IssuePeriodPicker, type IssuePeriodPickerProps, type IssueStatsPeriod } from './IssuePeriodPicker';
export { IssueSearch, type IssueSearchProps } from './IssueSearch';
