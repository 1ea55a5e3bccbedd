// Entry `faultline/hooks`: headless hooks, no markup, no CSS.
export { useControllableState, type UseControllableStateOptions } from './useControllableState';
export { type CopyState, useCopy } from './useCopy';
export { useNow } from './useNow';
export { useNormalizedEvent, useNormalizedIssues } from './useNormalized';
export { type StackTraceMechanism, type StackTraceRow, type StackTraceSection, type StackTraceState, type UseStackTraceOptions, useStackTrace } from './useStackTrace';
export { type IssueActionFailure, type IssueBulkActionHandler, type IssueBulkActionTarget, type UseIssueListOptions, type UseIssueListResult, useIssueList } from './useIssueList';
export { type CommittedQuery, type UseCommittedQueryOptions, useCommittedQuery } from './issueList/useCommittedQuery';
export { type ContextRowView, type RevealButtonProps, type UseContextsOptions, type UseContextsResult, useContexts } from './useContexts';
export { type BreadcrumbItemProps, type BreadcrumbFilterButtonProps, type BreadcrumbSearchInputProps, type BreadcrumbToggleProps, type UseBreadcrumbsOptions, type UseBreadcrumbsResult, useBreadcrumbs } from './useBreadcrumbs';
export * from './issueDetails';
export * from './alerts';
export * from './sentry';
