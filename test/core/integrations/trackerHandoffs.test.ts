import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AZURE_DEVOPS_URL_LENGTH,
  asanaTaskRequest,
  azureDevOpsNewWorkItemUrl,
  bitbucketIssueRequest,
  clickUpTaskRequest,
  IntegrationTargetError,
  issueTrackerHandoffs,
  TRACKER_BODY_LIMIT,
  TRELLO_TEXT_LIMIT,
  trelloCardRequest,
} from '../../../src/core/integrations';
import { normalizeEvent, normalizeIssueList } from '../../../src/core/normalize';
import issuesList from '../../fixtures/api/issues-list.json';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';

const event = normalizeEvent(pythonEvent).value;
const issue = normalizeIssueList(issuesList).value[0];
if (issue === undefined) throw new Error('issues-list fixture has no issue');

const hostileTitle = '<img src=x onerror=alert(1)> [evil](javascript:alert(1)) \u0000 \ud800 &amp;';
const hostileEvent = normalizeEvent({ ...pythonEvent, exception: { values: [{ type: hostileTitle, value: `${'<script>alert(1)</script>\n'.repeat(5000)}` }] } }).value;

describe('azureDevOpsNewWorkItemUrl', () => {
  it('opens the new work item form with title and repro steps for a bug', () => {
    const link = azureDevOpsNewWorkItemUrl({ event, issue }, { organization: 'acme', project: 'Shop Web' });
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://dev.azure.com/acme/Shop%20Web/_workitems/create/Bug');
    expect(url.searchParams.get('[System.Title]')).toBe(event.title);
    expect(url.searchParams.get('[Microsoft.VSTS.TCM.ReproSteps]')).toContain('<br>');
    expect(link.url.length).toBeLessThanOrEqual(AZURE_DEVOPS_URL_LENGTH);
    expect(link.fullReport).toContain(event.title);
  });

  it('fills System.Description for other types and takes an Azure DevOps Server collection', () => {
    const link = azureDevOpsNewWorkItemUrl({ issue }, { organization: 'acme', project: 'shop', type: 'Task', baseUrl: 'https://tfs.example/tfs/Default/' });
    const url = new URL(link.url);
    expect(url.pathname).toBe('/tfs/Default/acme/shop/_workitems/create/Task');
    expect(url.searchParams.has('[System.Description]')).toBe(true);
  });

  it('escapes markup so the rich-text field shows it as text, and stays under the limit', () => {
    const link = azureDevOpsNewWorkItemUrl({ event: hostileEvent }, { organization: 'acme', project: 'shop' });
    const body = new URL(link.url).searchParams.get('[Microsoft.VSTS.TCM.ReproSteps]') ?? '';
    expect(body).not.toMatch(/<(script|img)/i);
    expect(body).toContain('&lt;script&gt;');
    expect(link.trimmed).toBe(true);
    expect(link.url.length).toBeLessThanOrEqual(AZURE_DEVOPS_URL_LENGTH);
  });

  it('refuses javascript: bases, dot segments and field names that are not references', () => {
    expect(() => azureDevOpsNewWorkItemUrl({ event }, { organization: 'a', project: 'b', baseUrl: 'javascript:alert(1)' })).toThrow(IntegrationTargetError);
    expect(() => azureDevOpsNewWorkItemUrl({ event }, { organization: '..', project: 'b' })).toThrow(IntegrationTargetError);
    expect(() => azureDevOpsNewWorkItemUrl({ event }, { organization: 'a', project: 'b', descriptionField: 'x]&[System.AssignedTo' })).toThrow(IntegrationTargetError);
  });
});

describe('REST hand-offs for the host server', () => {
  it('describes a Bitbucket issue with Markdown content and no credential', () => {
    const request = bitbucketIssueRequest({ event, issue }, { workspace: 'acme', repo: 'shop' });
    expect(request).toMatchObject({ provider: 'bitbucket', method: 'POST', url: 'https://api.bitbucket.org/2.0/repositories/acme/shop/issues', auth: 'bearer' });
    expect(request.body).toMatchObject({ title: event.title, content: { markup: 'markdown' }, kind: 'bug', priority: 'major' });
    expect(Object.keys(request.headers).map((name) => name.toLowerCase())).not.toContain('authorization');
  });

  it('describes ClickUp, Asana and Trello create calls', () => {
    expect(clickUpTaskRequest({ event }, { listId: '901' })).toMatchObject({ url: 'https://api.clickup.com/api/v2/list/901/task', auth: 'authorization', body: { name: event.title } });
    expect(asanaTaskRequest({ event }, { projectId: '1200' })).toMatchObject({ url: 'https://app.asana.com/api/1.0/tasks', body: { data: { name: event.title, projects: ['1200'] } } });
    const trello = trelloCardRequest({ event, issue }, { listId: '5abbe4b7ddc1b351ef961414' });
    expect(trello).toMatchObject({ url: 'https://api.trello.com/1/cards', auth: 'key-and-token-query', body: { idList: '5abbe4b7ddc1b351ef961414', pos: 'top' } });
    expect(trello.body.urlSource).toBe(issue.permalink);
  });

  it('cuts huge reports to each provider limit and says so', () => {
    const trello = trelloCardRequest({ event: hostileEvent }, { listId: 'abc' });
    expect((trello.body.desc as string).length).toBeLessThanOrEqual(TRELLO_TEXT_LIMIT);
    expect(trello.trimmed).toBe(true);
    const bitbucket = bitbucketIssueRequest({ event: hostileEvent }, { workspace: 'a', repo: 'b' });
    expect(((bitbucket.body.content as { raw: string }).raw).length).toBeLessThanOrEqual(TRACKER_BODY_LIMIT);
    expect(bitbucket.fullReport.length).toBeGreaterThan(TRACKER_BODY_LIMIT);
  });

  it('refuses ids that would change the URL', () => {
    expect(() => clickUpTaskRequest({ event }, { listId: '1/../../team' })).toThrow(IntegrationTargetError);
    expect(() => trelloCardRequest({ event }, { listId: 'a?b' })).toThrow(IntegrationTargetError);
    expect(() => bitbucketIssueRequest({ event }, { workspace: '.', repo: 'b' })).toThrow(IntegrationTargetError);
  });

  it('never throws on hostile titles, and JSON bodies round-trip', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: 'binary' }), (type, value) => {
        const input = { event: normalizeEvent({ exception: { values: [{ type, value }] } }).value };
        for (const request of [trelloCardRequest(input, { listId: 'l' }), asanaTaskRequest(input, { projectId: '1' }), clickUpTaskRequest(input, { listId: '1' })]) {
          expect(JSON.parse(JSON.stringify(request.body))).toEqual(request.body);
        }
        expect(azureDevOpsNewWorkItemUrl(input, { organization: 'a', project: 'b' }).url.startsWith('https://dev.azure.com/a/b/')).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('issueTrackerHandoffs', () => {
  it('lists only configured trackers, links first, and builds each', () => {
    const handoffs = issueTrackerHandoffs({ trello: { listId: 'l' }, github: { owner: 'a', repo: 'b' }, azureDevOps: { organization: 'a', project: 'b' } });
    expect(handoffs.map((handoff) => [handoff.name, handoff.viaServer])).toEqual([
      ['GitHub', false],
      ['Azure DevOps', false],
      ['Trello', true],
    ]);
    expect(handoffs[0]?.build({ event }).kind).toBe('link');
    expect(handoffs[2]?.build({ event }).kind).toBe('request');
  });
});
