// Entry `faultline/sentry`: a Sentry Web API client and webhook helpers. No React: runs on a
// server, in an edge runtime or in a browser.
export type {
  AlertRuleHistoryParams,
  AlertRuleRef,
  CreateAlertRuleParams,
  ListAlertDeliveriesParams,
  ProjectRef,
  SendTestNotificationParams,
  SentryAlertRuleCalls,
  TestNotificationResult,
  UpdateAlertRuleParams,
} from './alertRuleTypes';
export { createSentryBulkActionHandler, type SentryBulkActionOptions, type SentryBulkTarget } from './bulkActions';
export { createSentryClient } from './client';
export { readEnvironmentList, type SentryEnvironment } from './environments';
export { isSentryApiError, SentryApiError, type SentryApiErrorInit, type SentryApiErrorKind } from './errors';
export { cursorsFromLinkHeader, parseLinkHeader, type SentryCursors, type SentryLink } from './linkHeader';
export { normalizeEventList } from './normalizeEventList';
export { parseRetryAfter, type SentryRetryOptions } from './retry';
export { type SentryRawBody, signSentryBody, verifySentrySignature } from './signature';
export type { SentryFetch, SentryHeaders, SentryQueryValue } from './transport';
export type {
  GetIssueEventParams,
  IssueIdsParams,
  IssueRef,
  ListEnvironmentsParams,
  ListIssueEventsParams,
  ListIssuesParams,
  SentryCallOptions,
  SentryClient,
  SentryClientOptions,
  SentryEventId,
  SentryIssueMatch,
  SentryIssueQuery,
  SentryIssueSort,
  SentryIterateOptions,
  SentryMergeResult,
  SentryPage,
  SentryResult,
  SentryStatusDetails,
  SentryUpdateResult,
  SentryUpdateStatus,
  SentryUpdateSubstatus,
  UpdateIssuesParams,
} from './types';
export type {
  CreateIssueNoteParams,
  GetIssueStatsParams,
  GetIssueTagParams,
  IssueNoteRef,
  ListIssueTagsParams,
  ListIssueTagValuesParams,
  ListMembersParams,
  ListReleasesParams,
  ListTeamsParams,
  SentryIssuePageCalls,
  SentryStatsPeriod,
  UpdateIssueNoteParams,
} from './issuePageTypes';
export { fromSentryWebhook, type SentryHookResource, type SentryWebhook } from './webhook';
