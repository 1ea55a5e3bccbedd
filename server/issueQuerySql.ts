import type { IssueFilter, IssueSort, ParsedIssueQuery } from '../src/core';
import { relativeIssueDateMs } from '../src/core/search/values';

/** A query's filters as SQL over the issue columns, for the list endpoints' fast path. */
export interface IssueSqlPlan {
  where: string;
  params: (string | number)[];
}

const DAY_MS = 86_400_000;

// `is:` values that are plain column tests; the rest (unread, substatus names) take the kit's path.
const IS_SQL: Record<string, string> = {
  unresolved: `status = 'unresolved'`,
  resolved: `status = 'resolved'`,
  ignored: `status = 'ignored'`,
  archived: `status = 'ignored'`,
  assigned: 'assigned_to IS NOT NULL',
  unassigned: 'assigned_to IS NULL',
  bookmarked: 'is_bookmarked = 1',
};

// Levels as the normalizer stores them; a wildcard or an unknown level takes the kit's path.
const LEVELS = new Set(['fatal', 'error', 'warning', 'info', 'debug', 'log', 'sample']);

const SQL_OPERATORS = { '=': '=', '>': '>', '>=': '>=', '<': '<', '<=': '<=' } as const;

function filterSql(filter: IssueFilter, now: number): IssueSqlPlan | undefined {
  if (filter.type === 'number') {
    const column = filter.field === 'times_seen' ? 'times_seen' : 'user_count';
    return { where: `${column} ${SQL_OPERATORS[filter.operator]} ?`, params: [filter.value] };
  }
  if (filter.type === 'date') {
    const column = filter.field === 'last_seen' ? 'last_seen' : 'first_seen';
    const { date, operator } = filter;
    if (date.kind === 'relative') {
      const bound = now - relativeIssueDateMs(date);
      return { where: `${column} ${date.direction === 'within' ? '>=' : '<'} ?`, params: [bound] };
    }
    if (operator !== '=') return { where: `${column} ${SQL_OPERATORS[operator]} ?`, params: [date.time] };
    return { where: `(${column} >= ? AND ${column} < ?)`, params: [date.time, date.time + (date.dayOnly ? DAY_MS : 1000)] };
  }
  if (filter.field === 'is') {
    const tests = filter.values.map((value) => IS_SQL[value.toLowerCase()]);
    if (tests.some((test) => test === undefined)) return undefined;
    return { where: `(${tests.join(' OR ')})`, params: [] };
  }
  if (filter.field === 'level') {
    const levels = filter.values.map((value) => value.toLowerCase());
    if (!levels.every((level) => LEVELS.has(level))) return undefined;
    // An issue without a level is listed as `error`, as issueToApi answers it.
    return { where: `COALESCE(level, 'error') IN (${levels.map(() => '?').join(', ')})`, params: levels };
  }
  return undefined;
}

/**
 * Translates a parsed query to SQL when every part of it is a plain column test (`is:` status,
 * assignment and bookmarks, `level:`, counts, first / last seen); `undefined` otherwise, and the
 * caller answers with the kit's own search, which stays the reference for what matches.
 */
export function issueQuerySql(parsed: ParsedIssueQuery, now: number): IssueSqlPlan | undefined {
  if (parsed.errors.length > 0 || parsed.freeText.length > 0) return undefined;
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const filter of parsed.filters) {
    const sql = filterSql(filter, now);
    if (!sql) return undefined;
    parts.push(filter.negated ? `NOT ${sql.where}` : sql.where);
    params.push(...sql.params);
  }
  return { where: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** `ORDER BY` of a sort, matching `getIssueSortOrder`: the sort's value, then last seen, newest first, then id. */
export function issueSortSql(sort: IssueSort): string {
  const primary: Record<IssueSort, string> = {
    date: 'last_seen DESC',
    new: 'first_seen DESC',
    freq: 'times_seen DESC',
    user: 'user_count DESC',
    // issueToApi's priority: high for fatal and error, medium for warning, else low.
    priority: `CASE WHEN level IN ('fatal', 'error') THEN 3 WHEN level = 'warning' THEN 2 ELSE 1 END DESC`,
  };
  return sort === 'date' ? 'last_seen DESC, id ASC' : `${primary[sort]}, last_seen DESC, id ASC`;
}
