// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSentryClient, fromSentryWebhook, type SentryClient } from '../../src/sentry';
import { hasSharedApi, SHARED_API } from '../core/normalize/loadFixtures';
import { sendJson, startServer, type TestServer } from './httpServer';

// Sentry's FSL-licensed API examples live only in the shared checkout, never in the repo.
if (!hasSharedApi) console.warn(`[faultline] skipping Sentry API example tests: ${SHARED_API} is absent (a fresh clone has no ../shared)`);

const shared = (name: string) => readFileSync(join(SHARED_API, name), 'utf8');

/** Which example each endpoint answers with. */
const ROUTES: [RegExp, string][] = [
  [/^\/api\/0\/organizations\/acme\/issues\/$/, 'issues-list.json'],
  [/^\/api\/0\/projects\/acme\/backend\/issues\/$/, 'project-issues-list.json'],
  [/^\/api\/0\/organizations\/acme\/issues\/1\/$/, 'issue.json'],
  [/^\/api\/0\/organizations\/acme\/issues\/1\/events\/$/, 'issue-events.json'],
  [/^\/api\/0\/organizations\/acme\/issues\/1\/events\/[^/]+\/$/, 'event.json'],
];

describe.skipIf(!hasSharedApi)("the client over Sentry's published API examples", () => {
  let server: TestServer;
  let client: SentryClient;

  beforeAll(async () => {
    server = await startServer((request, response) => {
      const route = ROUTES.find(([pattern]) => pattern.test(request.path));
      if (!route) {
        sendJson(response, 404, { detail: 'The requested resource does not exist' });
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(shared(route[1]));
    });
    client = createSentryClient({ baseUrl: server.baseUrl });
  });

  afterAll(() => server?.close());

  it('normalizes both issue list shapes without problems', async () => {
    const organization = await client.listIssues({ organization: 'acme' });
    const project = await client.listIssues({ organization: 'acme', project: 'backend' });
    for (const page of [organization, project]) {
      expect(page.data.length).toBeGreaterThan(0);
      expect(page.data[0]?.title).toBeTruthy();
      expect(page.problems).toEqual([]);
    }
  });

  it('normalizes the issue, its event list and its recommended event', async () => {
    const issue = await client.getIssue({ organization: 'acme', issueId: '1' });
    expect(issue.data.id).toBe((JSON.parse(shared('issue.json')) as { id: string }).id);
    const events = await client.listIssueEvents({ organization: 'acme', issueId: '1' });
    expect(events.data.length).toBeGreaterThan(0);
    const event = await client.getIssueEvent({ organization: 'acme', issueId: '1', eventId: 'recommended' });
    expect(event.data.exceptions.length).toBeGreaterThan(0);
    expect(event.data.breadcrumbs.length).toBeGreaterThan(0);
  });

  it('reads every shared webhook body like the repo copy', () => {
    for (const file of readdirSync(join(SHARED_API, 'webhooks')).filter((name) => name.endsWith('.json'))) {
      const webhook = fromSentryWebhook(shared(`webhooks/${file}`));
      expect(webhook.resource, file).toBeDefined();
      expect(webhook.issues.length + webhook.events.length, file).toBe(/^(issue|error|event-alert|activity-alert)/.test(file) ? 1 : 0);
    }
  });
});
