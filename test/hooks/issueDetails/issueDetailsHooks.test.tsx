import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Issue, OrganizationMember, Team } from '../../../src/core/model';
import {
  applyTriageAction,
  memberAssignee,
  teamAssignee,
  triageUpdate,
  type OrganizationAssigneesClient,
  useIssueTriage,
  useOrganizationAssignees,
} from '../../../src/hooks/issueDetails';

const issue: Issue = { schema: 'faultline.issue/1', id: '42', title: 'TypeError', status: 'unresolved', substatus: 'ongoing', count: 3, userCount: 1 };

describe('triageUpdate', () => {
  it('sends the update shapes Sentry’s own UI sends', () => {
    expect(triageUpdate({ type: 'resolve' })).toEqual({ status: 'resolved', statusDetails: {} });
    expect(triageUpdate({ type: 'resolve', resolveIn: { kind: 'nextRelease' } })).toEqual({ status: 'resolved', statusDetails: { inNextRelease: true } });
    expect(triageUpdate({ type: 'resolve', resolveIn: { kind: 'release', version: '1.2.0' } })).toEqual({ status: 'resolved', statusDetails: { inRelease: '1.2.0' } });
    expect(triageUpdate({ type: 'unresolve' })).toEqual({ status: 'unresolved', statusDetails: {}, substatus: 'ongoing' });
    expect(triageUpdate({ type: 'ignore' })).toEqual({ status: 'ignored', statusDetails: {}, substatus: 'archived_forever' });
    expect(triageUpdate({ type: 'ignore', until: { kind: 'escalating' } })).toEqual({ status: 'ignored', statusDetails: {}, substatus: 'archived_until_escalating' });
    expect(triageUpdate({ type: 'ignore', until: { kind: 'duration', minutes: 30 } })).toMatchObject({ statusDetails: { ignoreDuration: 30 }, substatus: 'archived_until_condition_met' });
    expect(triageUpdate({ type: 'ignore', until: { kind: 'events', count: 100 } })).toMatchObject({ statusDetails: { ignoreCount: 100 } });
    expect(triageUpdate({ type: 'ignore', until: { kind: 'events', count: 100, windowMinutes: 60 } })).toMatchObject({ statusDetails: { ignoreCount: 100, ignoreWindow: 60 } });
    expect(triageUpdate({ type: 'ignore', until: { kind: 'users', count: 5, windowMinutes: 1440 } })).toMatchObject({ statusDetails: { ignoreUserCount: 5, ignoreUserWindow: 1440 } });
    expect(triageUpdate({ type: 'assign', assignee: { type: 'team', id: '7', name: 'backend' } })).toEqual({ assignedTo: 'team:7' });
    expect(triageUpdate({ type: 'assign', assignee: null })).toEqual({ assignedTo: '' });
    expect(triageUpdate({ type: 'bookmark', value: false })).toEqual({ isBookmarked: false });
    expect(triageUpdate({ type: 'subscribe', value: true })).toEqual({ isSubscribed: true });
  });

  it('shows the change on the issue as the issue list’s patches do, plus status details', () => {
    expect(applyTriageAction(issue, { type: 'resolve', resolveIn: { kind: 'release', version: '1.2.0' } })).toMatchObject({ status: 'resolved', statusDetails: { inRelease: '1.2.0' } });
    expect(applyTriageAction(issue, { type: 'ignore', until: { kind: 'escalating' } })).toMatchObject({ status: 'ignored', substatus: 'archived_until_escalating' });
    expect(applyTriageAction(issue, { type: 'subscribe', value: true }).isSubscribed).toBe(true);
    expect(applyTriageAction(issue, { type: 'assign', assignee: null }).assignedTo).toBeUndefined();
  });
});

describe('useIssueTriage', () => {
  it('keeps a change the server confirmed until the host hands over a fresh issue', async () => {
    const client = { updateIssues: vi.fn(async () => ({ changes: {}, raw: {}, url: '', status: 200 })), deleteIssues: vi.fn() };
    const { result, rerender } = renderHook(({ current }) => useIssueTriage({ client, organization: 'acme', issue: current }), { initialProps: { current: issue } });
    await act(async () => {
      await result.current.run({ type: 'bookmark', value: true });
    });
    expect(result.current.issue?.isBookmarked).toBe(true);
    expect(result.current.pending).toBe(false);
    const fresh = { ...issue, title: 'TypeError (fresh)', isBookmarked: false };
    rerender({ current: fresh });
    expect(result.current.issue).toBe(fresh);
  });

  it('does nothing without an issue', async () => {
    const client = { updateIssues: vi.fn(), deleteIssues: vi.fn() };
    const { result } = renderHook(() => useIssueTriage({ client, organization: 'acme', issue: undefined }));
    await expect(result.current.run({ type: 'resolve' })).resolves.toBe(false);
    expect(client.updateIssues).not.toHaveBeenCalled();
  });
});

describe('useOrganizationAssignees', () => {
  const members: OrganizationMember[] = [
    { id: '10', name: 'Alice', email: 'alice@example.com', user: { id: '1', email: 'alice@example.com' } },
    { id: '11', name: '', email: 'invite@example.com', pending: true },
    { id: '12', name: '', user: { id: '3', username: 'chen', email: 'chen@example.com' } },
  ];
  const teams: Team[] = [{ id: '7', slug: 'backend', name: 'Backend' }];

  it('offers members by their account id (not invitations) and teams by slug', async () => {
    const page = <T,>(data: T[]) => ({ data, problems: [], raw: data, url: '', status: 200, nextCursor: undefined, previousCursor: undefined, hits: undefined });
    const client: OrganizationAssigneesClient = { listMembers: vi.fn(async () => page(members)), listTeams: vi.fn(async () => page(teams)) };
    const { result } = renderHook(() => useOrganizationAssignees({ client, organization: 'acme' }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.assignees).toEqual([
      { type: 'user', id: '1', name: 'Alice', email: 'alice@example.com' },
      { type: 'user', id: '3', name: 'chen@example.com', email: 'chen@example.com' },
      { type: 'team', id: '7', name: 'backend' },
    ]);
    expect(memberAssignee(members[1] as OrganizationMember)).toBeUndefined();
    expect(teamAssignee({ id: '8', slug: '', name: 'Mobile' }).name).toBe('Mobile');
  });

  it('reports a failed load', async () => {
    const client: OrganizationAssigneesClient = { listMembers: vi.fn(async () => Promise.reject(new Error('403'))), listTeams: vi.fn() };
    const { result } = renderHook(() => useOrganizationAssignees({ client, organization: 'acme' }));
    await waitFor(() => expect(result.current.error?.message).toBe('403'));
    expect(result.current.assignees).toEqual([]);
  });
});
