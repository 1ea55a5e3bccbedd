import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/model';
import { compileIssueQuery, type IssueSearchContext, parseIssueQuery } from '../../../src/core/search';
import { makeIssue } from './makeIssue';

const NOW = Date.parse('2026-06-15T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW - hours * 3_600_000).toISOString();

const issues: Issue[] = [
  makeIssue({
    id: '1',
    shortId: 'WEB-1',
    title: "TypeError: Cannot read properties of undefined (reading 'map')",
    culprit: 'src/components/Cart.tsx in render',
    level: 'error',
    status: 'unresolved',
    substatus: 'new',
    priority: 'high',
    platform: 'javascript',
    count: 250,
    userCount: 40,
    firstSeen: hoursAgo(30),
    lastSeen: hoursAgo(1),
    project: { id: '11', slug: 'web', name: 'Web App' },
    assignedTo: { type: 'user', id: '7', name: 'Jane Doe', email: 'jane@example.com' },
    isBookmarked: true,
    hasSeen: false,
    firstRelease: { version: 'web@1.0.0' },
    lastRelease: { version: 'web@1.2.0', dateCreated: '2026-06-01T00:00:00Z' },
    metadata: { type: 'TypeError', value: "Cannot read properties of undefined (reading 'map')" },
    extra: { tags: [{ key: 'browser', topValues: [{ value: 'Chrome' }, { value: 'Firefox' }] }], environment: 'production' },
  }),
  makeIssue({
    id: '2',
    shortId: 'API-7',
    title: 'ZeroDivisionError: division by zero',
    culprit: 'billing.views in total',
    level: 'fatal',
    status: 'resolved',
    priority: 'medium',
    platform: 'python',
    count: 5,
    userCount: 2,
    firstSeen: hoursAgo(24 * 20),
    lastSeen: hoursAgo(24 * 10),
    project: { id: '12', slug: 'api', platform: 'python' },
    assignedTo: { type: 'team', id: '3', name: 'backend' },
    metadata: { value: 'division by zero', secret: 'needle' },
    extra: { tags: [['environment', 'staging'], ['server_name', 'api-1']] },
  }),
  makeIssue({
    id: '3',
    title: 'Warning: deprecated call',
    level: 'warning',
    status: 'ignored',
    substatus: 'archived_forever',
    count: 1000,
    userCount: 0,
    lastSeen: '2026-01-01T08:00:00.000Z',
    firstSeen: '2025-12-31T23:00:00.000Z',
    extra: { tags: { browser: 'Safari', environment: ['production', 'canary'] } },
  }),
];

const context: IssueSearchContext = { now: NOW, me: { email: 'Jane@Example.com', teams: ['backend'] } };
const ids = (query: string, ctx: IssueSearchContext = context) => {
  const parsed = parseIssueQuery(query);
  expect(parsed.errors).toEqual([]);
  const matches = compileIssueQuery(parsed, ctx);
  return issues.filter(matches).map((i) => i.id);
};

describe('compileIssueQuery', () => {
  it.each([
    ['', ['1', '2', '3']],
    ['typeerror', ['1']],
    ['WEB-1', ['1']],
    ['billing.views', ['2']],
    ['"division by"', ['2']],
    ['needle', []],
    ['cannot undefined', ['1']],
    ['Type*map', ['1']],
    ['Type*zero', []],
    ['is:unresolved', ['1']],
    ['is:resolved', ['2']],
    ['is:ignored', ['3']],
    ['is:archived', ['3']],
    ['is:assigned', ['1', '2']],
    ['is:unassigned', ['3']],
    ['is:bookmarked', ['1']],
    ['is:unread', ['1']],
    ['is:new', ['1']],
    ['is:[new, resolved]', ['1', '2']],
    ['!is:unresolved', ['2', '3']],
    ['level:error', ['1']],
    ['level:[fatal, warning]', ['2', '3']],
    ['level:ERROR', ['1']],
    ['!level:error', ['2', '3']],
    ['level:*a*', ['2', '3']],
    ['level:w*', ['3']],
    ['assigned:me', ['1']],
    ['assigned:none', ['3']],
    ['assigned:#backend', ['2']],
    ['assigned:my_teams', ['2']],
    ['assigned:jane@example.com', ['1']],
    ['assigned:"Jane Doe"', ['1']],
    ['bookmarks:me', ['1']],
    ['environment:production', ['1', '3']],
    ['environment:canary', ['3']],
    ['!environment:production', ['2']],
    ['release:web@1.0.0', ['1']],
    ['release:web@1.2.*', ['1']],
    ['first_release:web@1.0.0', ['1']],
    ['project:web', ['1']],
    ['project:"Web App"', ['1']],
    ['project:12', ['2']],
    ['platform:python', ['2']],
    ['status:resolved', ['2']],
    ['status:archived', ['3']],
    ['issue.priority:high', ['1']],
    ['times_seen:>100', ['1', '3']],
    ['count:>=1k', ['3']],
    ['events:5', ['2']],
    ['times_seen:<=5', ['2']],
    ['user_count:<5', ['2', '3']],
    ['users:>10', ['1']],
    ['browser:Chrome', ['1']],
    ['browser:firefox', ['1']],
    ['browser:Safari', ['3']],
    ['tags[server_name]:api-*', ['2']],
    ['!browser:Chrome', ['2', '3']],
    ['unknown_tag:x', []],
    ['unknown_tag:""', ['1', '2', '3']],
    ['has:browser', ['1', '3']],
    ['has:assigned', ['1', '2']],
    ['!has:environment', []],
    ['is:unresolved level:error typeerror', ['1']],
    ['is:unresolved level:fatal', []],
  ])('%s', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('reads relative dates against the injected now', () => {
    expect(ids('lastSeen:-24h')).toEqual(['1']);
    expect(ids('lastSeen:-30m')).toEqual([]);
    expect(ids('lastSeen:+7d')).toEqual(['2', '3']);
    expect(ids('firstSeen:-2d')).toEqual(['1']);
    expect(ids('age:-14d')).toEqual(['1']);
    expect(ids('age:+2w')).toEqual(['2', '3']);
    expect(ids('!lastSeen:-24h')).toEqual(['2', '3']);
    // The same query a day later: the issue seen an hour before "now" is no longer within it.
    expect(ids('lastSeen:-1h', { now: NOW + 86_400_000 })).toEqual([]);
    expect(ids('lastSeen:-2h', { now: new Date(NOW) })).toEqual(['1']);
  });

  it('reads absolute dates with operators, whole days and instants', () => {
    expect(ids('lastSeen:>2026-06-01')).toEqual(['1', '2']);
    expect(ids('lastSeen:<2026-06-01')).toEqual(['3']);
    expect(ids('lastSeen:2026-01-01')).toEqual(['3']);
    expect(ids('lastSeen:2026-01-01T08:00:00Z')).toEqual(['3']);
    expect(ids('lastSeen:2026-01-01T08:00:01Z')).toEqual([]);
    expect(ids('firstSeen:<=2025-12-31T23:00:00Z')).toEqual(['3']);
    expect(ids('firstSeen:>=2026-01-01')).toEqual(['1', '2']);
  });

  it('matches nothing for me-filters without a viewer', () => {
    expect(ids('assigned:me', { now: NOW })).toEqual([]);
    expect(ids('bookmarks:me', { now: NOW })).toEqual(['1']);
    expect(ids('bookmarks:someone@else', { now: NOW })).toEqual([]);
  });

  it('uses the context latestRelease for release:latest', () => {
    expect(ids('release:latest', { ...context, latestRelease: 'web@1.0.0' })).toEqual(['1']);
    expect(ids('release:latest', { ...context, latestRelease: 'api@9' })).toEqual([]);
  });

  it('filters by what is valid while the query has errors', () => {
    const parsed = parseIssueQuery('level:error times_seen:>abc');
    expect(issues.filter(compileIssueQuery(parsed, context)).map((i) => i.id)).toEqual(['1']);
  });
});
