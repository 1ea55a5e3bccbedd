// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSentryClient, type SentryFetch } from '../../src/sentry';

interface Sent {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** A fetch that records each request and answers from `reply` by method and path. */
function fakeSentry(reply: (sent: Sent) => { status?: number; body?: unknown; headers?: Record<string, string> }) {
  const sent: Sent[] = [];
  const fetch: SentryFetch = async (url, init) => {
    const parsed = new URL(url);
    const request: Sent = {
      method: init.method ?? 'GET',
      path: parsed.pathname,
      query: parsed.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    sent.push(request);
    const answer = reply(request);
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { 'Content-Type': 'application/json', ...answer.headers } });
  };
  return { sent, client: createSentryClient({ baseUrl: 'https://sentry.test', fetch }) };
}

const NOTE = { id: '77', type: 'note', dateCreated: '2026-01-02T03:04:05Z', user: { id: '5', name: 'Ada', email: 'ada@example.com' }, data: { text: 'Looking' } };

describe('issue page calls', () => {
  it('lists an issue’s tags with top values, per environment', async () => {
    const tags = [{ key: 'browser', name: 'Browser', totalValues: 3, topValues: [{ value: 'Chrome', name: 'Chrome', count: 2 }, { value: 'Firefox', count: '1' }] }];
    const { sent, client } = fakeSentry(() => ({ body: tags }));
    const result = await client.listIssueTags({ organization: 'acme', issueId: '9', environment: ['prod', 'stage'] });
    expect(sent[0]).toMatchObject({ method: 'GET', path: '/api/0/organizations/acme/issues/9/tags/' });
    expect(sent[0]?.query.getAll('environment')).toEqual(['prod', 'stage']);
    expect(result.data).toEqual([
      { key: 'browser', name: 'Browser', totalValues: 3, topValues: [{ value: 'Chrome', name: 'Chrome', count: 2 }, { value: 'Firefox', name: 'Firefox', count: 1 }] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('pages through a tag’s values by cursor, with the key escaped', async () => {
    const link = '<https://sentry.test/x?cursor=0:100:0>; rel="previous"; results="false"; cursor="0:0:1", <https://sentry.test/x?cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"';
    const { sent, client } = fakeSentry(() => ({ body: [{ value: 'a/b', count: 4 }], headers: { Link: link } }));
    const page = await client.listIssueTagValues({ organization: 'acme', issueId: '9', key: 'url/path', cursor: '0:0:0' });
    expect(sent[0]?.path).toBe('/api/0/organizations/acme/issues/9/tags/url%2Fpath/values/');
    expect(sent[0]?.query.get('cursor')).toBe('0:0:0');
    expect(page.data).toEqual([{ value: 'a/b', name: 'a/b', count: 4 }]);
    expect(page.nextCursor).toBe('0:100:0');
  });

  it('reads activity from the activities endpoint’s `{ activity }` body; a system entry has no user', async () => {
    const body = { activity: [NOTE, { id: '1', type: 'first_seen', dateCreated: '2026-01-01T00:00:00Z', user: null, data: {} }] };
    const { sent, client } = fakeSentry(() => ({ body }));
    const result = await client.listIssueActivity({ organization: 'acme', issueId: '9' });
    expect(sent[0]?.path).toBe('/api/0/organizations/acme/issues/9/activities/');
    expect(result.data.map((entry) => [entry.type, entry.user?.name])).toEqual([
      ['note', 'Ada'],
      ['first_seen', undefined],
    ]);
    expect(result.problems).toEqual([]);
  });

  it('creates, edits and deletes notes through the comments endpoints', async () => {
    const { sent, client } = fakeSentry((request) => (request.method === 'DELETE' ? { status: 204 } : { status: 201, body: { ...NOTE, data: request.body } }));
    const created = await client.createIssueNote({ organization: 'acme', issueId: '9', text: 'Looking' });
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/api/0/organizations/acme/issues/9/comments/', body: { text: 'Looking' } });
    expect(created.data).toMatchObject({ id: '77', type: 'note', data: { text: 'Looking' } });
    const edited = await client.updateIssueNote({ organization: 'acme', issueId: '9', noteId: '77', text: 'Fixed <b>now</b>' });
    expect(sent[1]).toMatchObject({ method: 'PUT', path: '/api/0/organizations/acme/issues/9/comments/77/', body: { text: 'Fixed <b>now</b>' } });
    expect(edited.data?.data.text).toBe('Fixed <b>now</b>');
    const deleted = await client.deleteIssueNote({ organization: 'acme', issueId: '9', noteId: '77' });
    expect(sent[2]).toMatchObject({ method: 'DELETE', path: '/api/0/organizations/acme/issues/9/comments/77/' });
    expect(deleted.status).toBe(204);
  });

  it('refuses an empty note and a dot note id before sending', async () => {
    const { sent, client } = fakeSentry(() => ({ body: NOTE }));
    await expect(client.createIssueNote({ organization: 'acme', issueId: '9', text: '  ' })).rejects.toThrow(/needs some text/);
    await expect(client.deleteIssueNote({ organization: 'acme', issueId: '9', noteId: '..' })).rejects.toThrow(/noteId/);
    expect(sent).toEqual([]);
  });

  it('lists members and teams with their search', async () => {
    const members = [
      { id: '10', email: 'ada@example.com', name: 'Ada', orgRole: 'owner', pending: false, user: { id: '5', name: 'Ada', username: 'ada', email: 'ada@example.com', avatarUrl: 'https://a.test/x.png' } },
      { id: '11', email: 'new@example.com', name: '', pending: true, user: null },
    ];
    const { sent, client } = fakeSentry((request) => ({ body: request.path.endsWith('/members/') ? members : [{ id: '3', slug: 'backend', name: 'Backend', memberCount: 4 }] }));
    const found = await client.listMembers({ organization: 'acme', query: 'ada' });
    expect(sent[0]).toMatchObject({ path: '/api/0/organizations/acme/members/' });
    expect(sent[0]?.query.get('query')).toBe('ada');
    expect(found.data).toEqual([
      { id: '10', email: 'ada@example.com', name: 'Ada', role: 'owner', pending: false, user: { id: '5', name: 'Ada', username: 'ada', email: 'ada@example.com', avatarUrl: 'https://a.test/x.png' } },
      { id: '11', email: 'new@example.com', name: 'new@example.com', pending: true },
    ]);
    const teams = await client.listTeams({ organization: 'acme' });
    expect(sent[1]?.path).toBe('/api/0/organizations/acme/teams/');
    expect(teams.data).toEqual([{ id: '3', slug: 'backend', name: 'Backend', memberCount: 4 }]);
  });

  it('lists releases of a project for chart markers', async () => {
    const releases = [{ version: 'web@2.0.0', shortVersion: '2.0.0', dateCreated: '2026-01-05T00:00:00Z', firstEvent: null, lastEvent: '2026-01-06T00:00:00Z', projects: [] }];
    const { sent, client } = fakeSentry(() => ({ body: releases }));
    const page = await client.listReleases({ organization: 'acme', project: 4, query: '2.0' });
    expect(sent[0]?.path).toBe('/api/0/organizations/acme/releases/');
    expect(sent[0]?.query.getAll('project')).toEqual(['4']);
    expect(sent[0]?.query.get('query')).toBe('2.0');
    expect(page.data).toEqual([{ version: 'web@2.0.0', shortVersion: '2.0.0', dateCreated: '2026-01-05T00:00:00.000Z', lastEvent: '2026-01-06T00:00:00.000Z' }]);
  });

  it('asks issues-stats for groups and a period, and reads the buckets', async () => {
    const body = [{ id: '9', count: '12', userCount: 3, stats: { '24h': [[1767225600, 5], [1767229200, 7]] }, lifetime: {} }];
    const { sent, client } = fakeSentry(() => ({ body }));
    const result = await client.getIssueStats({ organization: 'acme', issueIds: ['9', 9, '10'], statsPeriod: '24h' });
    expect(sent[0]?.path).toBe('/api/0/organizations/acme/issues-stats/');
    expect(sent[0]?.query.getAll('groups')).toEqual(['9', '10']);
    expect(sent[0]?.query.get('statsPeriod')).toBe('24h');
    expect(result.data).toEqual([{ id: '9', count: 12, userCount: 3, stats: { '24h': [[1767225600, 5], [1767229200, 7]] } }]);
    await expect(client.getIssueStats({ organization: 'acme', issueIds: ['9'], statsPeriod: '7d' as '24h' })).rejects.toThrow(/statsPeriod/);
  });

  it('sends Sentry’s resolve and ignore variants for one issue', async () => {
    const { sent, client } = fakeSentry((request) => ({ body: request.body }));
    await client.updateIssues({ organization: 'acme', ids: ['9'], status: 'resolved', statusDetails: { inNextRelease: true } });
    await client.updateIssues({ organization: 'acme', ids: ['9'], status: 'resolved', statusDetails: { inRelease: 'web@2.0.0' } });
    await client.updateIssues({
      organization: 'acme',
      ids: ['9'],
      status: 'ignored',
      substatus: 'archived_until_condition_met',
      statusDetails: { ignoreUserCount: 10, ignoreUserWindow: 60 },
    });
    await client.updateIssues({ organization: 'acme', ids: ['9'], assignedTo: 'team:3', isSubscribed: false, hasSeen: true });
    expect(sent.map((request) => [request.method, request.path, request.query.getAll('id'), request.body])).toEqual([
      ['PUT', '/api/0/organizations/acme/issues/', ['9'], { status: 'resolved', statusDetails: { inNextRelease: true } }],
      ['PUT', '/api/0/organizations/acme/issues/', ['9'], { status: 'resolved', statusDetails: { inRelease: 'web@2.0.0' } }],
      [
        'PUT',
        '/api/0/organizations/acme/issues/',
        ['9'],
        { status: 'ignored', substatus: 'archived_until_condition_met', statusDetails: { ignoreUserCount: 10, ignoreUserWindow: 60 } },
      ],
      ['PUT', '/api/0/organizations/acme/issues/', ['9'], { assignedTo: 'team:3', isSubscribed: false, hasSeen: true }],
    ]);
  });

  it('reads an event’s neighbours and asks for named events', async () => {
    const event = { eventID: 'b'.repeat(32), previousEventID: 'a'.repeat(32), nextEventID: null, title: 'Boom', entries: [] };
    const { sent, client } = fakeSentry(() => ({ body: event }));
    const result = await client.getIssueEvent({ organization: 'acme', issueId: '9', eventId: 'oldest' });
    expect(sent[0]?.path).toBe('/api/0/organizations/acme/issues/9/events/oldest/');
    expect(result.data.previousEventId).toBe('a'.repeat(32));
    expect(result.data.nextEventId).toBeUndefined();
  });
});
