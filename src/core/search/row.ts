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
  tags: Map<string, string[]>;
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

function toTime(value: string | undefined): number {
  return value ? Date.parse(value) : Number.NaN;
}

/** Builds the search row for one issue. */
export function buildIssueSearchRow(issue: Issue): IssueSearchRow {
  const tags = readIssueTags(issue);
  const metadataValue = issue.metadata?.value;
  const text = [issue.title, issue.culprit, issue.shortId, metadataValue]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\u0000')
    .toLowerCase();
  const assignee = issue.assignedTo;
  const project = issue.project;
  const firstRelease = lower(issue.firstRelease?.version);
  const releases = [firstRelease, lower(issue.lastRelease?.version), ...(tags.get('release') ?? [])].filter(Boolean);
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
    lastSeen: toTime(issue.lastSeen),
    firstSeen: toTime(issue.firstSeen),
    bookmarked: issue.isBookmarked === true,
    unread: issue.hasSeen === false,
    assigneeType: assignee?.type ?? '',
    assignee: assignee ? [lower(assignee.id), lower(assignee.name), lower(assignee.email)].filter(Boolean) : [],
    project: project ? [lower(project.id), lower(project.slug), lower(project.name)].filter(Boolean) : [],
    environments: [...new Set(tags.get('environment') ?? [])],
    releases: [...new Set(releases)],
    firstRelease,
    tags,
  };
}
