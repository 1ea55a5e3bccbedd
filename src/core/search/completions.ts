import { LEVELS } from '../model';
import type { IssueIndex } from './issueIndex';
import { ISSUE_IS_VALUES, ISSUE_SEARCH_KEYS, lookupIssueSearchKey, tagKeyOf } from './keys';
import { scanIssueQuery } from './tokenize';
import { knownKeys } from '../knownKeys';

/** One suggestion for the search box. */
export interface IssueQueryCompletion {
  kind: 'key' | 'value';
  /** What to show. */
  label: string;
  /** What replaces `from`–`to` in the query (quoted when needed, `key:` for keys). */
  insertText: string;
  /** A key's meaning, or how many issues carry a value. */
  description?: string;
}

/** Suggestions for the word at the cursor and the span they replace. */
export interface IssueQueryCompletions {
  from: number;
  to: number;
  items: IssueQueryCompletion[];
}

type Facets = Map<string, Map<string, number>>;
const facetCache = new WeakMap<IssueIndex, Facets>();

function count(facets: Facets, key: string, value: string | undefined): void {
  if (!value) return;
  const values = facets.get(key) ?? new Map<string, number>();
  facets.set(key, values);
  values.set(value, (values.get(value) ?? 0) + 1);
}

/** Known values per key across the indexed issues, with how many issues have each; built once per index. */
function getFacets(index: IssueIndex): Facets {
  const cached = facetCache.get(index);
  if (cached) return cached;
  const facets: Facets = new Map();
  // `rows` is a getter that finishes the index: read it once, not per issue.
  const { rows } = index;
  index.issues.forEach((issue, i) => {
    const row = rows[i]!;
    count(facets, 'level', issue.level);
    count(facets, 'project', issue.project?.slug ?? issue.project?.id);
    count(facets, 'platform', issue.platform ?? issue.project?.platform);
    count(facets, 'issue.category', issue.issueCategory);
    count(facets, 'issue.type', issue.issueType);
    const assignee = issue.assignedTo;
    count(facets, 'assigned', assignee && (assignee.type === 'team' ? `#${assignee.name}` : (assignee.email ?? assignee.name)));
    for (const release of new Set([issue.firstRelease?.version, issue.lastRelease?.version])) count(facets, 'release', release);
    count(facets, 'first_release', issue.firstRelease?.version);
    for (const [key, values] of row.tags) {
      count(facets, '#tags', key);
      for (const value of new Set(values)) count(facets, `tag:${key}`, value);
    }
    for (const environment of row.environments) count(facets, 'environment', environment);
  });
  facetCache.set(index, facets);
  return facets;
}

const FIXED_VALUES = knownKeys<readonly string[]>({
  is: ISSUE_IS_VALUES,
  level: LEVELS,
  assigned: ['me', 'none', 'my_teams'],
  bookmarks: ['me'],
  release: ['latest'],
  first_release: ['latest'],
  status: ['unresolved', 'resolved', 'ignored'],
  'issue.priority': ['high', 'medium', 'low'],
  has: ['assigned', 'environment', 'release', 'level', 'platform', 'project'],
  times_seen: ['>10', '>100', '>1000'],
  user_count: ['>1', '>10', '>100'],
  last_seen: ['-1h', '-24h', '-7d', '-14d', '+30d'],
  first_seen: ['-1h', '-24h', '-7d', '-14d', '+30d'],
});

const quoteIfNeeded = (value: string) => (/^[^\s"[\],]+$/.test(value) ? value : `"${value.replace(/[\\"]/g, '\\$&')}"`);

function rank<T extends { label: string }>(items: T[], prefix: string, limit: number): T[] {
  const lowered = prefix.toLowerCase();
  const starts = items.filter((item) => item.label.toLowerCase().startsWith(lowered));
  const contains = items.filter((item) => !item.label.toLowerCase().startsWith(lowered) && item.label.toLowerCase().includes(lowered));
  return [...starts, ...contains].slice(0, limit);
}

function valueItems(rawKey: string, index: IssueIndex): IssueQueryCompletion[] {
  const known = lookupIssueSearchKey(rawKey);
  const facets = getFacets(index);
  const canonical = known?.canonical ?? `tag:${(tagKeyOf(rawKey) ?? rawKey).toLowerCase()}`;
  const fixed = FIXED_VALUES[canonical] ?? [];
  const seen = [...(facets.get(canonical) ?? [])].sort((a, b) => b[1] - a[1]);
  const extra = canonical === 'has' ? [...(facets.get('#tags')?.keys() ?? [])] : [];
  const items = new Map<string, IssueQueryCompletion>();
  for (const value of [...fixed, ...extra]) items.set(value, { kind: 'value', label: value, insertText: quoteIfNeeded(value) });
  for (const [value, issues] of seen) {
    if (!items.has(value)) items.set(value, { kind: 'value', label: value, insertText: quoteIfNeeded(value), description: `${issues} issues` });
  }
  return [...items.values()];
}

function keyItems(index: IssueIndex): IssueQueryCompletion[] {
  const keys = ISSUE_SEARCH_KEYS.map(({ key, description }) => ({ kind: 'key' as const, label: key, insertText: `${key}:`, description }));
  const named = new Set(keys.map((k) => k.label));
  const tags = [...(getFacets(index).get('#tags') ?? [])].sort((a, b) => b[1] - a[1]);
  for (const [key, issues] of tags) {
    if (!named.has(key)) keys.push({ kind: 'key', label: key, insertText: `${key}:`, description: `Tag, on ${issues} issues` });
  }
  return keys;
}

/**
 * Suggestions for the word around `cursor`: keys (Faultline's and the data's tag keys) while
 * typing a key, values seen in the data (levels, projects, environments, releases,
 * assignees, tag values…) after `key:` or inside `key:[a, …`. Replace `from`–`to` with an
 * item's `insertText`.
 */
export function getIssueQueryCompletions(query: string, cursor: number, index: IssueIndex, limit = 20): IssueQueryCompletions {
  const at = Math.max(0, Math.min(cursor, query.length));
  // The tokenizer knows where a word ends, even inside `key:[a, b]` or `key:"a b"`.
  const token = scanIssueQuery(query).find((t) => t.position <= at && at <= t.position + t.length);
  const start = token ? token.position : at;
  const end = token ? token.position + token.length : at;
  const typed = query.slice(start, at);
  const filter = /^!?((?:tags\[[^\]]*\])|[A-Za-z_][\w.-]*):/.exec(typed);
  if (filter) {
    const valueStart = start + filter[0].length;
    const valueTyped = query.slice(valueStart, at);
    // Inside a list only the item being typed is replaced.
    const listItem = /^\[(?:.*,)?\s*/.exec(valueTyped);
    const from = valueStart + (listItem ? listItem[0].length : 0);
    let to = end;
    if (listItem) for (to = at; to < end && query[to] !== ',' && query[to] !== ']'; ) to++;
    const prefix = query.slice(from, at).replace(/^"/, '');
    return { from, to, items: rank(valueItems(filter[1]!, index), prefix, limit) };
  }
  const negated = typed.startsWith('!') ? 1 : 0;
  return { from: start + negated, to: end, items: rank(keyItems(index), typed.slice(negated), limit) };
}
