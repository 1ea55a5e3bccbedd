// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryClient, type SentryClient } from '../../src/sentry';
import { sendJson, startServer, type TestServer } from './httpServer';
import { apiEvent, apiIssues, issuesRoute, makeIssues, sentryLink } from './sentryRoutes';

let server: TestServer;
let client: SentryClient;

beforeAll(async () => {
  server = await startServer(issuesRoute(makeIssues(7)));
  client = createSentryClient({ baseUrl: server.baseUrl, headers: { Authorization: 'Bearer test-token' } });
});

afterAll(() => server.close());

describe('listIssues over real HTTP', () => {
  it('sends the filters, reads the cursors and X-Hits, and normalizes the issues', async () => {
    server.handle(issuesRoute(makeIssues(7)));
    const page = await client.listIssues({
      organization: 'acme',
      query: 'issue',
      sort: 'freq',
      environment: ['production', 'staging'],
      statsPeriod: '24h',
      limit: 3,
      projectIds: [1, 2],
    });
    const request = server.received.at(-1);
    expect(request?.path).toBe('/api/0/organizations/acme/issues/');
    expect(request?.query.get('sort')).toBe('freq');
    expect(request?.query.getAll('environment')).toEqual(['production', 'staging']);
    expect(request?.query.getAll('project')).toEqual(['1', '2']);
    expect(request?.query.get('statsPeriod')).toBe('24h');
    expect(request?.headers.authorization).toBe('Bearer test-token');
    expect(request?.headers.accept).toBe('application/json');
    expect(page.data.map((issue) => issue.title)).toEqual(['Issue 1', 'Issue 2', 'Issue 3']);
    expect(page.data[0]?.schema).toBe('faultline.issue/1');
    expect(page.nextCursor).toBe('0:3:0');
    expect(page.previousCursor).toBeUndefined();
    expect(page.hits).toBe(7);
    expect(Array.isArray(page.raw)).toBe(true);
  });

  it('pages through every issue with the async iterator and stops on results="false"', async () => {
    server.handle(issuesRoute(makeIssues(7)));
    const titles: string[] = [];
    const cursors: (string | undefined)[] = [];
    for await (const page of client.iterateIssues({ organization: 'acme', query: '', limit: 3 })) {
      titles.push(...page.data.map((issue) => issue.title));
      cursors.push(page.nextCursor);
    }
    expect(titles).toEqual(['Issue 1', 'Issue 2', 'Issue 3', 'Issue 4', 'Issue 5', 'Issue 6', 'Issue 7']);
    expect(cursors).toEqual(['0:3:0', '0:6:0', undefined]);
  });

  it('starts from a given cursor and exposes the previous one', async () => {
    server.handle(issuesRoute(makeIssues(7)));
    const page = await client.listIssues({ organization: 'acme', cursor: '0:3:0', limit: 3 });
    expect(page.data.map((issue) => issue.id)).toEqual(['4', '5', '6']);
    expect(page.previousCursor).toBe('0:0:1');
    expect(page.nextCursor).toBe('0:6:0');
  });

  it('stops iterating at maxPages and when a server repeats a cursor', async () => {
    server.handle((request, response) => {
      sendJson(response, 200, makeIssues(1), { Link: sentryLink(`http://127.0.0.1${request.path}`, 0, 1, 99) });
    });
    let pages = 0;
    for await (const _page of client.iterateIssues({ organization: 'acme' }, { maxPages: 50 })) pages++;
    // The server always answers "next is 0:1:0": the second time round is a loop, not a page.
    expect(pages).toBe(2);
    server.handle(issuesRoute(makeIssues(30)));
    pages = 0;
    for await (const _page of client.iterateIssues({ organization: 'acme', limit: 2 }, { maxPages: 4 })) pages++;
    expect(pages).toBe(4);
  });

  it('lists a project through its own endpoint and escapes hostile path segments', async () => {
    server.handle(issuesRoute(makeIssues(2)));
    await client.listIssues({ organization: 'acme', project: 'pump station' });
    expect(server.received.at(-1)?.url).toBe('/api/0/projects/acme/pump%20station/issues/');
    server.handle((_request, response) => sendJson(response, 200, []));
    await client.listIssues({ organization: 'a/../b?x=1' });
    expect(server.received.at(-1)?.path).toBe('/api/0/organizations/a%2F..%2Fb%3Fx%3D1/issues/');
    await expect(client.listIssues({ organization: '..' })).rejects.toThrow(TypeError);
    await expect(client.listIssues({ organization: '' })).rejects.toThrow(/organization/);
  });

  it('reports a list body that is not a list as a problem, with the raw body kept', async () => {
    server.handle((_request, response) => sendJson(response, 200, { unexpected: true }));
    const page = await client.listIssues({ organization: 'acme' });
    expect(page.data).toEqual([]);
    expect(page.problems).toEqual([expect.objectContaining({ path: '$', expected: 'list of issues' })]);
    expect(page.raw).toEqual({ unexpected: true });
  });
});

describe('issues and events', () => {
  it('reads one issue, and the latest, oldest, recommended and a given event', async () => {
    server.handle((request, response) => {
      if (request.path === '/api/0/organizations/acme/issues/4021/') sendJson(response, 200, apiIssues[0]);
      else if (/^\/api\/0\/organizations\/acme\/issues\/4021\/events\/[^/]+\/$/.test(request.path)) sendJson(response, 200, apiEvent);
      else sendJson(response, 404, { detail: 'The requested resource does not exist' });
    });
    const issue = await client.getIssue({ organization: 'acme', issueId: '4021' });
    expect(issue.data).toMatchObject({ id: '4021', schema: 'faultline.issue/1' });
    for (const eventId of ['latest', 'oldest', 'recommended', 'abc123']) {
      const event = await client.getIssueEvent({ organization: 'acme', issueId: '4021', eventId, environment: 'production' });
      expect(server.received.at(-1)?.path).toBe(`/api/0/organizations/acme/issues/4021/events/${eventId}/`);
      expect(server.received.at(-1)?.query.get('environment')).toBe('production');
      expect(event.data.schema).toBe('faultline.event/1');
      expect(event.data.title).toBe(apiEvent.title);
      expect(event.raw).toEqual(apiEvent);
    }
  });

  it("lists an issue's events with their cursors and names each event's problems by index", async () => {
    server.handle((request, response) => {
      sendJson(response, 200, [apiEvent, 'not an event'], { Link: sentryLink(`http://127.0.0.1${request.path}`, 0, 2, 5) });
    });
    const page = await client.listIssueEvents({ organization: 'acme', issueId: '4021', full: true, query: 'user.id:7' });
    expect(server.received.at(-1)?.query.get('full')).toBe('true');
    expect(page.data).toHaveLength(2);
    expect(page.data[0]?.title).toBe(apiEvent.title);
    expect(page.problems.some((problem) => problem.path === '[1]')).toBe(true);
    expect(page.nextCursor).toBe('0:2:0');
  });
});
