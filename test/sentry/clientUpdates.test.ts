// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryClient, type SentryClient } from '../../src/sentry';
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
      else if (ids.length === 0) sendJson(response, 400, { detail: 'ids required' });
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
