import { isoToMs } from '../format/dates';
import type { Issue } from '../model';

/**
 * What the search compares, read once per issue and lowercased, so that matching a keystroke
 * touches flat strings and numbers instead of walking the issue's JSON.
 */
export interface IssueSearchRow {
  issue: Issue;
  /** Title, culprit, short id and metadata value, lowercased, NUL-separated. */
  text: string;
  status: string;
  substatus: string;
  level: string;
  priority: string;
  platform: string;
  issueCategory: string;
  issueType: string;
  count: number;
  userCount: number;
  /** Epoch ms, NaN when unknown. */
  lastSeen: number;
  firstSeen: number;
  bookmarked: boolean;
  unread: boolean;
  assigneeType: '' | 'user' | 'team';
  /** Assignee id, name and email, lowercased; empty when unassigned. */
  assignee: string[];
  /** Project id, slug and name, lowercased. */
  project: string[];
  environments: string[];
  /** Every release the issue is known in (first, last, release tag), lowercased. */
  releases: string[];
  firstRelease: string;
  /** Tag key → values, both lowercased. */
  tags: ReadonlyMap<string, string[]>;
}

const lower = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');

function addTag(tags: Map<string, string[]>, key: unknown, value: unknown): void {
  if (typeof key !== 'string' || key === '') return;
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    const text = typeof item === 'number' || typeof item === 'boolean' ? String(item) : item;
    if (typeof text !== 'string') continue;
    const list = tags.get(key.toLowerCase());
    if (list) list.push(text.toLowerCase());
    else tags.set(key.toLowerCase(), [text.toLowerCase()]);
  }
}

/**
 * Issue tags when the input carried them in `extra.tags`: Sentry's issue details
 * (`[{ key, topValues: [{ value }] }]`), event-style pairs (`[[key, value]]`),
 * `[{ key, value }]`, or a plain record.
 */
export function readIssueTags(issue: Issue): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  const raw = issue.extra?.tags;
  if (Array.isArray(raw)) {
    for (const entry of raw) {
      if (Array.isArray(entry)) addTag(tags, entry[0], entry[1]);
      else if (entry && typeof entry === 'object') {
        const { key, value, topValues } = entry as Record<string, unknown>;
        if (value !== undefined) addTag(tags, key, value);
        if (Array.isArray(topValues)) {
          for (const top of topValues) if (top && typeof top === 'object') addTag(tags, key, (top as Record<string, unknown>).value);
        }
      }
    }
  } else if (raw && typeof raw === 'object') {
    for (const [key, value] of Object.entries(raw)) addTag(tags, key, value);
  }
  addTag(tags, 'environment', issue.extra?.environment);
  addTag(tags, 'environment', issue.extra?.environments);
  return tags;
}

// Rows are built 100k at a time, so the common empty cases share one value instead of allocating.
const NO_TAGS: ReadonlyMap<string, string[]> = new Map();
const NONE: string[] = [];

/** Joins the non-empty strings with NUL, without the arrays a filter/join would allocate. */
function joinText(parts: readonly unknown[]): string {
  let text = '';
  for (const part of parts) {
    if (typeof part !== 'string' || part === '') continue;
    text = text === '' ? part : `${text}\u0000${part}`;
  }
  return text;
}

/** The non-empty lowercased strings among `values`, each once. */
function distinctLower(values: readonly unknown[]): string[] {
  let out: string[] | undefined;
  for (const value of values) {
    const text = lower(value);
    if (text === '' || out?.includes(text)) continue;
    if (out) out.push(text);
    else out = [text];
  }
  return out ?? NONE;
}

/** Builds the search row for one issue. */
export function buildIssueSearchRow(issue: Issue): IssueSearchRow {
  const extra = issue.extra;
  const tags = extra && (extra.tags !== undefined || extra.environment !== undefined || extra.environments !== undefined) ? readIssueTags(issue) : NO_TAGS;
  const text = joinText([issue.title, issue.culprit, issue.shortId, issue.metadata?.value]).toLowerCase();
  const assignee = issue.assignedTo;
  const project = issue.project;
  const firstRelease = lower(issue.firstRelease?.version);
  const taggedReleases = tags.get('release');
  const releases = distinctLower(taggedReleases ? [firstRelease, issue.lastRelease?.version, ...taggedReleases] : [firstRelease, issue.lastRelease?.version]);
  const environments = tags.get('environment');
  return {
    issue,
    text,
    status: issue.status,
    substatus: issue.substatus ?? '',
    level: issue.level ?? '',
    priority: issue.priority ?? '',
    platform: lower(issue.platform ?? project?.platform),
    issueCategory: lower(issue.issueCategory),
    issueType: lower(issue.issueType),
    count: Number(issue.count) || 0,
    userCount: Number(issue.userCount) || 0,
    lastSeen: isoToMs(issue.lastSeen),
    firstSeen: isoToMs(issue.firstSeen),
    bookmarked: issue.isBookmarked === true,
    unread: issue.hasSeen === false,
    assigneeType: assignee?.type ?? '',
    assignee: assignee ? distinctLower([assignee.id, assignee.name, assignee.email]) : NONE,
    project: project ? distinctLower([project.id, project.slug, project.name]) : NONE,
    environments: environments ? distinctLower(environments) : NONE,
    releases,
    firstRelease,
    tags,
  };
}
