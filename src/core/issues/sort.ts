import { isoToMs } from '../format/dates';
import type { Issue } from '../model';
import { knownKeys } from '../knownKeys';

/** Sentry's issue sorts: last seen, first seen, events, users, priority. */
export type IssueSort = 'date' | 'new' | 'freq' | 'user' | 'priority';

/** The sorts a sort menu offers, with Sentry's labels. */
export const ISSUE_SORTS: readonly { value: IssueSort; label: string }[] = [
  { value: 'date', label: 'Last Seen' },
  { value: 'new', label: 'First Seen' },
  { value: 'freq', label: 'Events' },
  { value: 'user', label: 'Users' },
  { value: 'priority', label: 'Priority' },
];

const ALIASES = knownKeys<IssueSort>({
  date: 'date',
  lastseen: 'date',
  last_seen: 'date',
  new: 'new',
  firstseen: 'new',
  first_seen: 'new',
  age: 'new',
  freq: 'freq',
  events: 'freq',
  count: 'freq',
  times_seen: 'freq',
  user: 'user',
  users: 'user',
  usercount: 'user',
  user_count: 'user',
  priority: 'priority',
});

/** Reads a sort name or friendly alias (`lastSeen`, `events`, `users`…), case-insensitive. */
export function resolveIssueSort(name: string): IssueSort | undefined {
  return ALIASES[name.toLowerCase()];
}

const PRIORITY_RANK = knownKeys<number>({ high: 3, medium: 2, low: 1 });

function time(value: string | undefined): number {
  const parsed = isoToMs(value);
  // Issues without the date sort after every dated one.
  return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}

function primaryKey(issue: Issue, sort: Exclude<IssueSort, 'date'>): number {
  switch (sort) {
    case 'new':
      return time(issue.firstSeen);
    case 'freq':
      return Number(issue.count) || 0;
    case 'user':
      return Number(issue.userCount) || 0;
    case 'priority':
      return PRIORITY_RANK[issue.priority ?? ''] ?? 0;
  }
}

// Sentry's ids are decimal numbers; up to 15 digits, without leading zeros, they compare as doubles
// exactly as compareIds compares them.
const SHORT_NUMERIC_ID = /^(?:0|[1-9]\d{0,14})$/;

const DIGITS = /^\d+$/;

/**
 * Numeric ids (Sentry's) first, in numeric order (shorter first, then as text), then other ids
 * as text: a total order, so a list with both kinds still sorts the same way every time.
 */
function compareIds(a: string, b: string): number {
  const aNumeric = DIGITS.test(a);
  const bNumeric = DIGITS.test(b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (aNumeric && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Positions of `issues` in display order for a sort: the sort's value descending, then last
 * seen descending, then id ascending, so equal issues never swap places between renders.
 * Pass it as `order` to an issue searcher so results come out sorted.
 */
export function getIssueSortOrder(issues: readonly Issue[], sort: IssueSort): Int32Array {
  const n = issues.length;
  const primary = new Float64Array(n);
  const lastSeen = new Float64Array(n);
  const order = new Int32Array(n);
  // Ties are common under the count sorts; numeric ids read once keep them off the regex path.
  const numericId = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const issue = issues[i]!;
    numericId[i] = SHORT_NUMERIC_ID.test(issue.id) ? Number(issue.id) : Number.NaN;
    lastSeen[i] = time(issue.lastSeen);
    primary[i] = sort === 'date' ? lastSeen[i]! : primaryKey(issue, sort);
    order[i] = i;
  }
  order.sort((a, b) => {
    const byPrimary = primary[b]! - primary[a]!;
    if (byPrimary > 0 || byPrimary < 0) return byPrimary;
    const bySeen = lastSeen[b]! - lastSeen[a]!;
    if (bySeen > 0 || bySeen < 0) return bySeen;
    const idA = numericId[a]!;
    const idB = numericId[b]!;
    if (!Number.isNaN(idA) && !Number.isNaN(idB)) return idA - idB || a - b;
    return compareIds(issues[a]!.id, issues[b]!.id) || a - b;
  });
  return order;
}

/** Returns a sorted copy of `issues` (see `getIssueSortOrder` for the order). */
export function sortIssues(issues: readonly Issue[], sort: IssueSort): Issue[] {
  return Array.from(getIssueSortOrder(issues, sort), (position) => issues[position]!);
}
