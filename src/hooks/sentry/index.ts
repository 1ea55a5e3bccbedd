// Hooks over the Sentry Web API client (`faultline/sentry`), re-exported by `faultline/hooks`.
export { type UseSentryEventOptions, type UseSentryEventResult, useSentryEvent } from './useSentryEvent';
export { type UseSentryIssuesOptions, type UseSentryIssuesResult, useSentryIssues } from './useSentryIssues';
export type { SentryRequestState } from './useSentryRequest';
export { type IssueTagsClient, type IssueTagValuesState, type UseIssueTagsOptions, type UseIssueTagsResult, useIssueTags } from './useIssueTags';
export { type EventNavigationClient, type EventNavigationTargets, type UseEventNavigationOptions, type UseEventNavigationResult, useEventNavigation } from './useEventNavigation';
export { type IssueStatsClient, type UseIssueStatsOptions, type UseIssueStatsResult, useIssueStats } from './useIssueStats';
export { type IssueEventsClient, type UseIssueEventsOptions, type UseIssueEventsResult, useIssueEvents } from './useIssueEvents';
