import { describe, expect, it } from 'vitest';
import {
  addIssuePatch,
  applyIssuePatches,
  commitIssuePatch,
  EMPTY_ISSUE_PATCHES,
  rollbackIssuePatch,
  settleIssuePatches,
} from '../../../src/core/issues';
import type { Issue } from '../../../src/core/model';
import { makeIssue } from '../search/makeIssue';

const issues: Issue[] = [
  makeIssue({ id: '1', count: 10, userCount: 2, firstSeen: '2026-01-03T00:00:00Z', lastSeen: '2026-01-05T00:00:00Z' }),
  makeIssue({ id: '2', count: 30, userCount: 5, firstSeen: '2026-01-02T00:00:00Z', lastSeen: '2026-01-04T00:00:00Z' }),
  makeIssue({ id: '3', status: 'ignored', substatus: 'archived_forever', assignedTo: { type: 'team', id: 't', name: 'ops' } }),
];
const byId = (list: readonly Issue[], id: string) => list.find((i) => i.id === id);

describe('applyIssuePatches', () => {
  it('returns the same array when nothing is queued', () => {
    expect(applyIssuePatches(issues, EMPTY_ISSUE_PATCHES)).toBe(issues);
  });

  it.each([
    [{ type: 'resolve' } as const, '3', { status: 'resolved', substatus: undefined }],
    [{ type: 'unresolve' } as const, '3', { status: 'unresolved', substatus: 'ongoing' }],
    [{ type: 'ignore' } as const, '1', { status: 'ignored', substatus: 'archived_forever' }],
    [{ type: 'ignore', substatus: 'archived_until_escalating' } as const, '1', { status: 'ignored', substatus: 'archived_until_escalating' }],
    [{ type: 'assign', assignee: { type: 'user', id: 'u', name: 'Jane' } } as const, '1', { assignedTo: { type: 'user', id: 'u', name: 'Jane' } }],
    [{ type: 'assign', assignee: null } as const, '3', { assignedTo: undefined }],
    [{ type: 'bookmark' } as const, '2', { isBookmarked: true }],
    [{ type: 'unbookmark' } as const, '2', { isBookmarked: false }],
  ])('%o on issue %s', (action, id, expected) => {
    const { queue } = addIssuePatch(EMPTY_ISSUE_PATCHES, action, [id]);
    const patched = applyIssuePatches(issues, queue);
    expect(byId(patched, id)).toMatchObject(expected);
    expect(byId(issues, id)).not.toMatchObject(expected);
    expect(patched.filter((i) => i.id !== id)).toEqual(issues.filter((i) => i.id !== id));
  });

  it('deletes issues', () => {
    const { queue } = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'delete' }, ['1', '3']);
    expect(applyIssuePatches(issues, queue).map((i) => i.id)).toEqual(['2']);
  });

  it('merges into the issue with the most events, summing events and spanning dates', () => {
    const { queue } = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'merge' }, ['1', '2']);
    const merged = applyIssuePatches(issues, queue);
    expect(merged.map((i) => i.id)).toEqual(['2', '3']);
    expect(byId(merged, '2')).toMatchObject({
      count: 40,
      userCount: 5,
      firstSeen: '2026-01-02T00:00:00Z',
      lastSeen: '2026-01-05T00:00:00Z',
    });
    const { queue: intoOne } = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'merge', parentId: '1' }, ['1', '2']);
    expect(applyIssuePatches(issues, intoOne).map((i) => [i.id, i.count])).toEqual([
      ['1', 40],
      ['3', 1],
    ]);
  });

  it('applies patches oldest first', () => {
    let { queue } = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'resolve' }, ['1']);
    ({ queue } = addIssuePatch(queue, { type: 'unresolve' }, ['1']));
    expect(byId(applyIssuePatches(issues, queue), '1')?.status).toBe('unresolved');
  });
});

describe('patch queue', () => {
  it('gives each patch its own id', () => {
    const first = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'bookmark' }, ['1']);
    const second = addIssuePatch(first.queue, { type: 'bookmark' }, ['2']);
    expect(first.patch.id).not.toBe(second.patch.id);
    expect(second.queue.patches.map((p) => p.state)).toEqual(['pending', 'pending']);
  });

  it('rolls back a rejected patch while an earlier one stays', () => {
    const resolve = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'resolve' }, ['1']);
    const remove = addIssuePatch(resolve.queue, { type: 'delete' }, ['2']);
    expect(applyIssuePatches(issues, remove.queue).map((i) => i.id)).toEqual(['1', '3']);
    const rolledBack = rollbackIssuePatch(remove.queue, remove.patch.id);
    const shown = applyIssuePatches(issues, rolledBack);
    expect(shown.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(byId(shown, '1')?.status).toBe('resolved');
    expect(byId(shown, '2')).toBe(byId(issues, '2'));
    expect(rollbackIssuePatch(rolledBack, 'unknown')).toBe(rolledBack);
  });

  it('keeps a committed patch applied until the host data is settled', () => {
    const { queue, patch } = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'resolve' }, ['1']);
    const committed = commitIssuePatch(queue, patch.id);
    expect(committed.patches[0]?.state).toBe('committed');
    expect(byId(applyIssuePatches(issues, committed), '1')?.status).toBe('resolved');
    expect(commitIssuePatch(committed, patch.id)).toBe(committed);
    const settled = settleIssuePatches(committed);
    expect(settled.patches).toEqual([]);
    expect(applyIssuePatches(issues, settled)).toBe(issues);
  });

  it('settling keeps patches still waiting for the host', () => {
    const first = addIssuePatch(EMPTY_ISSUE_PATCHES, { type: 'resolve' }, ['1']);
    const second = addIssuePatch(first.queue, { type: 'bookmark' }, ['2']);
    const settled = settleIssuePatches(commitIssuePatch(second.queue, first.patch.id));
    expect(settled.patches.map((p) => p.id)).toEqual([second.patch.id]);
    expect(settleIssuePatches(settled)).toBe(settled);
  });
});
