import type { IssueDateFilter, IssueNumberFilter, IssueValueField } from './types';

/** How a known key's value is read. */
export type IssueSearchKeySpec =
  | { type: 'value'; field: Exclude<IssueValueField, 'tag'>; description: string }
  | { type: 'number'; field: IssueNumberFilter['field']; description: string }
  | { type: 'date'; field: IssueDateFilter['field']; description: string };

/** Values `is:` accepts, as Sentry's issue search names them. */
export const ISSUE_IS_VALUES = [
  'unresolved',
  'resolved',
  'ignored',
  'archived',
  'assigned',
  'unassigned',
  'bookmarked',
  'unread',
  'new',
  'regressed',
  'escalating',
  'ongoing',
] as const;

/** One value of `is:`. */
export type IssueIsValue = (typeof ISSUE_IS_VALUES)[number];

// Canonical key first; aliases follow Sentry's own synonyms and the friendly names its UI shows.
const KEY_TABLE: [names: string[], spec: IssueSearchKeySpec][] = [
  [['is'], { type: 'value', field: 'is', description: 'Status, assignment, bookmark or substatus' }],
  [['level'], { type: 'value', field: 'level', description: 'Severity: fatal, error, warning, info, debug' }],
  [['assigned', 'assigned_to'], { type: 'value', field: 'assigned', description: 'me, none, #team, email or name' }],
  [['bookmarks'], { type: 'value', field: 'bookmarks', description: 'Bookmarked by: me' }],
  [['environment', 'env'], { type: 'value', field: 'environment', description: 'Environment the events came from' }],
  [['release'], { type: 'value', field: 'release', description: 'Release version, or latest' }],
  [['first_release', 'firstRelease'], { type: 'value', field: 'first_release', description: 'Release first seen in' }],
  [['project'], { type: 'value', field: 'project', description: 'Project slug, name or id' }],
  [['platform'], { type: 'value', field: 'platform', description: 'Platform such as python or javascript' }],
  [['status'], { type: 'value', field: 'status', description: 'unresolved, resolved or ignored' }],
  [['issue.priority', 'priority'], { type: 'value', field: 'priority', description: 'high, medium or low' }],
  [['issue.category'], { type: 'value', field: 'issue_category', description: 'error, performance…' }],
  [['issue.type'], { type: 'value', field: 'issue_type', description: 'Issue type' }],
  [['has'], { type: 'value', field: 'has', description: 'Has a value for a key or tag' }],
  [['times_seen', 'count', 'events', 'timesSeen'], { type: 'number', field: 'times_seen', description: 'Number of events' }],
  [['user_count', 'users', 'userCount'], { type: 'number', field: 'user_count', description: 'Number of users affected' }],
  [['last_seen', 'lastSeen'], { type: 'date', field: 'last_seen', description: 'Last event: -24h, +7d, >2026-01-01' }],
  [['first_seen', 'firstSeen', 'age'], { type: 'date', field: 'first_seen', description: 'First event: -14d, <2026-01-01' }],
];

// Built in a function marked pure so bundlers drop the table when search is not imported.
const KEYS = /* @__PURE__ */ keysByName();

function keysByName() {
  const keys = new Map<string, { canonical: string; spec: IssueSearchKeySpec }>();
  for (const [names, spec] of KEY_TABLE) {
    const canonical = names[0]!;
    for (const name of names) keys.set(name.toLowerCase(), { canonical, spec });
  }
  return keys;
}

/** The spec and canonical name of a known key, case-insensitive; undefined for a tag key. */
export function lookupIssueSearchKey(rawKey: string): { canonical: string; spec: IssueSearchKeySpec } | undefined {
  return KEYS.get(rawKey.toLowerCase());
}

/** Keys offered by completions: the name Sentry's docs use first, with a description. */
export const ISSUE_SEARCH_KEYS: readonly { key: string; description: string }[] = /* @__PURE__ */ KEY_TABLE.map(([names, spec]) => ({
  key: names[0]!,
  description: spec.description,
}));

/** The tag key inside `tags[name]`, or undefined when the key is not written that way. */
export function tagKeyOf(rawKey: string): string | undefined {
  const match = /^tags\[(.+)\]$/i.exec(rawKey);
  return match ? match[1] : undefined;
}
