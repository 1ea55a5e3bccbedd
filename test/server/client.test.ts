// @vitest-environment node
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSentryClient } from '../../src/sentry';
import { startTestServer } from './helpers';

// The kit's own Web API client against the local server: the portal's real pairing.
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer({ seed: true, simulate429Every: 4 });
}, 60_000);
afterAll(() => server.cleanUp());

it('iterates every issue through cursors, riding out the simulated 429s', async () => {
  const client = createSentryClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${server.apiToken}` }, retry: { retries: 3 } });
  const ids: string[] = [];
  let hits: number | undefined;
  let pages = 0;
  for await (const page of client.iterateIssues({ organization: 'faultline', query: '', limit: 20, sort: 'freq' })) {
    hits ??= page.hits;
    ids.push(...page.data.map((issue) => issue.id));
    if (++pages > 20) break;
  }
  expect(hits).toBeGreaterThan(40);
  expect(ids).toHaveLength(hits!);
  expect(new Set(ids).size).toBe(hits);
}, 30_000);

it('reads an issue, its latest event and resolves it through the client', async () => {
  const client = createSentryClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${server.apiToken}` }, retry: { retries: 3 } });
  const { data: issues } = await client.listIssues({ organization: 'faultline', limit: 1, sort: 'freq' });
  const issue = issues[0]!;
  const { data: event, problems } = await client.getIssueEvent({ organization: 'faultline', issueId: issue.id, eventId: 'latest' });
  expect(event.groupId).toBe(issue.id);
  expect(event.title).toBe(issue.title);
  expect(problems).toEqual([]);
  await client.updateIssues({ organization: 'faultline', ids: [issue.id], status: 'resolved' });
  const { data: resolved } = await client.getIssue({ organization: 'faultline', issueId: issue.id });
  expect(resolved.status).toBe('resolved');
}, 30_000);

it('lists the environments the stored events carry, each once, for a picker', async () => {
  const client = createSentryClient({ baseUrl: server.url, headers: { Authorization: `Bearer ${server.apiToken}` }, retry: { retries: 3 } });
  const { data: environments, problems } = await client.listEnvironments({ organization: 'faultline' });
  expect(problems).toEqual([]);
  const names = environments.map((environment) => environment.name);
  expect(names).toContain('production');
  expect(new Set(names).size).toBe(names.length);
  expect(names).toEqual([...names].sort());
  // Each listed environment filters the issue stream to something.
  const { data: filtered } = await client.listIssues({ organization: 'faultline', environment: [names[0]!], limit: 100 });
  expect(filtered.length).toBeGreaterThan(0);
  expect((await client.listEnvironments({ organization: 'faultline', visibility: 'hidden' })).data).toEqual([]);
  await expect(client.listEnvironments({ organization: 'faultline', visibility: 'secret' as 'all' })).rejects.toMatchObject({ status: 400, detail: expect.stringMatching(/visibility/) });
}, 30_000);
