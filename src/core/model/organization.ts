import type { Timestamp } from './common';
import type { StatsSeries } from './issue';

/** A member of an organization, someone an issue can be assigned to. */
export interface OrganizationMember {
  /** The membership's id (not the user's). */
  id: string;
  /** Display name; the e-mail when the member has none. */
  name: string;
  email?: string;
  /** Organization role such as `member`, `admin`, `owner`. */
  role?: string;
  /** An invitation not yet accepted. */
  pending?: boolean;
  /** The account behind the membership: assignment names `user:<user.id>`. Absent for pending invites. */
  user?: MemberUser;
}

/** The account of a member. */
export interface MemberUser {
  id: string;
  name?: string;
  username?: string;
  email?: string;
  avatarUrl?: string;
}

/** A team of an organization; an issue can be assigned to it as `team:<id>`. */
export interface Team {
  id: string;
  slug: string;
  name: string;
  memberCount?: number;
}

/** One value of a tag on an issue's events, with how often it was seen. */
export interface IssueTagValue {
  value: string;
  /** Display name, often the value itself. */
  name: string;
  count: number;
  firstSeen?: Timestamp;
  lastSeen?: Timestamp;
}

/** A tag of an issue's events with its most common values. */
export interface IssueTag {
  key: string;
  /** Display name such as `Browser`. */
  name: string;
  /** Events carrying the tag. */
  totalValues: number;
  /** Distinct values, when known. */
  uniqueValues?: number;
  /** Most common values first. */
  topValues: IssueTagValue[];
}

/** Event and user counts of one issue over a period (`/issues-stats/`). */
export interface IssueStats {
  id: string;
  count: number;
  userCount: number;
  /** Buckets by period (`24h` hourly, `14d` / `30d` daily). */
  stats: Record<string, StatsSeries>;
  firstSeen?: Timestamp;
  lastSeen?: Timestamp;
}
