import type { IssueActivity, IssueStatusDetails } from './activity';
import type { Level, Timestamp, UnknownBag } from './common';
import type { Release } from './event';

/** Status of an issue. `ignored` is what Sentry's UI now calls "archived". */
export type IssueStatus = 'unresolved' | 'resolved' | 'ignored' | 'reprocessing' | 'pending_deletion';

/** Finer status: why an unresolved or ignored issue is in that state. */
export type IssueSubstatus =
  | 'new'
  | 'ongoing'
  | 'regressed'
  | 'escalating'
  | 'archived_until_escalating'
  | 'archived_until_condition_met'
  | 'archived_forever';

/** Priority Sentry assigns to an issue. */
export type IssuePriority = 'high' | 'medium' | 'low';

/** Who an issue is assigned to. */
export interface Assignee {
  type: 'user' | 'team';
  id: string;
  name: string;
  email?: string;
}

/** The project an issue belongs to. */
export interface ProjectRef {
  id: string;
  slug?: string;
  name?: string;
  platform?: string;
}

/** Event counts over time: `[unix seconds, count]` buckets, oldest first. */
export type StatsSeries = [time: number, count: number][];

/** An issue (Sentry's "group"): events grouped by fingerprint. */
export interface Issue {
  /** Marks Faultline's canonical JSON so it round-trips unchanged. */
  schema: 'faultline.issue/1';
  id: string;
  /** Human id such as `PUMP-STATION-1`. */
  shortId?: string;
  title: string;
  culprit?: string;
  level?: Level;
  status: IssueStatus;
  substatus?: IssueSubstatus;
  /** How it stays resolved or ignored (a release, a duration, a count of events or users). */
  statusDetails?: IssueStatusDetails;
  priority?: IssuePriority;
  platform?: string;
  /** Number of events. */
  count: number;
  /** Number of distinct users affected. */
  userCount: number;
  firstSeen?: Timestamp;
  lastSeen?: Timestamp;
  project?: ProjectRef;
  assignedTo?: Assignee;
  isBookmarked?: boolean;
  isSubscribed?: boolean;
  hasSeen?: boolean;
  isPublic?: boolean;
  isUnhandled?: boolean;
  /** Link to the issue in Sentry. */
  permalink?: string;
  logger?: string;
  /** Event type and what the title is made from (`type`, `value`, `filename`, `function`). */
  metadata?: Record<string, unknown>;
  /** Event counts over time by period (`24h`, `14d`…). */
  stats?: Record<string, StatsSeries>;
  firstRelease?: Release;
  lastRelease?: Release;
  numComments?: number;
  /** Notes, status changes and assignments, newest first, when the issue's details include them. */
  activity?: IssueActivity[];
  /** Issue type and category (`error`, `performance`…). */
  issueType?: string;
  issueCategory?: string;
  /** Fields the model does not name, in the input's own keys. */
  extra?: UnknownBag;
}
