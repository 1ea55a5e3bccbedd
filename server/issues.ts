import type { ServerDatabase } from './db';
import type { ProjectRow } from './projects';

/** An issue row as stored, with its counts (overall, or within the requested environments). */
export interface IssueRow {
  id: number;
  project_id: number;
  short_number: number;
  title: string;
  culprit: string | null;
  level: string | null;
  type: string;
  platform: string | null;
  logger: string | null;
  metadata: string;
  status: string;
  substatus: string | null;
  assigned_to: string | null;
  is_bookmarked: number;
  is_unhandled: number;
  times_seen: number;
  user_count: number;
  first_seen: number;
  last_seen: number;
  first_release: string | null;
  last_release: string | null;
}

/** The local server's only user: who `me` and `assigned:me` mean. */
export const LOCAL_USER = { type: 'user', id: '1', name: 'Local Developer', email: 'dev@localhost' } as const;

/** Stats periods Sentry accepts on issue lists: bucket size and bucket count. */
// Prototype-less, so a query's `toString` or `__proto__` finds nothing rather than Object's own.
export const STATS_PERIODS: Readonly<Record<string, { bucketMs: number; buckets: number } | undefined>> = Object.assign(Object.create(null), {
  '1h': { bucketMs: 300_000, buckets: 12 },
  '24h': { bucketMs: 3_600_000, buckets: 24 },
  '7d': { bucketMs: 86_400_000, buckets: 7 },
  '14d': { bucketMs: 86_400_000, buckets: 14 },
  '30d': { bucketMs: 86_400_000, buckets: 30 },
});

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** The issues of some projects; with environments, counts and dates come from those events only. */
export function loadIssues(db: ServerDatabase, projectIds: readonly number[], environments: readonly string[]): IssueRow[] {
  if (projectIds.length === 0) return [];
  if (environments.length === 0) {
    return db.prepare(`SELECT * FROM issues WHERE project_id IN (${placeholders(projectIds)})`).all(...projectIds) as IssueRow[];
  }
  return db
    .prepare(
      `SELECT i.*, e.times_seen_env AS times_seen, e.user_count_env AS user_count, e.first_env AS first_seen, e.last_env AS last_seen
       FROM issues i JOIN (
         SELECT issue_id, COUNT(*) AS times_seen_env, COUNT(DISTINCT user_key) AS user_count_env, MIN(timestamp) AS first_env, MAX(timestamp) AS last_env
         FROM events WHERE environment IN (${placeholders(environments)}) GROUP BY issue_id
       ) e ON e.issue_id = i.id
       WHERE i.project_id IN (${placeholders(projectIds)})`,
    )
    .all(...environments, ...projectIds) as IssueRow[];
}

/** The issues of some projects as a table expression: the table itself, or with environments their counts and dates from those events only. */
function issueSource(projectIds: readonly number[], environments: readonly string[]): { sql: string; params: (string | number)[] } {
  if (environments.length === 0) return { sql: `(SELECT * FROM issues WHERE project_id IN (${placeholders(projectIds)}))`, params: [...projectIds] };
  return {
    sql: `(SELECT i.id, i.project_id, i.short_number, i.title, i.culprit, i.level, i.type, i.platform, i.logger, i.metadata, i.status, i.substatus,
             i.assigned_to, i.is_bookmarked, i.is_unhandled, e.times_seen_env AS times_seen, e.user_count_env AS user_count,
             e.first_env AS first_seen, e.last_env AS last_seen, i.first_release, i.last_release, i.search_text, i.short_text
           FROM issues i JOIN (
             SELECT issue_id, COUNT(*) AS times_seen_env, COUNT(DISTINCT user_key) AS user_count_env, MIN(timestamp) AS first_env, MAX(timestamp) AS last_env
             FROM events WHERE environment IN (${placeholders(environments)}) GROUP BY issue_id
           ) e ON e.issue_id = i.id
           WHERE i.project_id IN (${placeholders(projectIds)}))`,
    params: [...environments, ...projectIds],
  };
}

/**
 * One page of issues filtered, sorted and counted by SQL over the stored columns (see
 * `issueQuerySql`), so a list request reads only the rows it answers with.
 */
export function loadIssuePage(
  db: ServerDatabase,
  scope: { projectIds: readonly number[]; environments: readonly string[] },
  query: { where: string; params: readonly (string | number)[]; orderBy: string },
  page: { offset: number; limit: number },
): { rows: IssueRow[]; total: number } {
  if (scope.projectIds.length === 0) return { rows: [], total: 0 };
  const source = issueSource(scope.projectIds, scope.environments);
  const { total } = db.prepare(`SELECT COUNT(*) AS total FROM ${source.sql} WHERE ${query.where}`).get(...source.params, ...query.params) as { total: number };
  const rows = db
    .prepare(`SELECT * FROM ${source.sql} WHERE ${query.where} ORDER BY ${query.orderBy} LIMIT ? OFFSET ?`)
    .all(...source.params, ...query.params, page.limit, page.offset) as IssueRow[];
  return { rows, total };
}

/** One issue by id. */
export function loadIssue(db: ServerDatabase, id: number): IssueRow | undefined {
  return db.prepare('SELECT * FROM issues WHERE id = ?').get(id) as IssueRow | undefined;
}

/** Event counts per bucket for each issue, oldest bucket first, ending at `now`. */
export function loadStats(
  db: ServerDatabase,
  issueIds: readonly number[],
  period: string,
  now: number,
  environments: readonly string[],
): Map<number, [number, number][]> {
  const spec = STATS_PERIODS[period];
  const stats = new Map<number, [number, number][]>();
  if (!spec || issueIds.length === 0) return stats;
  // Buckets align to whole hours / days like Sentry's, the last one holding "now".
  const end = Math.floor(now / spec.bucketMs) * spec.bucketMs + spec.bucketMs;
  const start = end - spec.bucketMs * spec.buckets;
  for (const id of issueIds) {
    stats.set(
      id,
      Array.from({ length: spec.buckets }, (_, i): [number, number] => [(start + i * spec.bucketMs) / 1000, 0]),
    );
  }
  const environmentFilter = environments.length > 0 ? `AND environment IN (${placeholders(environments)})` : '';
  const rows = db
    .prepare(
      // better-sqlite3 binds JS numbers as REAL, so the division needs an explicit cast to bucket.
      `SELECT issue_id, CAST((timestamp - ?) / ? AS INTEGER) AS bucket, COUNT(*) AS count FROM events
       WHERE issue_id IN (${placeholders(issueIds)}) AND timestamp >= ? AND timestamp < ? ${environmentFilter}
       GROUP BY issue_id, bucket`,
    )
    .all(start, spec.bucketMs, ...issueIds, start, end, ...environments) as { issue_id: number; bucket: number; count: number }[];
  for (const row of rows) {
    const bucket = stats.get(row.issue_id)?.[Math.floor(row.bucket)];
    if (bucket) bucket[1] += row.count;
  }
  return stats;
}

function parseJsonColumn(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

function priorityOf(level: string | null): string {
  if (level === 'fatal' || level === 'error') return 'high';
  return level === 'warning' ? 'medium' : 'low';
}

/** An issue in the Web API's shape (`GET /api/0/organizations/{org}/issues/`). */
export function issueToApi(
  row: IssueRow,
  project: ProjectRow,
  links: { baseUrl: string; organization: string },
  stats?: { period: string; series: [number, number][] },
): Record<string, unknown> {
  const release = (version: string | null) => (version ? { version, shortVersion: version } : null);
  return {
    id: String(row.id),
    // Sentry writes the per-project number in a compact base too (`SENTRY-3Z1`), keeping ids short.
    shortId: `${project.slug.toUpperCase()}-${row.short_number.toString(36).toUpperCase()}`,
    title: row.title,
    culprit: row.culprit,
    level: row.level ?? 'error',
    status: row.status,
    substatus: row.substatus,
    statusDetails: {},
    priority: priorityOf(row.level),
    platform: row.platform ?? project.platform,
    logger: row.logger,
    type: row.type,
    metadata: parseJsonColumn(row.metadata) ?? {},
    // Sentry sends the event count as a string (it can pass 2^53), the user count as a number.
    count: String(row.times_seen),
    userCount: row.user_count,
    firstSeen: iso(row.first_seen),
    lastSeen: iso(row.last_seen),
    project: { id: String(project.id), slug: project.slug, name: project.name, platform: project.platform },
    assignedTo: parseJsonColumn(row.assigned_to),
    isBookmarked: row.is_bookmarked === 1,
    isSubscribed: false,
    isPublic: false,
    hasSeen: false,
    isUnhandled: row.is_unhandled === 1,
    numComments: 0,
    annotations: [],
    shareId: null,
    permalink: `${links.baseUrl}/organizations/${links.organization}/issues/${row.id}/`,
    firstRelease: release(row.first_release),
    lastRelease: release(row.last_release),
    issueType: 'error',
    issueCategory: 'error',
    ...(stats ? { stats: { [stats.period]: stats.series } } : {}),
  };
}
