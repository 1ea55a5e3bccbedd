import type { IssueActivity, IssueStats, IssueTag, IssueTagValue, OrganizationMember, Release, Team } from '../core/model';
import type { IssueRef, SentryCallOptions, SentryPage, SentryResult } from './types';

/** An issue's tags with their top values. */
export interface ListIssueTagsParams extends IssueRef {
  /** Counts only events of these environments. @default every environment */
  environment?: string | readonly string[];
}

/** One tag of an issue. */
export interface GetIssueTagParams extends ListIssueTagsParams {
  /** Tag key such as `browser`. */
  key: string;
}

/** One page of a tag's values on an issue. */
export interface ListIssueTagValuesParams extends GetIssueTagParams {
  /** @default the first page */
  cursor?: string;
}

/** A note to add to an issue. */
export interface CreateIssueNoteParams extends IssueRef {
  text: string;
}

/** One note of an issue. */
export interface IssueNoteRef extends IssueRef {
  /** The note's activity id. */
  noteId: string;
}

/** A note's new text. */
export interface UpdateIssueNoteParams extends IssueNoteRef {
  text: string;
}

/** An organization's members. */
export interface ListMembersParams {
  organization: string;
  /** Sentry's member search: free text over names and e-mails, or `email:`, `role:`… @default every member */
  query?: string;
  /** @default the first page */
  cursor?: string;
}

/** An organization's teams. */
export interface ListTeamsParams {
  organization: string;
  /** Free text over slugs and names. @default every team */
  query?: string;
  /** @default the first page */
  cursor?: string;
}

/** An organization's releases. */
export interface ListReleasesParams {
  organization: string;
  /** Numeric project ids the releases belong to. @default every project */
  project?: string | number | readonly (string | number)[];
  /** Part of a version. @default every release */
  query?: string;
  /** @default every environment */
  environment?: string | readonly string[];
  /** @default the first page */
  cursor?: string;
  /** Releases per page. @default Sentry's default */
  perPage?: number;
}

/** Periods the issue stats come in: 24 hourly buckets, or 14 / 30 daily ones. */
export type SentryStatsPeriod = '24h' | '14d' | '30d';

/** Event counts of issues over a period. */
export interface GetIssueStatsParams {
  organization: string;
  /** Issue ids, at most 1000. */
  issueIds: readonly (string | number)[];
  statsPeriod: SentryStatsPeriod;
  /** @default every environment */
  environment?: string | readonly string[];
}

/** The client calls behind an issue page: tags, activity, notes, members, teams, releases, stats. */
export interface SentryIssuePageCalls {
  /** An issue's tags, each with its top values (`/issues/{id}/tags/`). */
  listIssueTags(params: ListIssueTagsParams, options?: SentryCallOptions): Promise<SentryResult<IssueTag[]>>;
  /** One tag of an issue with its top values; `data` is `undefined` when the body is no tag. */
  getIssueTag(params: GetIssueTagParams, options?: SentryCallOptions): Promise<SentryResult<IssueTag | undefined>>;
  /** One page of a tag's values on an issue, most frequent first. */
  listIssueTagValues(params: ListIssueTagValuesParams, options?: SentryCallOptions): Promise<SentryPage<IssueTagValue>>;
  /** An issue's activity, newest first (`/issues/{id}/activities/`). */
  listIssueActivity(params: IssueRef, options?: SentryCallOptions): Promise<SentryResult<IssueActivity[]>>;
  /** Adds a note; resolves with the note as an activity entry. */
  createIssueNote(params: CreateIssueNoteParams, options?: SentryCallOptions): Promise<SentryResult<IssueActivity | undefined>>;
  /** Changes a note's text; resolves with the note as an activity entry. */
  updateIssueNote(params: UpdateIssueNoteParams, options?: SentryCallOptions): Promise<SentryResult<IssueActivity | undefined>>;
  /** Deletes a note. */
  deleteIssueNote(params: IssueNoteRef, options?: SentryCallOptions): Promise<{ url: string; status: number }>;
  /** One page of the organization's members, for assignment. */
  listMembers(params: ListMembersParams, options?: SentryCallOptions): Promise<SentryPage<OrganizationMember>>;
  /** One page of the organization's teams, for assignment. */
  listTeams(params: ListTeamsParams, options?: SentryCallOptions): Promise<SentryPage<Team>>;
  /** One page of the organization's releases, newest first, for chart markers. */
  listReleases(params: ListReleasesParams, options?: SentryCallOptions): Promise<SentryPage<Release>>;
  /** Event and user counts of issues in buckets over a period (`/issues-stats/`). */
  getIssueStats(params: GetIssueStatsParams, options?: SentryCallOptions): Promise<SentryResult<IssueStats[]>>;
}
