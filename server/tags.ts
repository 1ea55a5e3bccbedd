import type { ServerDatabase } from './db';
import { HttpError } from './http';

/** One tag value of an issue with how often and when it was seen (ms). */
interface TagValueRow {
  key: string;
  value: string;
  count: number;
  first_seen: number;
  last_seen: number;
}

// With an environment filter, tags are counted over at most this many of the issue's newest
// events: a bound on the request's cost.
const MAX_EVENTS_COUNTED = 5000;
// Top values listed per key, as Sentry's issue sidebar shows (it asks for 9).
const TOP_VALUES = 9;
const MAX_KEY_LENGTH = 32;

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/**
 * Tag values counted from the issue's newest events: the SDK's own tags (object or list of
 * pairs) and the ones every event has a column for (environment, release, level).
 */
function tagValuesFromEvents(db: ServerDatabase, issueId: number, environments: readonly string[], key: string | undefined): TagValueRow[] {
  const environmentFilter = environments.length > 0 ? `AND environment IN (${placeholders(environments)})` : '';
  const keyFilter = key === undefined ? '' : 'WHERE key = ?';
  const sql = `
    WITH recent AS (
      SELECT id, raw, environment, release, level, timestamp FROM events WHERE issue_id = ? ${environmentFilter}
      ORDER BY timestamp DESC LIMIT ${MAX_EVENTS_COUNTED}
    ), pairs AS (
      SELECT CASE json_type(recent.raw, '$.tags') WHEN 'object' THEN t.key ELSE coalesce(json_extract(t.value, '$[0]'), json_extract(t.value, '$.key')) END AS key,
             CASE json_type(recent.raw, '$.tags') WHEN 'object' THEN t.value ELSE coalesce(json_extract(t.value, '$[1]'), json_extract(t.value, '$.value')) END AS value,
             recent.id AS id, recent.timestamp AS timestamp
      FROM recent, json_each(CASE json_type(recent.raw, '$.tags') WHEN 'object' THEN json_extract(recent.raw, '$.tags') WHEN 'array' THEN json_extract(recent.raw, '$.tags') ELSE '[]' END) t
      UNION ALL SELECT 'environment', environment, id, timestamp FROM recent WHERE environment IS NOT NULL AND environment != ''
      UNION ALL SELECT 'release', release, id, timestamp FROM recent WHERE release IS NOT NULL AND release != ''
      UNION ALL SELECT 'level', level, id, timestamp FROM recent WHERE level IS NOT NULL
    )
    SELECT key, CAST(value AS TEXT) AS value, COUNT(*) AS count, MIN(timestamp) AS first_seen, MAX(timestamp) AS last_seen
    -- One count per event and pair: an SDK tag 'environment' and the column name the same thing.
    FROM (SELECT DISTINCT id, key, value, timestamp FROM pairs WHERE typeof(key) = 'text' AND key != '' AND typeof(value) IN ('text', 'integer', 'real'))
    ${keyFilter}
    GROUP BY key, value ORDER BY key, count DESC, value`;
  const params = [issueId, ...environments, ...(key === undefined ? [] : [key])];
  return db.prepare(sql).all(...params) as TagValueRow[];
}

function tagValueRows(db: ServerDatabase, issueId: number, environments: readonly string[], key: string | undefined): TagValueRow[] {
  // The search's tag table counts every event; per environment, the events are counted here.
  if (environments.length > 0) return tagValuesFromEvents(db, issueId, environments, key);
  const keyFilter = key === undefined ? '' : 'AND key = ?';
  return db
    .prepare(
      `SELECT key, value, times_seen AS count, first_seen, last_seen FROM issue_tags WHERE issue_id = ? ${keyFilter} ORDER BY key, times_seen DESC, value`,
    )
    .all(issueId, ...(key === undefined ? [] : [key])) as TagValueRow[];
}

const iso = (ms: number) => new Date(ms).toISOString();

function valueToApi(row: TagValueRow): Record<string, unknown> {
  return { key: row.key, name: row.value, value: row.value, count: row.count, firstSeen: iso(row.first_seen), lastSeen: iso(row.last_seen) };
}

/** Sentry's display name of a tag key: `browser.name` → `Browser.Name`. */
function tagName(key: string): string {
  return key.replace(/(^|[._\s])([a-z])/g, (_match, separator: string, letter: string) => `${separator}${letter.toUpperCase()}`);
}

function tagsToApi(rows: readonly TagValueRow[]): Record<string, unknown>[] {
  const byKey = new Map<string, TagValueRow[]>();
  for (const row of rows) {
    const values = byKey.get(row.key);
    if (values) values.push(row);
    else byKey.set(row.key, [row]);
  }
  const tags = Array.from(byKey, ([key, values]) => ({
    key,
    name: tagName(key),
    totalValues: values.reduce((sum, row) => sum + row.count, 0),
    uniqueValues: values.length,
    topValues: values.slice(0, TOP_VALUES).map(valueToApi),
  }));
  // Most common keys first, as Sentry's sidebar orders them.
  return tags.sort((a, b) => b.totalValues - a.totalValues || a.key.localeCompare(b.key));
}

/** Checks a tag key from a path: Sentry's keys are at most 32 characters. */
export function readTagKey(raw: string): string {
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'tag key is not valid percent-encoding');
  }
  if (key === '' || key.length > MAX_KEY_LENGTH) throw new HttpError(400, `tag key must be 1 to ${MAX_KEY_LENGTH} characters`);
  return key;
}

/** `GET /issues/{id}/tags/`: each tag key with its top values. */
export function listIssueTags(db: ServerDatabase, issueId: number, environments: readonly string[]): Record<string, unknown>[] {
  return tagsToApi(tagValueRows(db, issueId, environments, undefined));
}

/** `GET /issues/{id}/tags/{key}/`: one key with its top values; a key the issue never had is a 404. */
export function getIssueTag(db: ServerDatabase, issueId: number, key: string, environments: readonly string[]): Record<string, unknown> {
  const [tag] = tagsToApi(tagValueRows(db, issueId, environments, key));
  if (!tag) throw new HttpError(404, 'Tag not found');
  return tag;
}

/** `GET /issues/{id}/tags/{key}/values/`: every value of one key, most seen first. */
export function listIssueTagValues(db: ServerDatabase, issueId: number, key: string, environments: readonly string[]): Record<string, unknown>[] {
  return tagValueRows(db, issueId, environments, key).map(valueToApi);
}
