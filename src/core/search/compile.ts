import type { Issue } from '../model';
import { globFinder, globMatcher } from './glob';
import { buildIssueSearchRow, type IssueSearchRow } from './row';
import type { IssueDateFilter, IssueFilter, IssueNumberFilter, IssueValueFilter, ParsedIssueQuery } from './types';
import { relativeIssueDateMs } from './values';
import { knownKeys } from '../knownKeys';

/** The signed-in user, for `assigned:me`, `assigned:my_teams` and `bookmarks:me`. */
export interface IssueSearchViewer {
  id?: string;
  email?: string;
  name?: string;
  /** Ids, slugs or names of the viewer's teams. */
  teams?: readonly string[];
}

/** What a query is evaluated against besides the issue itself. */
export interface IssueSearchContext {
  /** "Now" for relative dates (`lastSeen:-24h`); pass a stable value so results stay memoised. */
  now: number | Date;
  /** Who `me` is; without it `assigned:me` and `bookmarks:me` match nothing. */
  me?: IssueSearchViewer;
  /** Version `release:latest` means; `IssueIndex.latestRelease` when using an index. */
  latestRelease?: string;
}

/** Tests one issue against a compiled query. */
export type IssuePredicate = (issue: Issue) => boolean;
/** Tests one precomputed search row against a compiled query. */
export type IssueRowPredicate = (row: IssueSearchRow) => boolean;

const DAY_MS = 86_400_000;

/** A case-insensitive matcher for one value, with `*` matching any run of characters. */
function valuePattern(value: string): (candidate: string) => boolean {
  return globMatcher(value.toLowerCase());
}

function anyOf(values: string[]): (candidate: string) => boolean {
  const patterns = values.map(valuePattern);
  if (patterns.length === 1) return patterns[0]!;
  return (candidate) => patterns.some((matches) => matches(candidate));
}

/** Any of several row checks; a single check is returned as is to keep the hot loop flat. */
function either(checks: IssueRowPredicate[]): IssueRowPredicate {
  if (checks.length === 1) return checks[0]!;
  return (row) => checks.some((check) => check(row));
}

function viewerNames(me: IssueSearchViewer | undefined): string[] {
  return me ? [me.id, me.email, me.name].filter((v): v is string => !!v).map((v) => v.toLowerCase()) : [];
}

const IS_CHECKS = knownKeys<IssueRowPredicate>({
  unresolved: (row) => row.status === 'unresolved',
  resolved: (row) => row.status === 'resolved',
  ignored: (row) => row.status === 'ignored',
  archived: (row) => row.status === 'ignored',
  assigned: (row) => row.assigneeType !== '',
  unassigned: (row) => row.assigneeType === '',
  bookmarked: (row) => row.bookmarked,
  unread: (row) => row.unread,
});

function substatusIs(substatus: string): IssueRowPredicate {
  return (row) => row.substatus === substatus;
}

function assignedCheck(value: string, context: IssueSearchContext): IssueRowPredicate {
  const lowered = value.toLowerCase();
  if (lowered === 'none') return (row) => row.assigneeType === '';
  if (lowered === 'me') {
    const names = viewerNames(context.me);
    return (row) => row.assigneeType === 'user' && row.assignee.some((a) => names.includes(a));
  }
  if (lowered === 'my_teams') {
    const teams = (context.me?.teams ?? []).map((t) => t.toLowerCase());
    return (row) => row.assigneeType === 'team' && row.assignee.some((a) => teams.includes(a));
  }
  if (lowered.startsWith('#')) {
    const team = valuePattern(lowered.slice(1));
    return (row) => row.assigneeType === 'team' && row.assignee.some(team);
  }
  const matches = valuePattern(lowered);
  return (row) => row.assignee.some(matches);
}

const HAS_CHECKS = knownKeys<IssueRowPredicate>({
  assigned: (row) => row.assigneeType !== '',
  environment: (row) => row.environments.length > 0,
  release: (row) => row.releases.length > 0,
  level: (row) => row.level !== '',
  platform: (row) => row.platform !== '',
  project: (row) => row.project.length > 0,
});

function valueCheck(filter: IssueValueFilter, context: IssueSearchContext): IssueRowPredicate {
  const { values } = filter;
  const matches = anyOf(values);
  const latest = context.latestRelease?.toLowerCase();
  const releaseOf = (value: string) => (value.toLowerCase() === 'latest' && latest ? latest : value);
  switch (filter.field) {
    case 'is': {
      return either(values.map((v) => IS_CHECKS[v.toLowerCase()] ?? substatusIs(v.toLowerCase())));
    }
    case 'assigned': {
      return either(values.map((v) => assignedCheck(v, context)));
    }
    case 'bookmarks': {
      const names = viewerNames(context.me);
      const mine = values.some((v) => v.toLowerCase() === 'me' || names.includes(v.toLowerCase()));
      return (row) => mine && row.bookmarked;
    }
    case 'has': {
      return either(values.map((v) => HAS_CHECKS[v.toLowerCase()] ?? ((row: IssueSearchRow) => row.tags.has(v.toLowerCase()))));
    }
    case 'release': {
      const release = anyOf(values.map(releaseOf));
      return (row) => row.releases.some(release);
    }
    case 'first_release': {
      const release = anyOf(values.map(releaseOf));
      return (row) => release(row.firstRelease);
    }
    case 'status': {
      const status = anyOf(values.map((v) => (v.toLowerCase() === 'archived' ? 'ignored' : v)));
      return (row) => status(row.status);
    }
    case 'level':
      return (row) => matches(row.level);
    case 'priority':
      return (row) => matches(row.priority);
    case 'platform':
      return (row) => matches(row.platform);
    case 'issue_category':
      return (row) => matches(row.issueCategory);
    case 'issue_type':
      return (row) => matches(row.issueType);
    case 'project':
      return (row) => row.project.some(matches);
    case 'environment':
      return (row) => row.environments.some(matches);
    case 'tag': {
      const key = filter.key.toLowerCase();
      const absentMatches = values.includes('');
      return (row) => {
        const tagValues = row.tags.get(key);
        return tagValues ? tagValues.some(matches) : absentMatches;
      };
    }
  }
}

function compare(left: number, operator: IssueNumberFilter['operator'], right: number): boolean {
  if (operator === '>') return left > right;
  if (operator === '>=') return left >= right;
  if (operator === '<') return left < right;
  if (operator === '<=') return left <= right;
  return left === right;
}

function dateCheck(filter: IssueDateFilter, now: number): (time: number) => boolean {
  const { date, operator } = filter;
  if (date.kind === 'relative') {
    const bound = now - relativeIssueDateMs(date);
    return date.direction === 'within' ? (time) => time >= bound : (time) => time < bound;
  }
  if (operator !== '=') return (time) => compare(time, operator, date.time);
  const span = date.dayOnly ? DAY_MS : 1000;
  return (time) => time >= date.time && time < date.time + span;
}

function filterCheck(filter: IssueFilter, context: IssueSearchContext, now: number): IssueRowPredicate {
  if (filter.type === 'value') return valueCheck(filter, context);
  if (filter.type === 'number') {
    const { operator, value } = filter;
    return filter.field === 'times_seen' ? (row) => compare(row.count, operator, value) : (row) => compare(row.userCount, operator, value);
  }
  const check = dateCheck(filter, now);
  return filter.field === 'last_seen' ? (row) => check(row.lastSeen) : (row) => check(row.firstSeen);
}

function textCheck(term: string): IssueRowPredicate {
  const lowered = term.toLowerCase();
  if (!lowered.includes('*')) return (row) => row.text.includes(lowered);
  const finds = globFinder(lowered, '\u0000');
  return (row) => finds(row.text);
}

/** Compiles a parsed query into a predicate over search rows (see `createIssueIndex`). */
export function compileIssueRowPredicate(parsed: ParsedIssueQuery, context: IssueSearchContext): IssueRowPredicate {
  const now = typeof context.now === 'number' ? context.now : context.now.getTime();
  const checks: IssueRowPredicate[] = parsed.filters.map((filter) => {
    const check = filterCheck(filter, context, now);
    return filter.negated ? (row: IssueSearchRow) => !check(row) : check;
  });
  // Text runs last: field checks are cheaper and usually reject first.
  for (const term of parsed.freeText) checks.push(textCheck(term));
  if (checks.length === 0) return () => true;
  if (checks.length === 1) return checks[0]!;
  return (row) => {
    for (const check of checks) if (!check(row)) return false;
    return true;
  };
}

const rowCache = new WeakMap<Issue, IssueSearchRow>();

/**
 * Compiles a parsed query into a predicate over issues; filters with errors are already left
 * out of `parsed.filters`, so a half-typed query still filters by what is valid. Rows are
 * cached per issue object; for lists, prefer `createIssueIndex` + `createIssueSearcher`.
 */
export function compileIssueQuery(parsed: ParsedIssueQuery, context: IssueSearchContext): IssuePredicate {
  const matches = compileIssueRowPredicate(parsed, context);
  return (issue) => {
    let row = rowCache.get(issue);
    if (!row) {
      row = buildIssueSearchRow(issue);
      rowCache.set(issue, row);
    }
    return matches(row);
  };
}
