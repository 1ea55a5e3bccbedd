// @vitest-environment node
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type ServerDatabase } from '../../server/db';
import { listIssues } from '../../server/issueList';
import { DEFAULT_PROJECTS, ensureProjects, listProjects } from '../../server/projects';
import { seedSampleEvents } from '../../server/seed';
import { tempDataDir } from './helpers';

// A data folder written before the search columns and tag table existed must upgrade when the
// server opens it, with the same search answers as a store that had them from the start.
describe('search schema migration', () => {
  const data = tempDataDir();
  afterAll(() => data.remove());
  const now = Date.now();

  const snapshot = (db: ServerDatabase) => ({
    tags: db.prepare('SELECT issue_id, key, value, times_seen, first_seen, last_seen FROM issue_tags ORDER BY issue_id, key, value').all(),
    text: db.prepare('SELECT id, search_text, short_text FROM issues ORDER BY id').all(),
  });
  const search = (db: ServerDatabase, query: string) => {
    const url = new URL(`http://127.0.0.1/api/0/organizations/faultline/issues/?limit=100&query=${encodeURIComponent(query)}`);
    return listIssues({ db, url, publicUrl: url, organization: 'faultline', projects: listProjects(db), now }).body.map((issue) => issue.id);
  };
  const queries = ['error', 'browser:*', 'has:release', '!handled:yes', 'environment:prod*', 'backend-1'];

  it('backfills the search text and tags from stored events at open', () => {
    let db = openDatabase(data.dir);
    ensureProjects(db, DEFAULT_PROJECTS, 'public');
    seedSampleEvents(db, { now, projects: { frontend: 1, backend: 2 } });
    const fresh = snapshot(db);
    const answers = queries.map((query) => search(db, query));
    expect(fresh.tags.length).toBeGreaterThan(50);
    expect(answers.flat().length).toBeGreaterThan(20);

    // Back to the old schema: no tag table, no search columns, no search version.
    db.exec(`DROP TABLE issue_tags; ALTER TABLE issues DROP COLUMN search_text; ALTER TABLE issues DROP COLUMN short_text;
      DELETE FROM meta WHERE key = 'search_schema_version';`);
    db.close();

    db = openDatabase(data.dir);
    try {
      expect(snapshot(db)).toEqual(fresh);
      expect(queries.map((query) => search(db, query))).toEqual(answers);
      const { value } = db.prepare(`SELECT value FROM meta WHERE key = 'search_schema_version'`).get() as { value: string };
      expect(value).toBe('1');
    } finally {
      db.close();
    }
    // A second open finds nothing to do and changes nothing.
    db = openDatabase(data.dir);
    expect(snapshot(db)).toEqual(fresh);
    db.close();
  });
});
