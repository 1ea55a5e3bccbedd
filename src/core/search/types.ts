/** A problem in an issue query, located so a search box can underline it. */
export interface IssueQueryError {
  /** Offset of the first offending character in the query string. */
  position: number;
  /** Number of offending characters (at least 1, except for an empty query tail). */
  length: number;
  message: string;
}

/** Comparison written in front of a number or date value (`times_seen:>=10`). */
export type IssueQueryOperator = '=' | '>' | '>=' | '<' | '<=';

/** Fields shared by every parsed filter. */
interface IssueFilterBase {
  /** Canonical key (`times_seen` for `count:`, `last_seen` for `lastSeen:`, or the tag key). */
  key: string;
  /** Key as typed, kept so a round trip preserves the user's spelling. */
  rawKey: string;
  /** Written with a leading `!`: the filter excludes what it would match. */
  negated: boolean;
  /** Offset of the filter (including `!`) in the query. */
  position: number;
  /** Length of the filter's source text. */
  length: number;
}

/**
 * A filter compared by value: `is:`, `level:`, `assigned:`, `environment:`, tags…
 * `values` holds one value, or several for a list `key:[a, b]` (any may match).
 * Values may contain `*` wildcards.
 */
export interface IssueValueFilter extends IssueFilterBase {
  type: 'value';
  /** `tag` when the key is not one Faultline knows: Sentry treats those as tag keys. */
  field: IssueValueField;
  values: string[];
}

/** A filter on a count: `times_seen:>100`, `user_count:<=5`. */
export interface IssueNumberFilter extends IssueFilterBase {
  type: 'number';
  field: 'times_seen' | 'user_count';
  operator: IssueQueryOperator;
  value: number;
}

/** A date bound relative to "now": `-24h` is within the last 24 hours, `+7d` older than 7 days. */
export interface RelativeIssueDate {
  kind: 'relative';
  direction: 'within' | 'older';
  amount: number;
  unit: 'm' | 'h' | 'd' | 'w';
}

/** An absolute date: a day (`2026-01-01`) or an instant (`2026-01-01T10:00:00Z`). */
export interface AbsoluteIssueDate {
  kind: 'absolute';
  /** The date as typed. */
  text: string;
  /** Epoch milliseconds of its start. */
  time: number;
  /** Whether only a day was given: without an operator it then matches that whole UTC day. */
  dayOnly: boolean;
}

/** A filter on `last_seen` or `first_seen` (`age` is `first_seen` by another name). */
export interface IssueDateFilter extends IssueFilterBase {
  type: 'date';
  field: 'last_seen' | 'first_seen';
  operator: IssueQueryOperator;
  date: RelativeIssueDate | AbsoluteIssueDate;
}

/** Keys compared by value; `tag` covers every key Faultline does not name. */
export type IssueValueField =
  | 'is'
  | 'level'
  | 'assigned'
  | 'bookmarks'
  | 'environment'
  | 'release'
  | 'first_release'
  | 'project'
  | 'platform'
  | 'status'
  | 'priority'
  | 'issue_category'
  | 'issue_type'
  | 'has'
  | 'tag';

/** One parsed filter of an issue query. */
export type IssueFilter = IssueValueFilter | IssueNumberFilter | IssueDateFilter;

/** A piece of the query with its span, in source order; for highlighting and completions. */
export interface IssueQueryToken {
  type: 'filter' | 'text' | 'invalid';
  position: number;
  length: number;
  /** Source text of the token. */
  text: string;
  /** Index into `filters` for a valid filter token. */
  filterIndex?: number;
}

/** Result of `parseIssueQuery`: never thrown, always complete. */
export interface ParsedIssueQuery {
  /** The query that was parsed. */
  query: string;
  tokens: IssueQueryToken[];
  /** Valid filters in source order; a filter with an error is left out. */
  filters: IssueFilter[];
  /** Free-text terms (words or quoted phrases), each must occur in the issue's text. */
  freeText: string[];
  errors: IssueQueryError[];
}
