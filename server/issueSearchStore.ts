import type { Event } from '../src/core';
import { normalizeEvent } from '../src/core/normalize';
import { globFinder, globMatcher } from '../src/core/search/glob';
import type { ServerDatabase } from './db';

/*
 * What the issue search reads, kept as events are stored: a lowercased text column per issue
 * (title, culprit, the exception value; the short id beside it) and a tag table (issue, key,
 * value, times seen, first and last seen). The list endpoint then filters in SQL instead of
 * normalizing every issue per request. Versioned apart from db.ts's migrations (key
 * `search_schema_version` in `meta`), so other modules can add their tables there meanwhile.
 */

const SEARCH_SCHEMA_VERSION = 1;
// Sentry caps tag keys at 32 and values at 200 characters; longer ones are not tags it indexes.
const MAX_TAG_KEY = 32;
const MAX_TAG_VALUE = 200;
const MAX_TAGS_PER_EVENT = 100;

/** Title, culprit and exception value, lowercased and NUL-separated as the kit's search row joins them. */
export function issueSearchText(title: string | null, culprit: string | null, value: unknown): string {
  let text = '';
  for (const part of [title, culprit, value]) {
    if (typeof part !== 'string' || part === '') continue;
    text = text === '' ? part : `${text}\u0000${part}`;
  }
  return text.toLowerCase();
}

/** An issue's short id as `issueToApi` writes it (`FRONTEND-3Z`), lowercased for the search. */
export function issueShortText(slug: string, shortNumber: number): string {
  return `${slug.toUpperCase()}-${shortNumber.toString(36).toUpperCase()}`.toLowerCase();
}

const joined = (...parts: (string | undefined)[]) => parts.filter((part) => typeof part === 'string' && part !== '').join(' ') || undefined;
const contextField = (event: Event, name: string, field: string): string | undefined => {
  const value = (event.contexts[name] as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The tags an event is searched by: its own, then those Sentry derives at ingest (environment,
 * release, level, transaction, server_name, browser / os / runtime / device from contexts,
 * handled and mechanism from the exception). A tag the SDK sent wins over a derived one.
 */
export function eventSearchTags(event: Event): [string, string][] {
  const seen = new Set<string>();
  const own = new Set(event.tags.map((tag) => tag.key));
  const tags: [string, string][] = [];
  const add = (key: string, value: string | undefined, derived = true) => {
    if (!value || key === '' || key.length > MAX_TAG_KEY || value.length > MAX_TAG_VALUE || tags.length >= MAX_TAGS_PER_EVENT) return;
    if (derived && own.has(key)) return;
    const id = `${key}\u0000${value}`;
    if (seen.has(id)) return;
    seen.add(id);
    tags.push([key, value]);
  };
  for (const tag of event.tags) add(tag.key, tag.value, false);
  add('environment', event.environment);
  add('release', event.release?.version);
  add('level', event.level);
  add('transaction', event.transaction);
  add('server_name', event.serverName);
  for (const name of ['browser', 'os', 'runtime']) {
    add(name, joined(contextField(event, name, 'name'), contextField(event, name, 'version')));
    add(`${name}.name`, contextField(event, name, 'name'));
  }
  add('device', contextField(event, 'device', 'model'));
  add('device.family', contextField(event, 'device', 'family'));
  const mechanism = event.exceptions[event.exceptions.length - 1]?.mechanism;
  if (mechanism?.handled !== undefined) add('handled', mechanism.handled ? 'yes' : 'no');
  add('mechanism', mechanism?.type);
  return tags;
}

/** Counts an event's tags against its issue; call inside the event's transaction. */
export function writeIssueTags(db: ServerDatabase, issueId: number, timestamp: number, tags: readonly (readonly [string, string])[]): void {
  const upsert = db.prepare(
    `INSERT INTO issue_tags (issue_id, key, value, value_lower, times_seen, first_seen, last_seen) VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (issue_id, key, value) DO UPDATE SET times_seen = times_seen + 1,
       first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)`,
  );
  for (const [key, value] of tags) upsert.run(issueId, key, value, value.toLowerCase(), timestamp, timestamp);
}

/** Moves a merged issue's tag counts onto the issue that absorbed it. */
export function mergeIssueTags(db: ServerDatabase, parent: number, child: number): void {
  db.prepare(
    `INSERT INTO issue_tags (issue_id, key, value, value_lower, times_seen, first_seen, last_seen)
     SELECT ?, key, value, value_lower, times_seen, first_seen, last_seen FROM issue_tags WHERE issue_id = ?
     ON CONFLICT (issue_id, key, value) DO UPDATE SET times_seen = times_seen + excluded.times_seen,
       first_seen = MIN(first_seen, excluded.first_seen), last_seen = MAX(last_seen, excluded.last_seen)`,
  ).run(parent, child);
  db.prepare('DELETE FROM issue_tags WHERE issue_id = ?').run(child);
}

function readVersion(db: ServerDatabase): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'search_schema_version'`).get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

function metadataValue(metadata: string): unknown {
  try {
    return (JSON.parse(metadata) as Record<string, unknown> | null)?.value;
  } catch {
    return undefined;
  }
}

/** Fills the search columns and the tag table from what is already stored (a data folder from before them). */
function backfill(db: ServerDatabase): void {
  const issues = db
    .prepare('SELECT i.id, i.title, i.culprit, i.metadata, i.short_number, p.slug FROM issues i JOIN projects p ON p.id = i.project_id')
    .all() as { id: number; title: string; culprit: string | null; metadata: string; short_number: number; slug: string }[];
  const setText = db.prepare('UPDATE issues SET search_text = ?, short_text = ? WHERE id = ?');
  for (const issue of issues) {
    setText.run(issueSearchText(issue.title, issue.culprit, metadataValue(issue.metadata)), issueShortText(issue.slug, issue.short_number), issue.id);
  }
  // Events are read in pages by id, so a large store is never all in memory (better-sqlite3
  // cannot write while an iterator is open on the same connection).
  const page = db.prepare('SELECT id, issue_id, timestamp, raw FROM events WHERE id > ? ORDER BY id LIMIT 500');
  for (let after = 0; ; ) {
    const rows = page.all(after) as { id: number; issue_id: number; timestamp: number; raw: string }[];
    if (rows.length === 0) break;
    for (const row of rows) {
      let raw: unknown;
      try {
        raw = JSON.parse(row.raw);
      } catch {
        continue;
      }
      writeIssueTags(db, row.issue_id, row.timestamp, eventSearchTags(normalizeEvent(raw).value));
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Adds the search columns and tag table when missing and backfills them from stored events.
 * `BEGIN IMMEDIATE` and a second look at the version inside, so two connections opening an old
 * data folder at once upgrade it once.
 */
export function migrateSearchSchema(db: ServerDatabase): void {
  if (readVersion(db) >= SEARCH_SCHEMA_VERSION) return;
  db.transaction(() => {
    if (readVersion(db) >= SEARCH_SCHEMA_VERSION) return;
    db.exec(`
      ALTER TABLE issues ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
      ALTER TABLE issues ADD COLUMN short_text TEXT NOT NULL DEFAULT '';
      CREATE TABLE issue_tags (
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        -- Lowercased in JS as the kit's search lowercases (SQLite's lower() folds ASCII only).
        value_lower TEXT NOT NULL,
        times_seen INTEGER NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        PRIMARY KEY (issue_id, key, value)
      ) WITHOUT ROWID;
      -- A tag filter reads only the matching rows: key, then the value's prefix before any wildcard.
      CREATE INDEX issue_tags_search ON issue_tags(key COLLATE NOCASE, value_lower);
    `);
    backfill(db);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('search_schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
      String(SEARCH_SCHEMA_VERSION),
    );
  }).immediate();
}

// Compiled matchers per pattern: a query's few patterns are reused for every row it tests.
const MAX_CACHED = 256;
const matchers = new Map<string, (text: string) => boolean>();
function cached(key: string, make: () => (text: string) => boolean): (text: string) => boolean {
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= MAX_CACHED) matchers.clear();
    matcher = make();
    matchers.set(key, matcher);
  }
  return matcher;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

/**
 * A lowercased kit pattern (`*` for any run, everything else literal) as a SQLite GLOB pattern:
 * GLOB's own `?` and `[` are bracketed so they match themselves.
 */
export function globPattern(pattern: string): string {
  return pattern.replace(/[?[]/g, (char) => `[${char}]`);
}

/**
 * The kit's matching rules as SQL functions, so SQL answers exactly as `createIssueSearcher`:
 * `fl_match(value, pattern)` is a whole-value, case-insensitive match with `*` wildcards;
 * `fl_text(text, shortId, term)` finds a free-text term inside one field (a wildcard never joins
 * a title to a culprit). Patterns arrive lowercased; both functions are deterministic.
 */
export function registerSearchFunctions(db: ServerDatabase): void {
  db.function('fl_match', { deterministic: true }, (value: unknown, pattern: unknown) =>
    cached(`m${text(pattern)}`, () => globMatcher(text(pattern)))(text(value).toLowerCase()) ? 1 : 0,
  );
  db.function('fl_text', { deterministic: true }, (searchText: unknown, shortText: unknown, term: unknown) => {
    const pattern = text(term);
    const haystack = searchText === '' ? text(shortText) : `${text(searchText)}\u0000${text(shortText)}`;
    if (!pattern.includes('*')) return haystack.includes(pattern) ? 1 : 0;
    return cached(`t${pattern}`, () => globFinder(pattern, '\u0000'))(haystack) ? 1 : 0;
  });
}

/** Issues' tags as Sentry's issue details list them (`[{ key, topValues: [{ value, count }] }]`), most seen first. */
export function loadIssueTags(db: ServerDatabase, issueIds: readonly number[]): Map<number, { key: string; topValues: { value: string; count: number }[] }[]> {
  const byIssue = new Map<number, Map<string, { value: string; count: number }[]>>();
  const select = db.prepare('SELECT issue_id, key, value, times_seen FROM issue_tags WHERE issue_id = ? ORDER BY key, times_seen DESC, value');
  for (const id of issueIds) {
    for (const row of select.iterate(id) as Iterable<{ issue_id: number; key: string; value: string; times_seen: number }>) {
      let keys = byIssue.get(row.issue_id);
      if (!keys) {
        keys = new Map();
        byIssue.set(row.issue_id, keys);
      }
      const values = keys.get(row.key);
      if (values) values.push({ value: row.value, count: row.times_seen });
      else keys.set(row.key, [{ value: row.value, count: row.times_seen }]);
    }
  }
  return new Map(Array.from(byIssue, ([id, keys]) => [id, Array.from(keys, ([key, topValues]) => ({ key, topValues }))]));
}
