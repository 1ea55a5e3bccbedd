// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type ServerDatabase } from '../../server/db';
import { listIssues } from '../../server/issueList';
import { issueQuerySql } from '../../server/issueQuerySql';
import { updateIssues } from '../../server/issueUpdate';
import { DEFAULT_PROJECTS, ensureProjects, listProjects } from '../../server/projects';
import { seedSampleEvents } from '../../server/seed';
import { normalizeEvent, parseIssueQuery } from '../../src/core';
import { eventSearchTags } from '../../server/issueSearchStore';
import { tempDataDir } from './helpers';

// The SQL path must answer exactly as the kit's search over normalized issues, which stays the
// reference: same issues, same order, same pages, same hit count.
describe('issue list in SQL', () => {
  const data = tempDataDir();
  let db: ServerDatabase;
  const now = Date.now();
  beforeAll(() => {
    db = openDatabase(data.dir);
    ensureProjects(db, DEFAULT_PROJECTS, 'public');
    seedSampleEvents(db, { now, projects: { frontend: 1, backend: 2 } });
    const ids = (db.prepare('SELECT id FROM issues ORDER BY id').all() as { id: number }[]).map((row) => row.id);
    updateIssues(db, ids.filter((_, i) => i % 5 === 0), { status: 'resolved' });
    updateIssues(db, ids.filter((_, i) => i % 7 === 1), { status: 'ignored' });
    updateIssues(db, ids.filter((_, i) => i % 3 === 2), { isBookmarked: true });
    updateIssues(db, ids.filter((_, i) => i % 4 === 3), { assignedTo: 'me' });
    // An environment to scope by.
    db.prepare(`UPDATE events SET environment = CASE WHEN id % 3 = 0 THEN 'production' ELSE 'staging' END`).run();
  });
  afterAll(() => {
    db.close();
    data.remove();
  });

  const list = (search: string, strategy: 'auto' | 'kit') => {
    const url = new URL(`http://127.0.0.1/api/0/organizations/faultline/issues/?${search}`);
    const { body, link, hits } = listIssues({ db, url, publicUrl: url, organization: 'faultline', projects: listProjects(db), now, strategy });
    return { ids: body.map((issue) => issue.id), link, hits, body };
  };

  const queries = [
    'is:unresolved',
    '',
    'is:resolved',
    '!is:resolved',
    'is:ignored',
    'is:archived',
    'is:[resolved, ignored]',
    'is:assigned',
    'is:unassigned is:unresolved',
    'is:bookmarked',
    'level:error',
    'level:[warning, info]',
    '!level:error',
    'times_seen:>=3',
    'times_seen:<2 user_count:0',
    'user_count:>0',
    'lastSeen:-24h',
    'lastSeen:+3d',
    'firstSeen:-7d is:unresolved',
    `age:<${new Date(now - 5 * 86_400_000).toISOString().slice(0, 10)}`,
    // Free text, wildcards, quoted values, tags, releases, has:, is: substatus and the rest.
    'TypeError',
    'error',
    'typeerror undefined',
    '"Cannot read"',
    'Type*rror',
    '*undefined*',
    'frontend-1',
    'app*js',
    'is:unread',
    'is:new',
    'is:ongoing !is:new',
    'release:latest',
    'release:*1.*',
    '!release:*',
    'first_release:*',
    'has:release',
    '!has:release',
    'has:environment',
    'has:browser',
    '!has:browser',
    'has:platform has:level has:project',
    'browser:Chrome*',
    'browser.name:chrome',
    '!browser.name:chrome',
    'os.name:[Windows, "Mac OS X"]',
    'environment:production',
    'environment:prod*',
    '!environment:staging',
    'handled:no',
    'mechanism:*',
    'url:*localhost*',
    'level:err*',
    'level:[warning, fatal, info]',
    'priority:high',
    '!priority:low',
    'platform:javascript',
    'platform:py*',
    'project:frontend',
    'project:2',
    '!project:backend',
    'issue.category:error',
    'issue.type:perf*',
    'assigned:me',
    'assigned:none',
    'assigned:local*',
    '!assigned:me',
    'assigned:#team',
    'bookmarks:me',
    'status:resolved',
    'status:archived',
    'server_name:""',
    'times_seen:>=2 TypeError',
  ];

  it('keeps the tag table as events are stored: counts match a recount of the stored events', () => {
    const expected = new Map<string, number>();
    for (const row of db.prepare('SELECT issue_id, raw FROM events').all() as { issue_id: number; raw: string }[]) {
      for (const [key, value] of eventSearchTags(normalizeEvent(JSON.parse(row.raw)).value)) {
        const id = `${row.issue_id}/${key}/${value}`;
        expected.set(id, (expected.get(id) ?? 0) + 1);
      }
    }
    const stored = db.prepare('SELECT issue_id, key, value, times_seen FROM issue_tags').all() as { issue_id: number; key: string; value: string; times_seen: number }[];
    expect(new Map(stored.map((row) => [`${row.issue_id}/${row.key}/${row.value}`, row.times_seen]))).toEqual(expected);
    expect(stored.length).toBeGreaterThan(50);
    // The tag, release and text queries are compared on real hits, not on empty lists.
    for (const query of ['browser:*', 'error', 'release:*1*', 'has:environment', 'err*r', 'handled:no', '!mechanism:generic']) {
      expect(list(`query=${encodeURIComponent(query)}&limit=100`, 'auto').hits, query).toBeGreaterThan(0);
    }
    const plan = issueQuerySql(parseIssueQuery('browser:chrome TypeError'), { now, projects: listProjects(db), me: {} });
    expect(plan.where).toContain('issue_tags');
    expect(plan.where).toContain('instr(search_text');
  });

  it('answers a malformed query with 400 on both paths', () => {
    for (const strategy of ['auto', 'kit'] as const) expect(() => list('query=times_seen%3A%3E%3Dabc', strategy)).toThrow(/Error parsing search query/);
  });

  it.each(['date', 'new', 'freq', 'user', 'priority'])('agrees with the kit search, sorted by %s', (sort) => {
    let compared = 0;
    for (const query of queries) {
      for (const scope of ['', '&environment=production', '&project=2', '&environment=staging&environment=production&project=1']) {
        for (const page of ['&limit=100', '&limit=7&cursor=0:7:0', '&limit=5&cursor=0:35:0']) {
          const search = `query=${encodeURIComponent(query)}&sort=${sort}${scope}${page}`;
          const fast = list(search, 'auto');
          const reference = list(search, 'kit');
          expect(fast.ids, search).toEqual(reference.ids);
          expect([fast.hits, fast.link], search).toEqual([reference.hits, reference.link]);
          compared += fast.ids.length;
        }
      }
      expect(list(`query=${encodeURIComponent(query)}&sort=${sort}&limit=100`, 'auto').body).toEqual(
        list(`query=${encodeURIComponent(query)}&sort=${sort}&limit=100`, 'kit').body,
      );
    }
    // Not a vacuous agreement on empty pages.
    expect(compared).toBeGreaterThan(500);
  });
});
