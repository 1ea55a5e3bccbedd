import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeEvent,
  normalizeIssue,
  normalizeIssueActivity,
  normalizeIssueStats,
  normalizeIssueTag,
  normalizeIssueTags,
  normalizeIssueTagValues,
  normalizeMemberList,
  normalizeReleaseList,
  normalizeTeamList,
} from '../../../src/core';
import { hasSharedApi, readJson, SHARED_API } from './loadFixtures';

const NORMALIZERS = {
  normalizeIssueActivity,
  normalizeIssueStats,
  normalizeIssueTag,
  normalizeIssueTags,
  normalizeIssueTagValues,
  normalizeMemberList,
  normalizeReleaseList,
  normalizeTeamList,
};

describe.skipIf(!hasSharedApi)("issue page shapes from Sentry's published examples", () => {
  const shared = (name: string) => readJson(join(SHARED_API, name));

  it('reads a tag with its top values (issue-tag-details.json)', () => {
    const { value, problems } = normalizeIssueTag(shared('issue-tag-details.json'));
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ key: 'flavors', name: 'Flavors', totalValues: 3, uniqueValues: 2 });
    expect(value?.topValues.map((entry) => [entry.value, entry.name, entry.count])).toEqual([
      ['strawberry', 'Strawberry', 2],
      ['vanilla', 'Vanilla', 1],
    ]);
    // The tags list endpoint answers with a list of the same objects.
    expect(normalizeIssueTags([shared('issue-tag-details.json')]).value).toEqual([value]);
  });

  it('reads a page of tag values (issue-tag-values.json)', () => {
    const { value, problems } = normalizeIssueTagValues(shared('issue-tag-values.json'));
    expect(problems).toEqual([]);
    expect(value).toHaveLength(4);
    expect(value[0]).toEqual({ value: 'strawberry', name: 'Strawberry', count: 2, firstSeen: '2024-01-01T00:00:00.000Z', lastSeen: '2024-01-01T00:00:00.000Z' });
  });

  it('reads the issue’s activity, status details and assignee (issue.json)', () => {
    const { value, problems } = normalizeIssue(shared('issue.json'));
    expect(problems).toEqual([]);
    expect(value.activity).toEqual([{ id: '0', type: 'first_seen', dateCreated: '2018-11-06T21:19:55.000Z', data: {} }]);
    expect(value.statusDetails).toEqual({});
    expect(value.assignedTo).toMatchObject({ type: 'user', id: '1', name: 'John Doe' });
    expect(value).toMatchObject({ isBookmarked: false, isSubscribed: true, substatus: 'ongoing', userCount: 12, count: 150 });
    expect(value.firstRelease).toMatchObject({ version: '17642328ead24b51867165985996d04b29310337', shortVersion: '1764232' });
    expect(Object.keys(value.stats ?? {})).toEqual(['24h', '30d']);
  });

  it('reads an event’s neighbours (event.json)', () => {
    const { value } = normalizeEvent(shared('event.json'));
    expect(value.nextEventId).toBe('99f9e199e9a74a14bfef6196ad741619');
    expect(value.previousEventId).toBeUndefined();
  });
});

describe('issue page normalizers', () => {
  it('reads resolve and ignore details; an actor is the user who set them', () => {
    const { value, problems } = normalizeIssue({
      id: '1',
      status: 'ignored',
      statusDetails: { ignoreUntil: '2026-01-01T10:00:00Z', ignoreCount: 100, ignoreWindow: 60, actor: { id: 4, name: 'Ada' } },
    });
    expect(problems).toEqual([]);
    expect(value.statusDetails).toEqual({ ignoreUntil: '2026-01-01T10:00:00.000Z', ignoreCount: 100, ignoreWindow: 60, actor: { id: '4', name: 'Ada' } });
    expect(normalizeIssue({ id: '1', statusDetails: { inNextRelease: true } }).value.statusDetails).toEqual({ inNextRelease: true });
  });

  it('drops entries without their identity and names each by its index', () => {
    const activity = normalizeIssueActivity([{ id: '1', type: 'note', dateCreated: 'yesterday', data: { text: 'x' } }, { id: '2', type: 'set_resolved', dateCreated: 1767225600 }]);
    expect(activity.value).toEqual([{ id: '2', type: 'set_resolved', dateCreated: '2026-01-01T00:00:00.000Z', data: {} }]);
    expect(activity.problems.map((problem) => problem.path)).toEqual(['[0].dateCreated', '[0]']);
    const teams = normalizeTeamList([{ id: '1', name: 'No slug' }, 'backend', { id: 2, slug: 'web' }]);
    expect(teams.value).toEqual([{ id: '2', slug: 'web', name: 'web' }]);
    expect(teams.problems.map((problem) => problem.path)).toEqual(['[0]', '[1]']);
    expect(normalizeReleaseList([{ shortVersion: '1' }]).problems).toEqual([{ path: '[0]', expected: 'release with a version', found: 'object', action: 'dropped' }]);
  });

  it('takes a tag’s total from its values when the API leaves it out', () => {
    expect(normalizeIssueTags([{ key: 'os', topValues: [{ value: 'Linux', count: 3 }, { value: 'macOS', count: 2 }] }]).value[0]).toMatchObject({ name: 'os', totalValues: 5 });
  });

  it('keeps markup as text and never lets `__proto__` reach a prototype', () => {
    const hostile = JSON.parse('[{"id":"1","type":"note","dateCreated":"2026-01-01T00:00:00Z","data":{"text":"<img src=x onerror=alert(1)>","__proto__":{"polluted":true}}}]');
    const { value } = normalizeIssueActivity(hostile);
    expect(value[0]?.data.text).toBe('<img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives throwing getters and revoked proxies', () => {
    const throwing = { id: '1', slug: 'web', get name(): string { throw new Error('boom'); } };
    const teams = normalizeTeamList([throwing]);
    expect(teams.value).toEqual([{ id: '1', slug: 'web', name: 'web' }]);
    expect(teams.problems[0]?.path).toBe('[0].name');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    for (const normalize of Object.values(NORMALIZERS)) expect(() => normalize(proxy)).not.toThrow();
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
        for (const normalize of Object.values(NORMALIZERS)) {
          const { problems } = normalize(input);
          expect(Array.isArray(problems)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
