// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apiFetch, envelopeOf, errorEvent, getJson, ingest, useSuiteServer } from './helpers';

type Activity = { id: string; type: string; user: { id: string; name: string } | null; data: Record<string, unknown> };
type Issue = { id: string; status: string; substatus: string | null; statusDetails: Record<string, unknown>; assignedTo: { type: string; id: string; name: string } | null; activity: Activity[]; numComments: number; isSubscribed: boolean };

/** Sends one event of the issue named by `fn`, with a release and a user; resolves with its issue id. */
async function send(server: { url: string }, org: string, fn: string, extra: Record<string, unknown> = {}): Promise<string> {
  const event = errorEvent('TypeError', `broken ${fn}`, fn, 'app/lifecycle.js', { event_id: crypto.randomUUID().replace(/-/g, ''), ...extra });
  const response = await ingest(server.url, '/api/1/envelope/', envelopeOf([event]));
  expect(response.status).toBe(200);
  const { body } = await getJson<{ id: string; culprit: string }[]>(`${org}/issues/?query=${encodeURIComponent(`"broken ${fn}"`)}&limit=5`);
  expect(body).toHaveLength(1);
  return body[0]!.id;
}

const put = (url: string, body: unknown) => apiFetch(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const issue = async (org: string, id: string) => (await getJson<Issue>(`${org}/issues/${id}/`)).body;

describe('issue lifecycle over HTTP: status details, assignment, activity', () => {
  const suite = useSuiteServer();

  it('records first seen, and assigns to members and teams only', async () => {
    const id = await send(suite.server, suite.org, 'assignMe', { release: 'web@1.0.0' });
    expect((await issue(suite.org, id)).activity.map((entry) => [entry.type, entry.user])).toEqual([['first_seen', null]]);
    const mine = await put(`${suite.org}/issues/${id}/`, { assignedTo: 'me' });
    expect(mine.status).toBe(200);
    expect(((await mine.json()) as Issue).assignedTo).toMatchObject({ type: 'user', id: '1', name: 'Local Developer' });
    const unknown = await put(`${suite.org}/issues/${id}/`, { assignedTo: 'user:999' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ detail: expect.stringMatching(/not a member/) });
    expect((await put(`${suite.org}/issues/?id=${id}`, { assignedTo: '' })).status).toBe(200);
    const after = await issue(suite.org, id);
    expect(after.assignedTo).toBeNull();
    expect(after.activity.map((entry) => entry.type)).toEqual(['unassigned', 'assigned', 'first_seen']);
    expect(after.activity[1]).toMatchObject({ user: { id: '1' }, data: { assignee: '1', assigneeType: 'user' } });
  });

  it('keeps an issue resolved in a release against older releases, and reopens it on that release', async () => {
    const id = await send(suite.server, suite.org, 'inRelease', { release: 'web@1.0.0' });
    await send(suite.server, suite.org, 'inRelease', { release: 'web@2.0.0' });
    const resolved = await put(`${suite.org}/issues/${id}/`, { status: 'resolved', statusDetails: { inRelease: 'web@2.0.0' } });
    expect(((await resolved.json()) as Issue).statusDetails).toMatchObject({ inRelease: 'web@2.0.0', actor: { id: '1' } });
    await send(suite.server, suite.org, 'inRelease', { release: 'web@1.0.0' });
    expect((await issue(suite.org, id)).status).toBe('resolved');
    await send(suite.server, suite.org, 'inRelease', { release: 'web@2.0.0' });
    const reopened = await issue(suite.org, id);
    expect(reopened).toMatchObject({ status: 'unresolved', substatus: 'regressed', statusDetails: {} });
    expect(reopened.activity.slice(0, 2).map((entry) => [entry.type, entry.data.version])).toEqual([
      ['set_regression', 'web@2.0.0'],
      ['set_resolved_in_release', 'web@2.0.0'],
    ]);
  });

  it('resolves in the next release: the current release does not reopen it, a newer one does', async () => {
    const id = await send(suite.server, suite.org, 'nextRelease', { release: 'api@5.0.0' });
    expect((await put(`${suite.org}/issues/?id=${id}`, { status: 'resolvedInNextRelease' })).status).toBe(200);
    expect((await issue(suite.org, id)).statusDetails).toMatchObject({ inNextRelease: true });
    await send(suite.server, suite.org, 'nextRelease', { release: 'api@5.0.0' });
    expect((await issue(suite.org, id)).status).toBe('resolved');
    await send(suite.server, suite.org, 'nextRelease', { release: 'api@5.1.0' });
    expect((await issue(suite.org, id)).substatus).toBe('regressed');
  });

  it('ignores until two more events, then escalates', async () => {
    const id = await send(suite.server, suite.org, 'ignoreCount');
    const ignored = await put(`${suite.org}/issues/${id}/`, { status: 'ignored', substatus: 'archived_until_condition_met', statusDetails: { ignoreCount: 2 } });
    expect(((await ignored.json()) as Issue).statusDetails).toMatchObject({ ignoreCount: 2 });
    await send(suite.server, suite.org, 'ignoreCount');
    expect((await issue(suite.org, id)).status).toBe('ignored');
    await send(suite.server, suite.org, 'ignoreCount');
    const woke = await issue(suite.org, id);
    expect(woke).toMatchObject({ status: 'unresolved', substatus: 'escalating' });
    expect(woke.activity[0]).toMatchObject({ type: 'set_escalating', user: null, data: { expired_snooze: { ignoreCount: 2, condition: 'ignoreCount' } } });
    expect(woke.activity[1]).toMatchObject({ type: 'set_ignored', data: { ignoreCount: 2 } });
  });

  it('ignores until three more users, counting each user once', async () => {
    const id = await send(suite.server, suite.org, 'ignoreUsers', { user: { id: 'u0' } });
    await put(`${suite.org}/issues/${id}/`, { status: 'ignored', statusDetails: { ignoreUserCount: 3, ignoreUserWindow: 60 } });
    for (const user of ['u1', 'u1', 'u2']) await send(suite.server, suite.org, 'ignoreUsers', { user: { id: user } });
    expect((await issue(suite.org, id)).status).toBe('ignored');
    await send(suite.server, suite.org, 'ignoreUsers', { user: { id: 'u3' } });
    expect((await issue(suite.org, id)).status).toBe('unresolved');
  });

  it('ignores for a duration, answered as ignoreUntil', async () => {
    const id = await send(suite.server, suite.org, 'ignoreDuration');
    const before = Date.now();
    const body = (await (await put(`${suite.org}/issues/${id}/`, { status: 'ignored', statusDetails: { ignoreDuration: 30 } })).json()) as Issue;
    const until = Date.parse(String(body.statusDetails.ignoreUntil));
    expect(until - before).toBeGreaterThanOrEqual(30 * 60_000 - 1000);
    expect(until - before).toBeLessThan(31 * 60_000);
    await send(suite.server, suite.org, 'ignoreDuration');
    expect((await issue(suite.org, id)).status).toBe('ignored');
  });

  it('answers 400 with a reason for bad status details, and changes nothing', async () => {
    const id = await send(suite.server, suite.org, 'badDetails');
    for (const [body, reason] of [
      [{ status: 'ignored', statusDetails: { ignoreCount: -1 } }, /ignoreCount must be a whole number/],
      [{ status: 'ignored', statusDetails: { inRelease: '1.0' } }, /needs status "resolved"/],
      [{ status: 'resolved', statusDetails: { inRelease: { toString: 'x' } } }, /inRelease must be a release/],
      [{ status: 'ignored', statusDetails: { ignoreWindow: 5 } }, /needs ignoreCount/],
      [{ statusDetails: { inNextRelease: true } }, /needs a status/],
      [{ isSubscribed: 'yes' }, /isSubscribed must be true or false/],
    ] as const) {
      const response = await put(`${suite.org}/issues/${id}/`, body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toMatch(reason);
    }
    expect((await issue(suite.org, id)).status).toBe('unresolved');
  });

  it('subscribes and marks seen', async () => {
    const id = await send(suite.server, suite.org, 'subscribe');
    expect((await put(`${suite.org}/issues/?id=${id}`, { isSubscribed: true, hasSeen: true })).status).toBe(200);
    expect(await issue(suite.org, id)).toMatchObject({ isSubscribed: true, hasSeen: true });
  });
});
