import type { Event, Issue, IssueStatus, Problem } from '../core/model';
import type { SentryEnvironment } from './environments';
import type { SentryAlertRuleCalls } from './alertRuleTypes';
import type { SentryIssuePageCalls } from './issuePageTypes';
import type { SentryRetryOptions } from './retry';
import type { SentryFetch, SentryHeaders } from './transport';

/** Options of `createSentryClient`. */
export interface SentryClientOptions {
  /** Where the API lives: `https://sentry.io`, a self-hosted Sentry, or the host's own proxy (`/sentry`). */
  baseUrl: string;
  /** The `fetch` to call; a proxy that adds the token is the usual choice in browsers. @default globalThis.fetch */
  fetch?: SentryFetch;
  /** Headers for every request (such as `Authorization` on a server), or a function that makes them. @default none */
  headers?: SentryHeaders;
  /** Retries of rate-limited requests. @default { retries: 2, maxDelayMs: 30000, baseDelayMs: 1000 } */
  retry?: SentryRetryOptions;
  /** Largest response body read, in bytes; a larger one fails with `too-large`. @default 52428800 (50 MiB) */
  maxResponseBytes?: number;
}

/** Options every call takes. */
export interface SentryCallOptions {
  /** Aborts the call, its retries and its waits; the call then fails with kind `aborted`. @default none */
  signal?: AbortSignal;
}

/** A call's result: the canonical value, what the normalizer had to repair, and the body as sent. */
export interface SentryResult<T> {
  data: T;
  problems: Problem[];
  /** The response body as the API sent it. */
  raw: unknown;
  url: string;
  status: number;
}

/** One page of a list, with the cursors of its neighbours from the `Link` header. */
export interface SentryPage<T> extends SentryResult<T[]> {
  /** Cursor of the next page; absent on the last page. */
  nextCursor: string | undefined;
  /** Cursor of the previous page; absent on the first page. */
  previousCursor: string | undefined;
  /** How many items match on the server (`X-Hits`), when the API says. */
  hits: number | undefined;
}

/** Sort orders of the issue stream: last seen, first seen, events, users, trends, date added, priority. */
export type SentryIssueSort = 'date' | 'new' | 'freq' | 'user' | 'trends' | 'inbox' | 'priority';

/** The issue list's filters and position. */
export interface SentryIssueQuery {
  /** Sentry search syntax such as `is:unresolved level:error`; `""` lists every issue. @default Sentry's default (`is:unresolved`) */
  query?: string;
  /** @default Sentry's default (`date`) */
  sort?: SentryIssueSort;
  /** One environment name or several. @default every environment */
  environment?: string | readonly string[];
  /** Relative period such as `24h` or `14d`. @default Sentry's default */
  statsPeriod?: string;
  /** Absolute period start (ISO 8601), instead of `statsPeriod`. @default none */
  start?: string;
  /** Absolute period end (ISO 8601). @default none */
  end?: string;
  /** Cursor from a previous page. @default the first page */
  cursor?: string;
  /** Issues per page (Sentry caps it at 100). @default Sentry's default (25 for organizations) */
  limit?: number;
}

/** Which issues to list: an organization's, or one project's. */
export interface ListIssuesParams extends SentryIssueQuery {
  organization: string;
  /** Project slug: lists through the project's endpoint. @default every project of the organization */
  project?: string;
  /** Numeric project ids to filter the organization's list by (`-1` for all). @default the user's projects */
  projectIds?: readonly (string | number)[];
}

/** Which environments to list. */
export interface ListEnvironmentsParams {
  organization: string;
  /** Sentry's `visibility`: the ones shown in pickers, the hidden ones, or all. @default "visible" (the API's default) */
  visibility?: 'visible' | 'hidden' | 'all';
}

/** One issue of an organization. */
export interface IssueRef {
  organization: string;
  issueId: string;
}

/** Which event of an issue: the named ones Sentry resolves, or an event id. */
export type SentryEventId = 'latest' | 'oldest' | 'recommended' | (string & {});

/** An issue's event. */
export interface GetIssueEventParams extends IssueRef {
  eventId: SentryEventId;
  /** Restricts `latest` / `oldest` / `recommended` to these environments. @default every environment */
  environment?: string | readonly string[];
}

/** An issue's events. */
export interface ListIssueEventsParams extends IssueRef {
  /** Whole events instead of the short form. @default false */
  full?: boolean;
  /** @default every environment */
  environment?: string | readonly string[];
  /** @default Sentry's default */
  statsPeriod?: string;
  /** @default none */
  start?: string;
  /** @default none */
  end?: string;
  /** Sentry search syntax over the events. @default none */
  query?: string;
  /** @default the first page */
  cursor?: string;
  /** @default Sentry's default */
  limit?: number;
}

/** Status an update can set; `resolvedInNextRelease` resolves with the next release. */
export type SentryUpdateStatus = Exclude<IssueStatus, 'reprocessing' | 'pending_deletion'> | 'resolvedInNextRelease';

/** A bulk update of issues (the bulk actions of `IssueList`). Only the fields given change. */
export interface UpdateIssuesParams {
  organization: string;
  /** Issue ids, at most 1000; required unless `matching` is given. */
  ids?: readonly (string | number)[];
  /**
   * Instead of `ids`, for status changes only: every issue matching this search. Never implied,
   * since an update without ids touches every issue of the default search.
   */
  matching?: SentryIssueMatch;
  status?: SentryUpdateStatus;
  /** How it stays resolved or ignored, such as `{ ignoreDuration: 60 }` or `{ inRelease: "1.2.0" }`. */
  statusDetails?: SentryStatusDetails;
  /** With `ignored`: archived until escalating, forever, or until a condition of `statusDetails` is met. */
  substatus?: SentryUpdateSubstatus | (string & {});
  /** `user:<id>`, `team:<id>`, a username or email; `""` or `null` unassigns. */
  assignedTo?: string | null;
  isBookmarked?: boolean;
  hasSeen?: boolean;
  isSubscribed?: boolean;
  isPublic?: boolean;
}

/** Substatus an update can set with `status: "ignored"` (or `"unresolved"`: `ongoing`). */
export type SentryUpdateSubstatus = 'archived_until_escalating' | 'archived_forever' | 'archived_until_condition_met' | 'ongoing';

/** Sentry's `statusDetails` of an issue update. `{}` clears them (unresolve). */
export interface SentryStatusDetails {
  /** Resolved until an event of a newer release arrives. */
  inNextRelease?: boolean;
  /** Resolved in this release (version); events of older releases do not reopen it. */
  inRelease?: string;
  /** Resolved by this commit. */
  inCommit?: { commit: string; repository: string };
  /** Ignored for this many minutes. */
  ignoreDuration?: number;
  /** Ignored until this many more events… */
  ignoreCount?: number;
  /** …within this many minutes. @default no window: ever */
  ignoreWindow?: number;
  /** Ignored until this many more users… */
  ignoreUserCount?: number;
  /** …within this many minutes. @default no window: ever */
  ignoreUserWindow?: number;
  /** Other fields Sentry takes, sent as given. */
  [field: string]: unknown;
}

/** The issues a status change without ids applies to. */
export interface SentryIssueMatch {
  /** Sentry search syntax; `""` matches every issue. */
  query: string;
  /** @default the user's projects */
  projectIds?: readonly (string | number)[];
  /** @default every environment */
  environment?: string | readonly string[];
}

/** What an update answered: the changes the API applied (`undefined` when it sent no body). */
export interface SentryUpdateResult {
  changes: Record<string, unknown> | undefined;
  raw: unknown;
  url: string;
  status: number;
}

/** Issues to merge into one, or to delete. */
export interface IssueIdsParams {
  organization: string;
  ids: readonly (string | number)[];
}

/** What a merge answered: the issue the others merged into. */
export interface SentryMergeResult {
  parent: string | undefined;
  children: string[];
  raw: unknown;
  url: string;
  status: number;
}

/** A Sentry Web API client whose results come out in Faultline's canonical model. */
export interface SentryClient extends SentryIssuePageCalls, SentryAlertRuleCalls {
  /** The API root the client talks to. */
  readonly baseUrl: string;
  /** One page of an organization's (or a project's) issues. */
  listIssues(params: ListIssuesParams, options?: SentryCallOptions): Promise<SentryPage<Issue>>;
  /** Every page of issues from `params.cursor` on, following `nextCursor`, at most `maxPages`. */
  iterateIssues(params: ListIssuesParams, options?: SentryIterateOptions): AsyncGenerator<SentryPage<Issue>, void, undefined>;
  /** One issue. */
  getIssue(params: IssueRef, options?: SentryCallOptions): Promise<SentryResult<Issue>>;
  /** An issue's latest, oldest, recommended or given event, whole. */
  getIssueEvent(params: GetIssueEventParams, options?: SentryCallOptions): Promise<SentryResult<Event>>;
  /** One page of an issue's events. */
  listIssueEvents(params: ListIssueEventsParams, options?: SentryCallOptions): Promise<SentryPage<Event>>;
  /** Every page of an issue's events, at most `maxPages`. */
  iterateIssueEvents(params: ListIssueEventsParams, options?: SentryIterateOptions): AsyncGenerator<SentryPage<Event>, void, undefined>;
  /** Resolves, ignores, reopens, assigns or bookmarks issues in one request. */
  updateIssues(params: UpdateIssuesParams, options?: SentryCallOptions): Promise<SentryUpdateResult>;
  /** Merges two or more issues into one. */
  mergeIssues(params: IssueIdsParams, options?: SentryCallOptions): Promise<SentryMergeResult>;
  /** Deletes issues (Sentry removes them in the background). */
  deleteIssues(params: IssueIdsParams, options?: SentryCallOptions): Promise<{ url: string; status: number }>;
  /** The organization's environments, for an environment picker. */
  listEnvironments(params: ListEnvironmentsParams, options?: SentryCallOptions): Promise<SentryResult<SentryEnvironment[]>>;
}

/** Options of the page iterators. */
export interface SentryIterateOptions extends SentryCallOptions {
  /** Stops after this many pages, so a server that never ends cannot loop forever. @default 100 */
  maxPages?: number;
}
