// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../src/core';
import { apiFetch, envelopeOf, errorEvent, getJson, ingest, nextLink, useSuiteServer } from './helpers';

type Tag = { key: string; name: string; totalValues: number; topValues: { value: string; count: number }[] };
type ApiEvent = { event_id: string; previousEventID: string | null; nextEventID: string | null; environment?: string; tags?: unknown };
type Note = { id: string; type: string; user: { id: string } | null; data: { text: string } };

const send = (url: string, method: string, body?: unknown) =>
  apiFetch(url, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

describe('issue page endpoints on the seeded demo', () => {
  const suite = useSuiteServer({ seed: true });

  /** An issue with several events, from the seed. */
  const busyIssue = async () => {
    const { body } = await getJson<{ id: string; count: string }[]>(`${suite.org}/issues/?query=&sort=freq&limit=1`);
    expect(Number(body[0]!.count)).toBeGreaterThan(2);
    return body[0]!.id;
  };

  it('asks for the token on every issue page endpoint', async () => {
    const id = await busyIssue();
    for (const path of ['members/', 'teams/', 'releases/', `issues-stats/?groups=${id}`, `issues/${id}/tags/`, `issues/${id}/activities/`, `issues/${id}/events/`]) {
      const response = await fetch(`${suite.org}/${path}`);
      expect(response.status, path).toBe(401);
    }
    expect((await fetch(`${suite.org}/issues/${id}/comments/`, { method: 'POST', body: '{"text":"x"}' })).status).toBe(401);
  });

  it('answers who the token belongs to, as Sentry\'s users/me/, and only with the token', async () => {
    const base = suite.org.replace(/organizations\/[^/]+$/, 'users/me/');
    expect((await fetch(base)).status).toBe(401);
    const me = await getJson<{ id: string; email: string }>(base);
    const members = await getJson<{ user: { id: string }; email: string }[]>(`${suite.org}/members/`);
    expect(members.body.find((member) => member.user.id === me.body.id)?.email).toBe(me.body.email);
  });

  it('lists the seeded members and teams, searchable', async () => {
    const members = await getJson<{ id: string; name: string; email: string; user: { id: string } }[]>(`${suite.org}/members/`);
    expect(members.body.length).toBe(6);
    expect(members.body.map((member) => member.user.id)).toContain('1');
    const found = await getJson<{ name: string }[]>(`${suite.org}/members/?query=${encodeURIComponent('PRIYA')}`);
    expect(found.body.map((member) => member.name)).toEqual(['Priya Raman']);
    expect((await getJson<unknown[]>(`${suite.org}/members/?query=${encodeURIComponent('%')}`)).body).toEqual([]);
    const teams = await getJson<{ slug: string; memberCount: number }[]>(`${suite.org}/teams/`);
    expect(teams.body.map((team) => [team.slug, team.memberCount])).toEqual([
      ['backend', 2],
      ['frontend', 3],
      ['on-call', 3],
    ]);
  });

  it('seeds users and a little triage: a note, an assignment, a resolution, an ignore', async () => {
    const { body } = await getJson<{ id: string; userCount: number }[]>(`${suite.org}/issues/?query=&sort=freq&limit=100`);
    expect(body.every((issue) => issue.userCount > 0)).toBe(true);
    const types = async (id: string) => (await getJson<{ activity: { type: string }[] }>(`${suite.org}/issues/${id}/activities/`)).body.activity.map((entry) => entry.type);
    expect(await types(body[0]!.id)).toEqual(['assigned', 'note', 'first_seen']);
    const only = async (query: string) => (await getJson<{ id: string }[]>(`${suite.org}/issues/?query=${query}`)).body.map((issue) => issue.id);
    const [resolved, ...otherResolved] = await only('is:resolved');
    expect(otherResolved).toEqual([]);
    expect(await types(resolved!)).toEqual(['set_resolved', 'first_seen']);
    const [ignored] = await only('is:ignored');
    expect(await types(ignored!)).toEqual(['set_ignored', 'first_seen']);
  });

  it('assigns to a seeded team by id', async () => {
    const id = await busyIssue();
    const teams = await getJson<{ id: string; slug: string }[]>(`${suite.org}/teams/?query=backend`);
    const response = await send(`${suite.org}/issues/${id}/`, 'PUT', { assignedTo: `team:${teams.body[0]!.id}` });
    expect(await response.json()).toMatchObject({ assignedTo: { type: 'team', id: teams.body[0]!.id, name: 'backend' } });
  });

  it('adds, edits and deletes notes, keeping markup as text, counted in numComments', async () => {
    const id = await busyIssue();
    const notes = async () => (await getJson<{ numComments: number }>(`${suite.org}/issues/${id}/`)).body.numComments;
    const before = await notes();
    const created = await send(`${suite.org}/issues/${id}/comments/`, 'POST', { text: '<script>alert(1)</script> looking' });
    expect(created.status).toBe(201);
    const note = (await created.json()) as Note;
    expect(note).toMatchObject({ type: 'note', user: { id: '1' }, data: { text: '<script>alert(1)</script> looking' } });
    expect(await notes()).toBe(before + 1);
    const edited = await send(`${suite.org}/issues/${id}/comments/${note.id}/`, 'PUT', { text: 'fixed' });
    expect(((await edited.json()) as Note).data.text).toBe('fixed');
    const activity = await getJson<{ activity: Note[] }>(`${suite.org}/issues/${id}/activities/`);
    expect(activity.body.activity[0]).toMatchObject({ id: note.id, data: { text: 'fixed' } });
    expect((await send(`${suite.org}/issues/${id}/comments/`, 'POST', { text: '   ' })).status).toBe(400);
    expect((await send(`${suite.org}/issues/${id}/comments/`, 'POST', ['text'])).status).toBe(400);
    expect((await send(`${suite.org}/issues/${id}/comments/__proto__/`, 'PUT', { text: 'x' })).status).toBe(400);
    expect((await send(`${suite.org}/issues/${id}/comments/${note.id}/`, 'DELETE')).status).toBe(204);
    expect((await send(`${suite.org}/issues/${id}/comments/${note.id}/`, 'DELETE')).status).toBe(404);
    expect(await notes()).toBe(before);
  });

  it('lists tags with top values, one tag, and its values page by page', async () => {
    const id = await busyIssue();
    const tags = await getJson<Tag[]>(`${suite.org}/issues/${id}/tags/`);
    expect(tags.status).toBe(200);
    expect(tags.body.length).toBeGreaterThan(0);
    for (const tag of tags.body) expect(tag.topValues.reduce((sum, value) => sum + value.count, 0)).toBeLessThanOrEqual(tag.totalValues);
    const first = tags.body[0]!;
    const one = await getJson<Tag>(`${suite.org}/issues/${id}/tags/${encodeURIComponent(first.key)}/`);
    expect(one.body).toEqual(first);
    expect((await getJson(`${suite.org}/issues/${id}/tags/no.such.key/`)).status).toBe(404);
    expect((await getJson(`${suite.org}/issues/${id}/tags/${'k'.repeat(40)}/`)).status).toBe(400);
    expect((await getJson(`${suite.org}/issues/${id}/tags/%E0%A4%A/`)).status).toBe(400);
    const values = await getJson<Tag['topValues']>(`${suite.org}/issues/${id}/tags/${encodeURIComponent(first.key)}/values/?per_page=1`);
    expect(values.body).toEqual(first.topValues.slice(0, 1));
    expect(nextLink(values.headers.get('link'))?.results).toBe(first.topValues.length > 1);
  });

  it('steps through an issue’s events with previous / next ids, from latest to oldest', async () => {
    const id = await busyIssue();
    const latest = (await getJson<ApiEvent>(`${suite.org}/issues/${id}/events/latest/`)).body;
    expect(latest.nextEventID).toBeNull();
    const seen = [latest.event_id];
    let previous = latest.previousEventID;
    while (previous !== null && seen.length < 50) {
      const event = (await getJson<ApiEvent>(`${suite.org}/issues/${id}/events/${previous}/`)).body;
      expect(event.nextEventID).toBe(seen.at(-1));
      seen.push(event.event_id);
      previous = event.previousEventID;
    }
    const oldest = (await getJson<ApiEvent>(`${suite.org}/issues/${id}/events/oldest/`)).body;
    expect(seen.at(-1)).toBe(oldest.event_id);
    const all = await getJson<ApiEvent[]>(`${suite.org}/issues/${id}/events/?limit=100`);
    expect(all.body.map((event) => event.event_id)).toEqual(seen);
    expect(normalizeEvent(latest).value.previousEventId).toBe(seen[1]);
  });

  it('searches an issue’s events by tag, environment, release and text, paging with Link', async () => {
    const events = [1, 2, 3].map((n) =>
      errorEvent('RangeError', `search me ${n}`, 'searchable', 'app/search.js', {
        environment: n === 1 ? 'production' : 'staging',
        release: `shop@${n}.0.0`,
        tags: { browser: n === 3 ? 'Firefox 120' : 'Chrome 119', 'feature.flag': `flag-${n}` },
        timestamp: Date.now() / 1000 - n,
      }),
    );
    expect((await ingest(suite.server.url, '/api/1/envelope/', envelopeOf(events))).status).toBe(200);
    const { body } = await getJson<{ id: string }[]>(`${suite.org}/issues/?query=${encodeURIComponent('"search me"')}`);
    const base = `${suite.org}/issues/${body[0]!.id}/events/`;
    const count = async (query: string, extra = '') => (await getJson<ApiEvent[]>(`${base}?query=${encodeURIComponent(query)}${extra}`)).body.length;
    expect(await count('browser:Chrome*')).toBe(2);
    expect(await count('!browser:Chrome*')).toBe(1);
    expect(await count('feature.flag:[flag-1, flag-3]')).toBe(2);
    expect(await count('', '&environment=staging')).toBe(2);
    expect(await count('environment:production')).toBe(1);
    expect(await count('release:shop@2.0.0')).toBe(1);
    expect(await count('"search me 3"')).toBe(1);
    expect(await count('100%')).toBe(0);
    const page = await getJson<ApiEvent[]>(`${base}?limit=2`);
    expect(page.headers.get('x-hits')).toBe('3');
    const next = nextLink(page.headers.get('link'));
    expect(next?.results).toBe(true);
    expect((await getJson<ApiEvent[]>(next!.url)).body).toHaveLength(1);
    const staging = await getJson<Tag[]>(`${base.replace(/events\/$/, 'tags/')}?environment=staging`);
    expect(staging.body.find((tag) => tag.key === 'browser')?.topValues.map((value) => [value.value, value.count])).toEqual([
      ['Chrome 119', 1],
      ['Firefox 120', 1],
    ]);
    expect(staging.body.find((tag) => tag.key === 'environment')).toMatchObject({ totalValues: 2, topValues: [{ value: 'staging', count: 2 }] });
    const bad = await getJson<{ detail: string }>(`${base}?query=${encodeURIComponent('times_seen:>3')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toMatch(/not on events/);
  });

  it('counts events per hour over 24h and per day over 30d, and lists releases', async () => {
    const id = await busyIssue();
    const day = await getJson<{ id: string; count: string; stats: Record<string, [number, number][]> }[]>(`${suite.org}/issues-stats/?groups=${id}&statsPeriod=30d`);
    const series = day.body[0]!.stats['30d']!;
    expect(series).toHaveLength(30);
    expect(series[1]![0] - series[0]![0]).toBe(86_400);
    expect(series.reduce((sum, [, count]) => sum + count, 0)).toBe(Number(day.body[0]!.count));
    const hours = await getJson<{ stats: Record<string, [number, number][]> }[]>(`${suite.org}/issues-stats/?groups=${id}&statsPeriod=24h`);
    expect(hours.body[0]!.stats['24h']).toHaveLength(24);
    for (const query of ['statsPeriod=7w', 'statsPeriod=__proto__', '']) {
      const response = await getJson(`${suite.org}/issues-stats/?${query}${query === '' ? 'groups=x' : `&groups=${id}`}`);
      expect(response.status).toBe(400);
    }
    const releases = await getJson<{ version: string; firstEvent: string; lastEvent: string }[]>(`${suite.org}/releases/?query=shop`);
    expect(releases.body.map((release) => release.version)).toEqual(['shop@1.0.0', 'shop@2.0.0', 'shop@3.0.0']);
  });

  it('moves seeded breadcrumbs with their event: none older than a day before it', async () => {
    const { body } = await getJson<{ id: string }[]>(`${suite.org}/issues/?query=&limit=100`);
    let checked = 0;
    for (const issue of body) {
      const event = normalizeEvent((await getJson(`${suite.org}/issues/${issue.id}/events/latest/`)).body).value;
      const at = Date.parse(event.timestamp ?? '');
      for (const crumb of event.breadcrumbs) {
        if (crumb.timestamp === undefined) continue;
        checked++;
        expect(at - Date.parse(crumb.timestamp)).toBeLessThan(86_400_000);
        expect(Date.parse(crumb.timestamp) - at).toBeLessThan(60_000);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
