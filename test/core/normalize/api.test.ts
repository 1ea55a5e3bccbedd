import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInput, normalizeEvent, normalizeIssue } from '../../../src/core';
import { FIXTURES, folderFixtures, hasSharedApi, readJson, SHARED_API } from './loadFixtures';

const apiEvent = readJson(join(FIXTURES, 'api/event-entries.json'));
const apiIssues = readJson(join(FIXTURES, 'api/issues-list.json')) as unknown[];
const webhooks = new Map(folderFixtures(join(FIXTURES, 'webhooks')));

describe('Web API events', () => {
  const { value, problems } = normalizeEvent(apiEvent);

  it('reads entries, camelCase ids and dates without problems', () => {
    expect(problems).toEqual([]);
    expect(detectInput(apiEvent)).toBe('api-event');
    expect(value).toMatchObject({
      eventId: '7a1b2c3d4e5f40718293a4b5c6d7e8f9',
      groupId: '4021',
      project: '17',
      timestamp: '2025-05-04T10:20:30.123Z',
      received: '2025-05-04T10:20:31.000Z',
      title: 'ValueError: pump pressure out of range',
      culprit: 'station.pumps in check_pressure',
      release: { version: 'station@3.4.0', shortVersion: '3.4.0', extra: { commitCount: 4 } },
      modules: { flask: '3.0.3' },
    });
  });

  it("does not keep the API's copy of the event id as an unknown field, but keeps an id that differs", () => {
    const base = { eventID: '7A1B2C3D-4E5F-4071-8293-A4B5C6D7E8F9', groupID: '4021', message: 'boom', dateCreated: '2025-05-04T10:20:30.123Z' };
    expect(normalizeEvent({ ...base, id: '7a1b2c3d4e5f40718293a4b5c6d7e8f9' }).value.extra).toBeUndefined();
    expect(normalizeEvent({ ...base, id: '7a1b2c3d4e5f40718293a4b5c6d7e8f9', shard: 3 }).value.extra).toEqual({ shard: 3 });
    expect(normalizeEvent({ ...base, id: 'something-else' }).value.extra).toEqual({ id: 'something-else' });
  });

  it('links the chained exception values and splits camelCase frame context', () => {
    expect(value.exceptions.map((e) => [e.type, e.id, e.parentId, e.relation, e.depth])).toEqual([
      ['KeyError', 1, 0, 'cause', 1],
      ['ValueError', 0, undefined, undefined, 0],
    ]);
    expect(value.exceptions[0]?.stacktrace?.frames[0]).toMatchObject({
      absPath: '/srv/station/sensors.py',
      lineNo: 41,
      inApp: true,
      preContext: ['def read_sensor(name):'],
      contextLine: '    return SENSORS[name]',
      postContext: [''],
    });
  });

  it('reads breadcrumbs, request and threads entries and keeps unknown entries in extra', () => {
    expect(value.breadcrumbs.map((b) => b.category)).toEqual(['httplib', 'log']);
    expect(value.request?.headers).toContainEqual(['User-Agent', 'curl/8.5.0']);
    expect(value.request?.query).toEqual([['verbose', '1']]);
    expect(value.threads.map((t) => [t.id, t.crashed, t.stacktrace?.frames.length])).toEqual([
      [1, true, undefined],
      [2, false, 1],
    ]);
    expect(value.extra?.entries).toEqual([expect.objectContaining({ type: 'csp' })]);
    expect(value.contexts.browser).toBeUndefined();
  });

  it('round-trips', () => {
    const again = normalizeEvent(JSON.parse(JSON.stringify(value)));
    expect(again).toEqual({ value, problems: [] });
  });
});

describe('detectInput', () => {
  it('tells every input shape apart', () => {
    expect(detectInput({ event_id: 'a', exception: [] })).toBe('event');
    expect(detectInput(apiEvent)).toBe('api-event');
    expect(detectInput(apiIssues[0])).toBe('issue');
    expect(detectInput(webhooks.get('issue-created.json'))).toBe('webhook');
    expect(detectInput(normalizeEvent({}).value)).toBe('canonical-event');
    expect(detectInput(normalizeIssue(apiIssues[0]).value)).toBe('canonical-issue');
    expect([null, 3, 'x', []].map(detectInput)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('normalizeEvent refuses an issue and normalizeIssue a non-object, each with a problem', () => {
    expect(normalizeEvent(apiIssues[0]).problems).toEqual([{ path: '$', expected: 'event object', found: 'object', action: 'dropped' }]);
    expect(normalizeIssue([1, 2, 3]).problems).toEqual([{ path: '$', expected: 'issue object', found: 'array of 3', action: 'dropped' }]);
  });
});

describe('Web API issues', () => {
  it('reads the issues list, with count as a string', () => {
    const issues = apiIssues.map((issue) => normalizeIssue(issue));
    expect(issues.flatMap((issue) => issue.problems)).toEqual([]);
    expect(issues[0]?.value).toMatchObject({
      schema: 'faultline.issue/1',
      id: '4021',
      shortId: 'STATION-2K',
      count: 1289,
      userCount: 37,
      status: 'unresolved',
      substatus: 'escalating',
      priority: 'high',
      assignedTo: { type: 'team', id: '9', name: 'pumps-oncall' },
      project: { id: '17', slug: 'station' },
      stats: { '24h': [[1746316800, 12], [1746320400, 0], [1746324000, 41]] },
      firstRelease: { version: 'station@3.3.0' },
      lastSeen: '2025-05-04T10:20:30.123Z',
      statusDetails: {},
      extra: { type: 'error', annotations: [] },
    });
    expect(issues[1]?.value).toMatchObject({ status: 'ignored', count: 3, userCount: 0 });
    for (const { value } of issues) expect(normalizeIssue(JSON.parse(JSON.stringify(value)))).toEqual({ value, problems: [] });
  });

  it('repairs a negative count and reports each bad field by path', () => {
    const { value, problems } = normalizeIssue({ id: 7, title: 'x', status: 'exploded', count: -3, userCount: '2' });
    expect(value).toMatchObject({ id: '7', status: 'unresolved', count: 0, userCount: 2 });
    expect(problems.map((p) => `${p.path}: ${p.action}`)).toEqual(['status: dropped', 'count: dropped']);
  });
});

describe('webhooks', () => {
  it.each(['error-created.json', 'event-alert-triggered.json'])('normalizeEvent reads the event of %s', (name) => {
    const body = webhooks.get(name);
    expect(detectInput(body)).toBe('webhook');
    const { value, problems } = normalizeEvent(body);
    expect(problems).toEqual([]);
    expect(value.eventId).toMatch(/^[0-9a-f]{32}$/);
    expect(value.exceptions.length).toBeGreaterThan(0);
    expect(value.title).not.toBe('<unlabeled event>');
  });

  it.each(['issue-created.json', 'activity-alert-triggered.json'])('normalizeIssue reads data.issue of %s', (name) => {
    const { value, problems } = normalizeIssue(webhooks.get(name));
    expect(problems).toEqual([]);
    expect(value.shortId).toBeTruthy();
    expect(value.extra?.web_url).toBeTruthy();
  });

  it('names problems by their path in the webhook body', () => {
    const body = { action: 'created', data: { error: { event_id: 'x', level: 'loud' } } };
    expect(normalizeEvent(body).problems.map((p) => p.path)).toEqual(['data.error.level']);
    const issueBody = { action: 'created', data: { issue: { id: '1', count: -1 } } };
    expect(normalizeIssue(issueBody).problems.map((p) => p.path)).toEqual(['data.issue.count']);
  });

  it('reports a webhook body without the asked-for resource', () => {
    expect(normalizeEvent(webhooks.get('comment-created.json')).problems.map((p) => p.path)).toEqual(['$.data']);
    expect(normalizeIssue(webhooks.get('installation-created.json')).problems.map((p) => p.path)).toEqual(['$.data']);
  });
});

describe.skipIf(!hasSharedApi)('Sentry Web API examples (FSL, read from ../shared only)', () => {
  const shared = (name: string) => readJson(join(SHARED_API, name));

  it('event.json: entries, user, release object, no problems', () => {
    const { value, problems } = normalizeEvent(shared('event.json'));
    expect(problems).toEqual([]);
    expect(value.title).toBe('This is an example Python exception');
    expect(value.exceptions.length).toBeGreaterThan(0);
    expect(value.breadcrumbs.length).toBeGreaterThan(0);
    expect(value.request?.url).toMatch(/^https:/);
  });

  it.each(['issue.json', 'issues-list.json', 'project-issues-list.json'])('%s: issues without problems', (name) => {
    const data = shared(name);
    for (const issue of Array.isArray(data) ? data : [data]) {
      const { value, problems } = normalizeIssue(issue);
      expect(problems).toEqual([]);
      expect(value.id).toBe('1');
      expect(typeof value.count).toBe('number');
    }
  });

  it('issue-hashes.json and issue-events.json: every event reads without problems', () => {
    const hashes = shared('issue-hashes.json') as { latestEvent: unknown }[];
    const events = [...hashes.map((hash) => hash.latestEvent), ...(shared('issue-events.json') as unknown[])];
    for (const event of events) {
      const { value, problems } = normalizeEvent(event);
      expect(problems).toEqual([]);
      expect(value.title).toBe('This is an example Python exception');
    }
  });
});

if (!hasSharedApi) console.warn(`Skipped the FSL Web API examples: ${SHARED_API} is not present.`);
