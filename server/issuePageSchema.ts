import type { ServerDatabase } from './db';
import { LOCAL_USER } from './issues';

// Versioned apart from the core migrations (as the search and alert schemas are), under its own
// `meta` key, so these tables grow without reordering the shared migration list.
const ISSUE_PAGE_MIGRATIONS: readonly string[] = [
  `
  -- Who issues can be assigned to. user_id is what "user:<id>" names; id is the membership's.
  CREATE TABLE members (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    username TEXT,
    role TEXT NOT NULL DEFAULT 'member',
    date_created INTEGER NOT NULL
  );
  CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    date_created INTEGER NOT NULL
  );
  CREATE TABLE team_members (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, member_id)
  ) WITHOUT ROWID;
  -- Notes, status changes, assignments, first seen and regressions, as Sentry's activity.
  CREATE TABLE issue_activity (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    user_id TEXT,
    data TEXT NOT NULL,
    date_created INTEGER NOT NULL
  );
  CREATE INDEX issue_activity_issue ON issue_activity(issue_id, id);
  -- How a resolved or ignored issue stays so, and the local user's subscription and seen flag.
  CREATE TABLE issue_state (
    issue_id INTEGER PRIMARY KEY REFERENCES issues(id) ON DELETE CASCADE,
    status_details TEXT NOT NULL DEFAULT '{}',
    status_set_at INTEGER,
    is_subscribed INTEGER NOT NULL DEFAULT 0,
    has_seen INTEGER NOT NULL DEFAULT 0
  );
  `,
];

function readVersion(db: ServerDatabase): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'issue_page_schema_version'`).get() as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/**
 * Adds the members, teams, activity and issue state tables when missing, and makes the API
 * token's owner (the server's one user) a member, so assigning to "me" names a real member.
 */
export function migrateIssuePageSchema(db: ServerDatabase): void {
  if (readVersion(db) < ISSUE_PAGE_MIGRATIONS.length) {
    db.transaction(() => {
      for (let version = readVersion(db); version < ISSUE_PAGE_MIGRATIONS.length; version++) {
        db.exec(ISSUE_PAGE_MIGRATIONS[version]!);
        db.prepare(`INSERT INTO meta (key, value) VALUES ('issue_page_schema_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(
          String(version + 1),
        );
      }
      db.prepare(`INSERT OR IGNORE INTO members (id, user_id, name, email, username, role, date_created) VALUES (1, ?, ?, ?, 'dev', 'owner', ?)`).run(
        LOCAL_USER.id,
        LOCAL_USER.name,
        LOCAL_USER.email,
        Date.now(),
      );
    }).immediate();
  }
}
