// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../src/core';
import { apiFetch, envelopeOf, errorEvent, getJson, ingest, nextLink, useSuiteServer } from './helpers';

type ApiIssue = {
  id: string;
  title: string;
  count: string;
  userCount: number;
  status: string;
  lastSeen: string;
  firstSeen: string;
  isBookmarked: boolean;
  assignedTo: { id: string } | null;
  stats?: Record<string, [number, number][]>;
  project: { id: string };
};

describe('Web API on the seeded sample data', () => {
  const suite = useSuiteServer({ seed: true });

  it('pages through every issue with Link cursors until results="false"', async () => {
    const all = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100`);
    const total = Number(all.headers.get('x-hits'));
    expect(total).toBeGreaterThan(40);
    const seen: string[] = [];
    let url: string | undefined = `${suite.org}/issues/?query=&limit=10&sort=date`;
    for (let page = 0; url && page < 50; page++) {
      const { status, body, headers } = await getJson<ApiIssue[]>(url);
      expect(status).toBe(200);
      seen.push(...body.map((issue) => issue.id));
      const next = nextLink(headers.get('link'));
      url = next?.results ? next.url : undefined;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('sorts by last seen, first seen, events and users', async () => {
    const sorted = async (sort: string, key: (issue: ApiIssue) => number) => {
      const { body } = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100&sort=${sort}`);
      const values = body.map(key);
      expect(values).toEqual([...values].sort((a, b) => b - a));
      expect(new Set(values).size).toBeGreaterThan(1);
    };
    await sorted('date', (issue) => Date.parse(issue.lastSeen));
    await sorted('new', (issue) => Date.parse(issue.firstSeen));
    await sorted('freq', (issue) => Number(issue.count));
    await sorted('user', (issue) => issue.userCount);
  });

  it('filters with the kit query syntax and by project', async () => {
    const { body } = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=${encodeURIComponent('times_seen:>=3 level:error')}&limit=100`);
    expect(body.length).toBeGreaterThan(0);
    expect(body.every((issue) => Number(issue.count) >= 3)).toBe(true);
    const project = await getJson<ApiIssue[]>(`${suite.server.url}/api/0/projects/faultline/web-frontend/issues/?query=&limit=100`);
    expect(project.body.length).toBeGreaterThan(0);
    expect(project.body.every((issue) => issue.project.id === '1')).toBe(true);
  });

  it('rejects a bad query, sort, cursor or limit with a detail', async () => {
    for (const query of ['sort=sideways', 'cursor=nonsense', 'limit=-1', 'statsPeriod=3w', `query=${encodeURIComponent('times_seen:>=abc')}`]) {
      const { status, body } = await getJson<{ detail: string }>(`${suite.org}/issues/?${query}`);
      expect(status, query).toBe(400);
      expect(body.detail.length).toBeGreaterThan(5);
    }
    expect((await getJson(`${suite.server.url}/api/0/organizations/other/issues/`)).status).toBe(404);
  });

  it('answers odd paths and methods with a status and a detail, never a crash', async () => {
    const cases: [string, RequestInit, number][] = [
      [`${suite.server.url}/api/0/organizations/%E0%A4%A/issues/`, {}, 400],
      [`${suite.server.url}/api/0/nothing/here/`, {}, 404],
      [`${suite.server.url}/elsewhere`, {}, 404],
      [`${suite.org}/issues/1/events/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, 405],
      [`${suite.org}/issues/1/events/not-an-id/`, {}, 400],
      [`${suite.org}/issues/999999/`, {}, 404],
      [`${suite.server.url}/api/1/envelope/`, { method: 'GET' }, 405],
    ];
    for (const [url, init, status] of cases) {
      const response = await apiFetch(url, init);
      expect(response.status, url).toBe(status);
      expect(((await response.json()) as { detail: string }).detail.length, url).toBeGreaterThan(3);
    }
  });

  it('gives 24h and 14d stats series spread over the period', async () => {
    const day = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100&statsPeriod=24h`);
    expect(day.body[0]!.stats!['24h']).toHaveLength(24);
    const fortnight = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=100&statsPeriod=14d&sort=freq`);
    const series = fortnight.body.map((issue) => issue.stats!['14d']!);
    expect(series[0]).toHaveLength(14);
    const perDay = series[0]!.map(() => 0);
    for (const buckets of series) {
      for (const [i, [, count]] of buckets.entries()) perDay[i]! += count;
    }
    expect(perDay.filter((count) => count > 0).length).toBeGreaterThan(7);
    const total = fortnight.body.reduce((sum, issue) => sum + Number(issue.count), 0);
    expect(perDay.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('serves one issue, its events and its latest/oldest/recommended/given event', async () => {
    const [issue] = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&sort=freq&limit=1`)).body;
    const one = await getJson<ApiIssue>(`${suite.org}/issues/${issue!.id}/`);
    expect(one.body.id).toBe(issue!.id);
    const events = await getJson<{ event_id: string; timestamp: number }[]>(`${suite.org}/issues/${issue!.id}/events/`);
    expect(events.body.length).toBe(Number(issue!.count));
    const latest = await getJson<{ event_id: string; group_id: string }>(`${suite.org}/issues/${issue!.id}/events/latest/`);
    expect(latest.body.event_id).toBe(events.body[0]!.event_id);
    const oldest = await getJson<{ event_id: string }>(`${suite.org}/issues/${issue!.id}/events/oldest/`);
    expect(oldest.body.event_id).toBe(events.body.at(-1)!.event_id);
    expect((await getJson(`${suite.org}/issues/${issue!.id}/events/recommended/`)).status).toBe(200);
    const given = await getJson<unknown>(`${suite.server.url}/api/0/issues/${issue!.id}/events/${events.body[0]!.event_id}/`);
    const { value } = normalizeEvent(given.body);
    expect(value.groupId).toBe(issue!.id);
    expect(value.title).toBe(issue!.title);
    const missing = await getJson<{ detail: string }>(`${suite.org}/issues/${issue!.id}/events/${'f'.repeat(32)}/`);
    expect(missing).toMatchObject({ status: 404, body: { detail: 'Event not found' } });
  });

  it('answers every Nth request with 429 and Retry-After when asked', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await apiFetch(`${suite.org}/issues/?limit=1&simulate429=3`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get('retry-after')).toBe('1');
        expect((await response.json()).detail).toMatch(/Too many requests/);
      } else await response.arrayBuffer();
    }
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
  });
});

describe('updating issues', () => {
  const suite = useSuiteServer({ seed: true });
  const put = (url: string, body: unknown) => apiFetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  it('bulk-resolves, assigns and bookmarks by id', async () => {
    const ids = (await getJson<ApiIssue[]>(`${suite.org}/issues/?limit=3`)).body.map((issue) => issue.id);
    const query = ids.map((id) => `id=${id}`).join('&');
    const resolved = await put(`${suite.org}/issues/?${query}`, { status: 'resolved', assignedTo: 'me', isBookmarked: true });
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toMatchObject({ status: 'resolved', isBookmarked: true, assignedTo: { id: '1' } });
    const unresolved = (await getJson<ApiIssue[]>(`${suite.org}/issues/?limit=100`)).body.map((issue) => issue.id);
    expect(unresolved.filter((id) => ids.includes(id))).toEqual([]);
    const mine = (await getJson<ApiIssue[]>(`${suite.org}/issues/?query=${encodeURIComponent('is:resolved assigned:me is:bookmarked')}&limit=100`)).body;
    expect(mine.map((issue) => issue.id).sort()).toEqual([...ids].sort());
  });

  it('rejects wrong field types and missing ids with a reason', async () => {
    const [issue] = (await getJson<ApiIssue[]>(`${suite.org}/issues/?limit=1`)).body;
    for (const [url, body] of [
      [`${suite.org}/issues/?id=${issue!.id}`, { status: 'sleeping' }],
      [`${suite.org}/issues/?id=${issue!.id}`, { isBookmarked: 'yes' }],
      [`${suite.org}/issues/?id=${issue!.id}`, { assignedTo: 'somebody' }],
      [`${suite.org}/issues/`, { status: 'resolved' }],
    ] as const) {
      const response = await put(url, body);
      expect(response.status).toBe(400);
      expect((await response.json()).detail.length).toBeGreaterThan(5);
    }
    const broken = await apiFetch(`${suite.org}/issues/${issue!.id}/`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{nope' });
    expect(broken.status).toBe(400);
  });

  it('merges issues into the one with most events and deletes issues', async () => {
    const two = (await getJson<ApiIssue[]>(`${suite.org}/issues/?limit=2&sort=freq`)).body;
    const merged = await put(`${suite.org}/issues/?id=${two[0]!.id}&id=${two[1]!.id}`, { merge: true });
    expect(await merged.json()).toEqual({ merge: { parent: two[0]!.id, children: [two[1]!.id] } });
    const parent = await getJson<ApiIssue>(`${suite.org}/issues/${two[0]!.id}/`);
    expect(Number(parent.body.count)).toBe(Number(two[0]!.count) + Number(two[1]!.count));
    expect((await getJson(`${suite.org}/issues/${two[1]!.id}/`)).status).toBe(404);
    expect((await apiFetch(`${suite.org}/issues/?id=${two[0]!.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await getJson(`${suite.org}/issues/${two[0]!.id}/`)).status).toBe(404);
    expect((await getJson(`${suite.org}/issues/${two[0]!.id}/events/latest/`)).status).toBe(404);
  });
});

describe('the recommended event', () => {
  const suite = useSuiteServer();

  it("follows Sentry's order: replay, then profile, then fewest processing errors, then sampled trace, stack trace, recency", async () => {
    const base = Date.now() / 1000 - 3600;
    const event = (id: number, minutesAgo: number, extra: Record<string, unknown>) => ({
      ...errorEvent('RecommendError', `case ${id}`, 'recommend', 'app/recommend.js', { fingerprint: ['recommended-order'], ...extra }),
      event_id: String(id).padStart(32, '0'),
      timestamp: base - minutesAgo * 60,
    });
    const send = async (events: Record<string, unknown>[]) => expect((await ingest(suite.server.url, '/api/1/envelope/', envelopeOf(events))).status).toBe(200);
    const recommended = async () => {
      // The server is fresh: one issue, whose title follows its newest event.
      const [issue] = (await getJson<{ id: string }[]>(`${suite.server.url}/api/0/organizations/faultline/issues/?query=`)).body;
      return (await getJson<{ event_id: string }>(`${suite.server.url}/api/0/organizations/faultline/issues/${issue!.id}/events/recommended/`)).body.event_id;
    };
    const bare = ({ exception: _exception, ...rest }: Record<string, unknown>) => ({ ...rest, message: 'no trace' });
    // Newest first without a stack trace loses to an older one with it.
    await send([event(1, 50, {}), bare(event(2, 1, {}))]);
    expect(await recommended()).toBe('1'.padStart(32, '0'));
    // A sampled trace beats recency; processing errors weigh more than the trace.
    await send([event(3, 55, { contexts: { trace: { trace_id: 'a'.repeat(32), span_id: 'b'.repeat(16), sampled: true } } })]);
    expect(await recommended()).toBe('3'.padStart(32, '0'));
    await send([event(4, 30, { errors: [{ type: 'js_no_source', url: 'x.js' }], contexts: { trace: { trace_id: 'c'.repeat(32), span_id: 'd'.repeat(16), sampled: true } } })]);
    expect(await recommended()).toBe('3'.padStart(32, '0'));
    // A profile, then a replay, win over everything else, even when older.
    await send([event(5, 45, { errors: [{ type: 'js_no_source' }], contexts: { profile: { profile_id: 'e'.repeat(32) } } })]);
    expect(await recommended()).toBe('5'.padStart(32, '0'));
    await send([event(6, 59, { contexts: { replay: { replay_id: 'f'.repeat(32) } } })]);
    expect(await recommended()).toBe('6'.padStart(32, '0'));
  });
});
