import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrateAlertSchema } from './alerts/schema';
import { migrateIssuePageSchema } from './issuePageSchema';
import { migrateSearchSchema, registerSearchFunctions } from './issueSearchStore';

/** The open SQLite handle the server stores everything in. */
export type ServerDatabase = Database.Database;

/**
 * Ordered migrations: `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`. Append
 * only; a released step is never edited, so a data folder from any earlier version upgrades.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    platform TEXT,
    public_key TEXT NOT NULL,
    next_short_id INTEGER NOT NULL DEFAULT 1
  );
  CREATE TABLE issues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    short_number INTEGER NOT NULL,
    title TEXT NOT NULL,
    culprit TEXT,
    level TEXT,
    type TEXT NOT NULL,
    platform TEXT,
    logger TEXT,
    metadata TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'unresolved',
    substatus TEXT,
    assigned_to TEXT,
    is_bookmarked INTEGER NOT NULL DEFAULT 0,
    is_unhandled INTEGER NOT NULL DEFAULT 0,
    times_seen INTEGER NOT NULL DEFAULT 0,
    user_count INTEGER NOT NULL DEFAULT 0,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    first_release TEXT,
    last_release TEXT
  );
  CREATE INDEX issues_project ON issues(project_id, last_seen);
  -- Grouping hashes point at their issue; merging moves a hash so later events follow it.
  CREATE TABLE issue_hashes (
    project_id INTEGER NOT NULL,
    hash TEXT NOT NULL,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    PRIMARY KEY (project_id, hash)
  );
  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    project_id INTEGER NOT NULL,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    timestamp INTEGER NOT NULL,
    received INTEGER NOT NULL,
    environment TEXT,
    release TEXT,
    level TEXT,
    user_key TEXT,
    raw TEXT NOT NULL,
    UNIQUE (project_id, event_id)
  );
  CREATE INDEX events_issue ON events(issue_id, timestamp);
  CREATE INDEX events_environment ON events(environment, issue_id);
  CREATE INDEX events_user ON events(issue_id, user_key);
  `,
  // The issue list filters and sorts in SQL over these columns instead of normalizing every issue per request.
  `
  CREATE INDEX issues_status_last_seen ON issues(status, last_seen);
  CREATE INDEX issues_first_seen ON issues(first_seen);
  CREATE INDEX issues_times_seen ON issues(times_seen);
  CREATE INDEX issues_user_count ON issues(user_count);
  `,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

function readVersion(db: ServerDatabase): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'schema_version'`).get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/** Runs every migration the database has not had yet, each in its own transaction. */
export function migrate(db: ServerDatabase): void {
  db.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  const current = readVersion(db);
  if (!Number.isInteger(current) || current > SCHEMA_VERSION) {
    // Refusing beats guessing: an older server writing into a newer schema could corrupt it.
    throw new Error(`faultline server: data folder has schema version ${current}, this build knows up to ${SCHEMA_VERSION}`);
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.prepare(`INSERT INTO meta (key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
        String(version + 1),
      );
    })();
  }
}

/** Opens (creating if needed) `faultline.sqlite` in `dataDir`, in WAL mode, migrated. */
export function openDatabase(dataDir: string): ServerDatabase {
  // Owner-only: the folder holds every event and the API token.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, 'faultline.sqlite'));
  db.pragma('journal_mode = WAL');
  // FULL syncs the WAL on every commit: a committed event survives a crash or power cut.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  // The issue search's own columns and tag table, versioned apart (see issueSearchStore.ts).
  migrateSearchSchema(db);
  registerSearchFunctions(db);
  // Alert rules, their firings and the delivery log, versioned apart (see alerts/schema.ts).
  migrateAlertSchema(db);
  // Members, teams, activity and issue state, versioned apart (see issuePageSchema.ts).
  migrateIssuePageSchema(db);
  return db;
}
