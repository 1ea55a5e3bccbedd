import type { Timestamp } from './common';

/**
 * Kinds of issue activity Sentry records. Others may arrive (Sentry adds kinds over time);
 * they keep their name, so a timeline can show them generically.
 */
export type IssueActivityType =
  | 'note'
  | 'first_seen'
  | 'set_resolved'
  | 'set_resolved_in_release'
  | 'set_resolved_in_next_release'
  | 'set_resolved_in_commit'
  | 'set_resolved_in_pull_request'
  | 'set_resolved_by_age'
  | 'set_unresolved'
  | 'set_ignored'
  | 'set_regression'
  | 'set_escalating'
  | 'set_priority'
  | 'set_public'
  | 'set_private'
  | 'assigned'
  | 'unassigned'
  | 'merge'
  | 'unmerge_source'
  | 'unmerge_destination'
  | 'create_issue'
  | 'mark_reviewed'
  | 'auto_set_ongoing'
  | 'reprocess'
  | 'deploy'
  | (string & {});

/** The person behind an activity or a status change. */
export interface ActivityUser {
  id: string;
  /** Display name; the e-mail or username when the user has none. */
  name: string;
  email?: string;
  username?: string;
  avatarUrl?: string;
}

/** One entry of an issue's activity: a note, a status change, an assignment, a regression. */
export interface IssueActivity {
  id: string;
  type: IssueActivityType;
  dateCreated: Timestamp;
  /** Who did it; absent when Sentry itself did (first seen, regression, auto-resolve). */
  user?: ActivityUser;
  /** What the kind carries: `text` of a note, `version` of a release, `assignee` of an assignment… */
  data: Record<string, unknown>;
}

/**
 * How a resolved or ignored issue stays so, as the issue reports it. Requests send
 * `ignoreDuration` in minutes; the issue answers with `ignoreUntil`.
 */
export interface IssueStatusDetails {
  /** Resolved until an event of a release newer than the current one arrives. */
  inNextRelease?: boolean;
  /** Resolved in this release: events of older releases do not reopen it. */
  inRelease?: string;
  /** Resolved by this commit. */
  inCommit?: Record<string, unknown>;
  /** Ignored until this time. */
  ignoreUntil?: Timestamp;
  /** Ignored for this many minutes (as requested). */
  ignoreDuration?: number;
  /** Ignored until this many more events… */
  ignoreCount?: number;
  /** …within this many minutes. */
  ignoreWindow?: number;
  /** Ignored until this many more users… */
  ignoreUserCount?: number;
  /** …within this many minutes. */
  ignoreUserWindow?: number;
  /** Who set the status. */
  actor?: ActivityUser;
}
