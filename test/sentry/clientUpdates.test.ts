// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryBulkActionHandler, createSentryClient, type SentryClient } from '../../src/sentry';
import { sendJson, startServer, type TestServer } from './httpServer';

let server: TestServer;
let client: SentryClient;

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.path !== '/api/0/organizations/acme/issues/') {
      sendJson(response, 404, { detail: 'The requested resource does not exist' });
    } else if (request.method === 'DELETE') {
      response.writeHead(204).end();
    } else if (request.method === 'PUT') {
      const body = JSON.parse(request.body) as Record<string, unknown>;
      const ids = request.query.getAll('id');
      if (body.merge === true) sendJson(response, 200, { merge: { parent: ids[0], children: ids.slice(1) } });
      // Like Sentry: without ids only a status change over a search is allowed.
      else if (ids.length === 0 && !(request.query.has('query') && 'status' in body)) sendJson(response, 400, { detail: 'ids required' });
      else sendJson(response, 200, body.status === 'ignored' ? { ...body, statusDetails: {} } : body);
    } else {
      sendJson(response, 405, { detail: `Method "${request.method}" not allowed.` });
    }
  });
  client = createSentryClient({ baseUrl: `${server.baseUrl}/api/0/`, headers: async () => ({ 'X-Proxy-Session': 'abc' }) });
});

afterAll(() => server.close());

describe('bulk updates (the bulk actions of IssueList)', () => {
  it('resolves issues with PUT ?id=…&id=… and a JSON body of only the given fields', async () => {
    const result = await client.updateIssues({ organization: 'acme', ids: ['11', 12, '11'], status: 'resolved', assignedTo: undefined });
    const request = server.received.at(-1);
    expect(request?.method).toBe('PUT');
    expect(request?.query.getAll('id')).toEqual(['11', '12']);
    expect(JSON.parse(request?.body ?? '')).toEqual({ status: 'resolved' });
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['x-proxy-session']).toBe('abc');
    expect(result).toMatchObject({ status: 200, changes: { status: 'resolved' } });
  });

  it('ignores, assigns, unassigns and bookmarks', async () => {
    await client.updateIssues({ organization: 'acme', ids: [1], status: 'ignored', statusDetails: { ignoreDuration: 30 }, substatus: 'archived_until_condition_met' });
    expect(JSON.parse(server.received.at(-1)?.body ?? '')).toEqual({ status: 'ignored', statusDetails: { ignoreDuration: 30 }, substatus: 'archived_until_condition_met' });
    await client.updateIssues({ organization: 'acme', ids: [1], assignedTo: 'user:42', isBookmarked: true });
    expect(JSON.parse(server.received.at(-1)?.body ?? '')).toEqual({ assignedTo: 'user:42', isBookmarked: true });
    await client.updateIssues({ organization: 'acme', ids: [1], assignedTo: null });
    expect(JSON.parse(server.received.at(-1)?.body ?? '')).toEqual({ assignedTo: null });
  });

  it('refuses an update without ids (it would touch every issue) or without a change', async () => {
    const sent = server.received.length;
    await expect(client.updateIssues({ organization: 'acme', ids: [], status: 'resolved' })).rejects.toThrow(/at least 1 issue id/);
    await expect(client.updateIssues({ organization: 'acme', ids: [' '], status: 'resolved' })).rejects.toThrow(/empty/);
    await expect(client.updateIssues({ organization: 'acme', ids: [1] })).rejects.toThrow(/at least one field/);
    const tooMany = Array.from({ length: 1001 }, (_, index) => index + 1);
    await expect(client.updateIssues({ organization: 'acme', ids: tooMany, status: 'resolved' })).rejects.toThrow(/at most 1000/);
    expect(server.received.length).toBe(sent);
  });

  it('merges issues and reads the parent and children', async () => {
    const result = await client.mergeIssues({ organization: 'acme', ids: ['5', '6', '7'] });
    expect(JSON.parse(server.received.at(-1)?.body ?? '')).toEqual({ merge: true });
    expect(result).toMatchObject({ parent: '5', children: ['6', '7'] });
    await expect(client.mergeIssues({ organization: 'acme', ids: ['5'] })).rejects.toThrow(/at least 2/);
  });

  it('deletes issues with DELETE ?id=… and accepts the empty 204', async () => {
    const result = await client.deleteIssues({ organization: 'acme', ids: [8, 9] });
    expect(server.received.at(-1)).toMatchObject({ method: 'DELETE', url: '/api/0/organizations/acme/issues/?id=8&id=9' });
    expect(result.status).toBe(204);
  });
});

describe('updates of every issue matching a search', () => {
  it('sends status changes with the search instead of ids, and refuses other fields', async () => {
    await client.updateIssues({ organization: 'acme', matching: { query: 'is:unresolved level:error', projectIds: [3], environment: 'prod' }, status: 'resolved' });
    const request = server.received.at(-1);
    expect(request?.query.getAll('id')).toEqual([]);
    expect(request?.query.get('query')).toBe('is:unresolved level:error');
    expect(request?.query.get('project')).toBe('3');
    expect(request?.query.get('environment')).toBe('prod');
    const sent = server.received.length;
    await expect(client.updateIssues({ organization: 'acme', matching: { query: '' }, isBookmarked: true })).rejects.toThrow(/only status changes/);
    await expect(client.updateIssues({ organization: 'acme', status: 'resolved' })).rejects.toThrow(/ids/);
    expect(server.received.length).toBe(sent);
  });
});

describe("createSentryBulkActionHandler (IssueList's onBulkAction)", () => {
  const target = { issueIds: ['21', '22'], allMatching: false, query: 'is:unresolved' };
  const lastBody = () => JSON.parse(server.received.at(-1)?.body ?? '{}') as Record<string, unknown>;

  it('turns each toolbar action into the matching API call', async () => {
    const onBulkAction = createSentryBulkActionHandler(client, { organization: 'acme' });
    await onBulkAction({ type: 'resolve' }, target);
    expect(server.received.at(-1)?.url).toBe('/api/0/organizations/acme/issues/?id=21&id=22');
    expect(lastBody()).toEqual({ status: 'resolved', statusDetails: {} });
    await onBulkAction({ type: 'ignore', substatus: 'archived_until_escalating' }, target);
    expect(lastBody()).toEqual({ status: 'ignored', statusDetails: {}, substatus: 'archived_until_escalating' });
    await onBulkAction({ type: 'assign', assignee: { type: 'team', id: '5', name: 'pumps' } }, target);
    expect(lastBody()).toEqual({ assignedTo: 'team:5' });
    await onBulkAction({ type: 'assign', assignee: null }, target);
    expect(lastBody()).toEqual({ assignedTo: '' });
    await onBulkAction({ type: 'unbookmark' }, target);
    expect(lastBody()).toEqual({ isBookmarked: false });
    await onBulkAction({ type: 'merge' }, target);
    expect(lastBody()).toEqual({ merge: true });
    await onBulkAction({ type: 'delete' }, target);
    expect(server.received.at(-1)?.method).toBe('DELETE');
  });

  it('sends "all matching" status changes as the search, and rejects with the API error', async () => {
    const onBulkAction = createSentryBulkActionHandler(client, { organization: 'acme', environment: ['prod'] });
    await onBulkAction({ type: 'unresolve' }, { ...target, allMatching: true });
    expect(server.received.at(-1)?.query.get('query')).toBe('is:unresolved');
    expect(server.received.at(-1)?.query.getAll('id')).toEqual([]);
    const failing = createSentryBulkActionHandler(client, { organization: 'other' });
    await expect(failing({ type: 'resolve' }, target)).rejects.toMatchObject({ name: 'SentryApiError', status: 404 });
  });
});
