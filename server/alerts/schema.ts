import type { ServerDatabase } from '../db';

// Versioned apart from the core migrations (as the search schema is), under its own `meta` key,
// so alert tables can grow without reordering the shared migration list other modules append to.
const ALERT_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE alert_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    action_match TEXT NOT NULL,
    filter_match TEXT NOT NULL,
    -- JSON arrays as validated; actions hold their secrets, which responses mask.
    conditions TEXT NOT NULL,
    filters TEXT NOT NULL,
    actions TEXT NOT NULL,
    frequency INTEGER NOT NULL,
    environment TEXT,
    owner TEXT,
    status TEXT NOT NULL,
    date_created INTEGER NOT NULL,
    last_triggered INTEGER
  );
  CREATE INDEX alert_rules_project ON alert_rules(project_id, status);
  -- When each rule last fired for each issue: the frequency cap, and who to tell on resolve.
  CREATE TABLE alert_rule_issues (
    rule_id INTEGER NOT NULL,
    issue_id INTEGER NOT NULL,
    last_fired INTEGER NOT NULL,
    PRIMARY KEY (rule_id, issue_id)
  ) WITHOUT ROWID;
  CREATE INDEX alert_rule_issues_issue ON alert_rule_issues(issue_id);
  CREATE TABLE alert_firings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    rule_id INTEGER NOT NULL,
    issue_id INTEGER NOT NULL,
    event_id TEXT,
    reason TEXT NOT NULL,
    date INTEGER NOT NULL
  );
  CREATE INDEX alert_firings_rule ON alert_firings(rule_id, date);
  CREATE TABLE alert_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER,
    rule_id INTEGER,
    rule_name TEXT,
    action_kind TEXT NOT NULL,
    action_id TEXT NOT NULL,
    trigger TEXT NOT NULL,
    resource TEXT,
    issue_id INTEGER,
    event_id TEXT,
    receiver TEXT NOT NULL,
    test INTEGER NOT NULL,
    created INTEGER NOT NULL
  );
  CREATE TABLE alert_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    delivery_id INTEGER NOT NULL REFERENCES alert_deliveries(id) ON DELETE CASCADE,
    attempt INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    status TEXT NOT NULL,
    status_code INTEGER,
    duration_ms INTEGER,
    final INTEGER NOT NULL,
    excerpt TEXT,
    error TEXT,
    created INTEGER NOT NULL
  );
  CREATE INDEX alert_attempts_delivery ON alert_attempts(delivery_id);
  `,
];

const VERSION_KEY = 'alerts_schema_version';

function readVersion(db: ServerDatabase): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = ?`).get(VERSION_KEY) as { value: string } | undefined;
  return row ? Number(row.value) : 0;
}

/**
 * Creates or upgrades the alert tables. `BEGIN IMMEDIATE` and a second look inside, so the main
 * thread and the ingestion worker opening the same folder at once upgrade it once.
 */
export function migrateAlertSchema(db: ServerDatabase): void {
  if (readVersion(db) >= ALERT_MIGRATIONS.length) return;
  db.transaction(() => {
    const current = readVersion(db);
    if (!Number.isInteger(current) || current > ALERT_MIGRATIONS.length) {
      throw new Error(`faultline server: alert tables have version ${current}, this build knows up to ${ALERT_MIGRATIONS.length}`);
    }
    for (let version = current; version < ALERT_MIGRATIONS.length; version++) db.exec(ALERT_MIGRATIONS[version]!);
    db.prepare(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(VERSION_KEY, String(ALERT_MIGRATIONS.length));
  }).immediate();
}
