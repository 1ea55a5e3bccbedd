import type { ServerDatabase } from './db';
import { HttpError } from './http';
import type { ProjectRow } from './projects';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
// Prototype-less, so `?statsPeriod=__proto__` finds nothing.
const PERIODS: Readonly<Record<string, { bucketMs: number; buckets: number } | undefined>> = Object.assign(Object.create(null), {
  '24h': { bucketMs: HOUR_MS, buckets: 24 },
  '14d': { bucketMs: DAY_MS, buckets: 14 },
  '30d': { bucketMs: DAY_MS, buckets: 30 },
});
const MAX_GROUPS = 100;
const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Reads `groups` (repeated, or comma-separated) as issue ids. */
function readGroups(url: URL): number[] {
  const ids = url.searchParams.getAll('groups').flatMap((value) => value.split(',')).filter((value) => value !== '');
  if (ids.length === 0) throw new HttpError(400, 'name the issues with ?groups=…');
  if (ids.length > MAX_GROUPS) throw new HttpError(400, `at most ${MAX_GROUPS} groups per request`);
  for (const id of ids) if (!/^\d{1,15}$/.test(id)) throw new HttpError(400, `invalid issue id "${id.slice(0, 40)}"`);
  return [...new Set(ids.map(Number))];
}

/**
 * `GET /organizations/{org}/issues-stats/?groups=…&statsPeriod=24h|14d|30d`: per issue its
 * counts within the period (and environments), and events per hour (24h) or day (14d, 30d),
 * aligned to whole hours / days with the last bucket holding now, as Sentry's.
 */
export function issueStats(db: ServerDatabase, url: URL, environments: readonly string[], projects: readonly ProjectRow[], now = Date.now()): Record<string, unknown>[] {
  const period = url.searchParams.get('statsPeriod') ?? '24h';
  const spec = PERIODS[period];
  if (!spec) throw new HttpError(400, `invalid statsPeriod "${period.slice(0, 20)}": use 24h, 14d or 30d`);
  const projectIds = new Set(projects.map((project) => project.id));
  const groups = readGroups(url);
  const rows = db.prepare(`SELECT id, project_id FROM issues WHERE id IN (${placeholders(groups)})`).all(...groups) as { id: number; project_id: number }[];
  const issues = rows.filter((issue) => projectIds.has(issue.project_id));
  const end = Math.floor(now / spec.bucketMs) * spec.bucketMs + spec.bucketMs;
  const start = end - spec.bucketMs * spec.buckets;
  const environmentFilter = environments.length > 0 ? `AND environment IN (${placeholders(environments)})` : '';
  const bucketsOf = db.prepare(
    `SELECT CAST((timestamp - ?) / ? AS INTEGER) AS bucket, COUNT(*) AS count FROM events
     WHERE issue_id = ? AND timestamp >= ? AND timestamp < ? ${environmentFilter} GROUP BY bucket`,
  );
  const totalsOf = db.prepare(
    `SELECT COUNT(*) AS count, COUNT(DISTINCT user_key) AS users, MIN(timestamp) AS first, MAX(timestamp) AS last FROM events
     WHERE issue_id = ? AND timestamp >= ? AND timestamp < ? ${environmentFilter}`,
  );
  const lifetimeOf = db.prepare('SELECT times_seen, user_count, first_seen, last_seen FROM issues WHERE id = ?');
  return issues.map(({ id }) => {
    const series = Array.from({ length: spec.buckets }, (_, index): [number, number] => [(start + index * spec.bucketMs) / 1000, 0]);
    for (const row of bucketsOf.all(start, spec.bucketMs, id, start, end, ...environments) as { bucket: number; count: number }[]) {
      const bucket = series[row.bucket];
      if (bucket) bucket[1] += row.count;
    }
    const totals = totalsOf.get(id, start, end, ...environments) as { count: number; users: number; first: number | null; last: number | null };
    const lifetime = lifetimeOf.get(id) as { times_seen: number; user_count: number; first_seen: number; last_seen: number };
    return {
      id: String(id),
      count: String(totals.count),
      userCount: totals.users,
      firstSeen: iso(totals.first),
      lastSeen: iso(totals.last),
      stats: { [period]: series },
      lifetime: { count: String(lifetime.times_seen), userCount: lifetime.user_count, firstSeen: iso(lifetime.first_seen), lastSeen: iso(lifetime.last_seen) },
      filtered: null,
    };
  });
}

interface ReleaseRow {
  release: string;
  project_id: number;
  first_received: number;
  first_event: number;
  last_event: number;
  new_groups: number;
}

/**
 * `GET /organizations/{org}/releases/`: the releases events were sent with, newest first, with
 * their first and last event; `project` (ids), `query` (part of the version) and environments
 * narrow them.
 */
export function listReleases(db: ServerDatabase, url: URL, environments: readonly string[], projects: readonly ProjectRow[]): Record<string, unknown>[] {
  const asked = url.searchParams.getAll('project').filter((value) => value !== '' && value !== '-1');
  for (const id of asked) if (!/^\d{1,15}$/.test(id)) throw new HttpError(400, `invalid project id "${id.slice(0, 40)}"`);
  const scope = asked.length > 0 ? projects.filter((project) => asked.includes(String(project.id))) : projects;
  if (scope.length === 0) return [];
  const query = (url.searchParams.get('query') ?? '').trim().toLowerCase().slice(0, 200);
  const environmentFilter = environments.length > 0 ? `AND environment IN (${placeholders(environments)})` : '';
  const rows = db
    .prepare(
      `SELECT release, MIN(project_id) AS project_id, MIN(received) AS first_received, MIN(timestamp) AS first_event, MAX(timestamp) AS last_event,
         (SELECT COUNT(*) FROM issues i WHERE i.first_release = events.release) AS new_groups
       FROM events WHERE release IS NOT NULL AND release != '' AND project_id IN (${placeholders(scope)}) ${environmentFilter}
         AND instr(lower(release), ?) > 0
       GROUP BY release ORDER BY first_event DESC, release`,
    )
    .all(...scope.map((project) => project.id), ...environments, query) as ReleaseRow[];
  const byId = new Map(projects.map((project) => [project.id, project]));
  return rows.map((row) => {
    const project = byId.get(row.project_id);
    return {
      version: row.release,
      shortVersion: shortVersion(row.release),
      dateCreated: iso(row.first_received),
      dateReleased: null,
      firstEvent: iso(row.first_event),
      lastEvent: iso(row.last_event),
      newGroups: row.new_groups,
      ref: null,
      url: null,
      data: {},
      projects: project ? [{ id: project.id, slug: project.slug, name: project.name, platform: project.platform }] : [],
    };
  });
}

/** Sentry's short form of a version: `app@1.2.3+45` → `1.2.3+45`, a commit hash → its first 7 characters. */
function shortVersion(version: string): string {
  const at = version.lastIndexOf('@');
  const bare = at > 0 ? version.slice(at + 1) : version;
  return /^[0-9a-f]{40}$/i.test(bare) ? bare.slice(0, 7) : bare;
}
