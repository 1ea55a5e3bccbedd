import type { IssueFilter, IssueSort, IssueValueFilter, ParsedIssueQuery } from '../src/core';
import { globMatcher } from '../src/core/search/glob';
import { relativeIssueDateMs } from '../src/core/search/values';
import { globPattern } from './issueSearchStore';
import type { ProjectRow } from './projects';

/** A query's filters as SQL over the issue columns and the tag table (see issueSearchStore.ts). */
export interface IssueSqlPlan {
  where: string;
  params: (string | number)[];
}

/** What a query is evaluated against besides the rows: "now", the projects in scope, who `me` is. */
export interface IssueSqlContext {
  now: number;
  projects: readonly ProjectRow[];
  me: { id?: string; email?: string; name?: string };
}

const DAY_MS = 86_400_000;
const SQL_OPERATORS = { '=': '=', '>': '>', '>=': '>=', '<': '<', '<=': '<=' } as const;
const TRUE: IssueSqlPlan = { where: '1', params: [] };
const FALSE: IssueSqlPlan = { where: '0', params: [] };

/*
 * Every expression below is 0 or 1, never NULL (IFNULL around nullable columns): `NOT NULL` is
 * NULL in SQL, which would drop rows a negated filter (`!release:1.*`) must keep.
 */

// `is:` values that are column tests; any other value is a substatus name, as in the kit.
const IS_SQL: Record<string, string> = Object.assign(Object.create(null), {
  unresolved: `status = 'unresolved'`,
  resolved: `status = 'resolved'`,
  ignored: `status = 'ignored'`,
  archived: `status = 'ignored'`,
  assigned: 'assigned_to IS NOT NULL',
  unassigned: 'assigned_to IS NULL',
  bookmarked: 'is_bookmarked = 1',
  // issueToApi answers `hasSeen: false` for every issue: all are unread.
  unread: '1',
});

const PLATFORM = `IFNULL(platform, IFNULL((SELECT p.platform FROM projects p WHERE p.id = project_id), ''))`;
const PRIORITY = `CASE WHEN level IN ('fatal', 'error') THEN 'high' WHEN level = 'warning' THEN 'medium' ELSE 'low' END`;
// `id IN (…)` reads the matching tag rows once through issue_tags_search, instead of probing per issue.
const tagExists = (extra = '') => `id IN (SELECT t.issue_id FROM issue_tags t WHERE t.key = ? COLLATE NOCASE${extra})`;

function either(plans: IssueSqlPlan[]): IssueSqlPlan {
  if (plans.length === 1) return plans[0]!;
  return { where: `(${plans.map((plan) => plan.where).join(' OR ')})`, params: plans.flatMap((plan) => plan.params) };
}

/** Whole-value, case-insensitive, `*`-wildcard match of a column against any of the values. */
function matchAny(column: string, values: readonly string[]): IssueSqlPlan {
  return either(values.map((value) => ({ where: `fl_match(${column}, ?)`, params: [value.toLowerCase()] })));
}

const constant = (candidate: string, values: readonly string[]) =>
  values.some((value) => globMatcher(value.toLowerCase())(candidate)) ? TRUE : FALSE;

function assignedSql(value: string, context: IssueSqlContext): IssueSqlPlan {
  const lowered = value.toLowerCase();
  const assignee = (field: string) => `IFNULL(json_extract(assigned_to, '$.${field}'), '')`;
  const anyField = (pattern: string) => ({
    where: `(assigned_to IS NOT NULL AND (fl_match(${assignee('id')}, ?) OR fl_match(${assignee('name')}, ?) OR fl_match(${assignee('email')}, ?)))`,
    params: [pattern, pattern, pattern],
  });
  if (lowered === 'none') return { where: 'assigned_to IS NULL', params: [] };
  if (lowered === 'me') {
    const names = [context.me.id, context.me.email, context.me.name].filter((name): name is string => !!name).map((name) => name.toLowerCase());
    if (names.length === 0) return FALSE;
    const list = names.map(() => '?').join(', ');
    return {
      where: `(assigned_to IS NOT NULL AND ${assignee('type')} = 'user' AND (lower(${assignee('id')}) IN (${list}) OR lower(${assignee('name')}) IN (${list}) OR lower(${assignee('email')}) IN (${list})))`,
      params: [...names, ...names, ...names],
    };
  }
  // The local server has no teams: `my_teams` matches nothing, `#team` only issues assigned to a team.
  if (lowered === 'my_teams') return FALSE;
  if (lowered.startsWith('#')) {
    const team = anyField(lowered.slice(1));
    return { where: `(${assignee('type')} = 'team' AND ${team.where})`, params: team.params };
  }
  return anyField(lowered);
}

function hasSql(value: string): IssueSqlPlan {
  const key = value.toLowerCase();
  if (key === 'assigned') return { where: 'assigned_to IS NOT NULL', params: [] };
  if (key === 'release') return { where: `(IFNULL(first_release, '') <> '' OR IFNULL(last_release, '') <> '' OR ${tagExists()})`, params: ['release'] };
  // Every listed issue has a level (error by default) and a project.
  if (key === 'level' || key === 'project') return TRUE;
  if (key === 'platform') return { where: `${PLATFORM} <> ''`, params: [] };
  return { where: tagExists(), params: [key] };
}

function tagMatch(key: string, values: readonly string[]): IssueSqlPlan {
  const patterns = values.map((value) => value.toLowerCase());
  return { where: tagExists(` AND (${patterns.map(() => 't.value_lower GLOB ?').join(' OR ')})`), params: [key, ...patterns.map(globPattern)] };
}

function releaseSql(values: readonly string[]): IssueSqlPlan {
  const patterns = values.map((value) => value.toLowerCase());
  const own = (column: string) => patterns.map(() => `(IFNULL(${column}, '') <> '' AND fl_match(${column}, ?))`);
  const tag = tagMatch('release', values);
  return { where: `(${[...own('first_release'), ...own('last_release'), tag.where].join(' OR ')})`, params: [...patterns, ...patterns, ...tag.params] };
}

function valueSql(filter: IssueValueFilter, context: IssueSqlContext): IssueSqlPlan {
  const { values } = filter;
  switch (filter.field) {
    case 'is':
      return either(values.map((value) => (IS_SQL[value.toLowerCase()] ? { where: IS_SQL[value.toLowerCase()]!, params: [] } : { where: `IFNULL(substatus, '') = ?`, params: [value.toLowerCase()] })));
    case 'assigned':
      return either(values.map((value) => assignedSql(value, context)));
    case 'bookmarks': {
      const names = [context.me.id, context.me.email, context.me.name].filter((name): name is string => !!name).map((name) => name.toLowerCase());
      return values.some((value) => value.toLowerCase() === 'me' || names.includes(value.toLowerCase())) ? { where: 'is_bookmarked = 1', params: [] } : FALSE;
    }
    case 'has':
      return either(values.map(hasSql));
    // `release:latest` is taken literally, as the kit's index finds no release dates in issues to pick one by.
    case 'release':
      return releaseSql(values);
    case 'first_release':
      return matchAny(`IFNULL(first_release, '')`, values);
    case 'status':
      return matchAny('status', values.map((value) => (value.toLowerCase() === 'archived' ? 'ignored' : value)));
    case 'level':
      return matchAny(`IFNULL(level, 'error')`, values);
    case 'priority':
      return matchAny(PRIORITY, values);
    case 'platform':
      return matchAny(PLATFORM, values);
    case 'issue_category':
    case 'issue_type':
      return constant('error', values);
    case 'project': {
      const matching = context.projects.filter((project) => [String(project.id), project.slug, project.name].some((name) => constant(name.toLowerCase(), values) === TRUE));
      return matching.length === 0 ? FALSE : { where: `project_id IN (${matching.map(() => '?').join(', ')})`, params: matching.map((project) => project.id) };
    }
    case 'environment':
      return tagMatch('environment', values);
    case 'tag': {
      const key = filter.key.toLowerCase();
      const match = tagMatch(key, values);
      // An issue without the tag matches only an empty value (`browser:""`), as in the kit.
      return values.includes('') ? { where: `(${match.where} OR NOT ${tagExists()})`, params: [...match.params, key] } : match;
    }
  }
}

function filterSql(filter: IssueFilter, context: IssueSqlContext): IssueSqlPlan {
  if (filter.type === 'value') return valueSql(filter, context);
  if (filter.type === 'number') {
    const column = filter.field === 'times_seen' ? 'times_seen' : 'user_count';
    return { where: `${column} ${SQL_OPERATORS[filter.operator]} ?`, params: [filter.value] };
  }
  const column = filter.field === 'last_seen' ? 'last_seen' : 'first_seen';
  const { date, operator } = filter;
  if (date.kind === 'relative') {
    const bound = context.now - relativeIssueDateMs(date);
    return { where: `${column} ${date.direction === 'within' ? '>=' : '<'} ?`, params: [bound] };
  }
  if (operator !== '=') return { where: `${column} ${SQL_OPERATORS[operator]} ?`, params: [date.time] };
  return { where: `(${column} >= ? AND ${column} < ?)`, params: [date.time, date.time + (date.dayOnly ? DAY_MS : 1000)] };
}

/**
 * Translates a parsed query (without errors) to SQL over the issue columns and `issue_tags`,
 * matching what `createIssueSearcher` answers over the same issues with their tags: filters,
 * negation, `*` wildcards, lists, quoted values, `is:`, `has:`, `release:` and free text over
 * the stored search text.
 */
export function issueQuerySql(parsed: ParsedIssueQuery, context: IssueSqlContext): IssueSqlPlan {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  for (const filter of parsed.filters) {
    const sql = filterSql(filter, context);
    parts.push(filter.negated ? `NOT ${sql.where}` : sql.where);
    params.push(...sql.params);
  }
  // Text runs last: SQLite evaluates AND left to right, and the column tests reject first.
  for (const term of parsed.freeText) {
    const lowered = term.toLowerCase();
    if (lowered.includes('*')) {
      parts.push('fl_text(search_text, short_text, ?)');
      params.push(lowered);
    } else {
      // Both sides lowercased in JS: a byte search is the kit's `includes`, without a JS call per row.
      parts.push('(instr(search_text, ?) > 0 OR instr(short_text, ?) > 0)');
      params.push(lowered, lowered);
    }
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
