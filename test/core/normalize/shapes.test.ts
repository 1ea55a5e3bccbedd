import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../src/core';
import { eventFixtures } from './loadFixtures';

const frame = (fn: string, inApp?: boolean) => ({ function: fn, module: 'app.mod', lineno: 3, ...(inApp !== undefined && { in_app: inApp }) });

describe('normalizeEvent input shapes', () => {
  it('reads exceptions as {values}, a single object or a bare list', () => {
    const one = { type: 'E', value: 'v' };
    for (const exception of [{ values: [one] }, one, [one]]) {
      const { value, problems } = normalizeEvent({ exception });
      expect(problems).toEqual([]);
      expect(value.exceptions).toEqual([{ type: 'E', value: 'v', id: 0, depth: 0 }]);
      expect(value.title).toBe('E: v');
    }
  });

  it('links a plain list: the last value was raised, each earlier one caused the next', () => {
    const { value } = normalizeEvent({ exception: { values: [{ type: 'Root' }, { type: 'Mid' }, { type: 'Top' }] } });
    expect(value.exceptions.map((e) => [e.type, e.id, e.parentId, e.relation, e.depth])).toEqual([
      ['Root', 0, 1, 'cause', 2],
      ['Mid', 1, 2, 'cause', 1],
      ['Top', 2, undefined, undefined, 0],
    ]);
    expect(value.title).toBe('Top');
  });

  it('links by mechanism ids with the relation from mechanism.source', () => {
    const values = [
      { type: 'Ctx', mechanism: { exception_id: 2, parent_id: 0, source: '__context__' } },
      { type: 'Cause', mechanism: { exception_id: 1, parent_id: 0, source: '__cause__' } },
      { type: 'Raised', mechanism: { exception_id: 0 } },
    ];
    const { value } = normalizeEvent({ exception: { values } });
    expect(value.exceptions.map((e) => [e.type, e.id, e.parentId, e.relation, e.depth])).toEqual([
      ['Ctx', 2, 0, 'context', 1],
      ['Cause', 1, 0, 'cause', 1],
      ['Raised', 0, undefined, undefined, 0],
    ]);
  });

  it('marks members of an exception group, and survives a cycle in parent ids', () => {
    const group = normalizeEvent(new Map(eventFixtures()).get('bugsink/exception-group.json')).value;
    const top = group.exceptions.find((e) => e.depth === 0);
    expect(top?.type).toBe('ExceptionGroup');
    expect(group.exceptions.filter((e) => e.parentId === top?.id).every((e) => e.relation === 'group')).toBe(true);
    const cycle = normalizeEvent({
      exception: [{ mechanism: { exception_id: 0, parent_id: 1 } }, { mechanism: { exception_id: 1, parent_id: 0 } }],
    });
    expect(cycle.value.exceptions.map((e) => e.depth)).toEqual([2, 2]);
  });

  it('keeps in_app absent as undefined and frames in Sentry order', () => {
    const { value } = normalizeEvent({ exception: [{ type: 'E', stacktrace: { frames: [frame('a'), frame('b', false)] } }] });
    const frames = value.exceptions[0]?.stacktrace?.frames ?? [];
    expect(frames.map((f) => f.function)).toEqual(['a', 'b']);
    expect(frames[0]).not.toHaveProperty('inApp');
    expect(frames[1]?.inApp).toBe(false);
  });

  it('forms the culprit from the transaction, else the last in-app frame', () => {
    const stacktrace = { frames: [frame('inner', true), frame('lib', false)] };
    expect(normalizeEvent({ exception: [{ type: 'E', stacktrace }] }).value.culprit).toBe('app.mod in inner');
    expect(normalizeEvent({ transaction: '/api/x', exception: [{ type: 'E', stacktrace }] }).value.culprit).toBe('/api/x');
    expect(normalizeEvent({}).value.title).toBe('<unlabeled event>');
  });

  it('reads tags as an object, pairs or {key, value}', () => {
    const expected = [{ key: 'a', value: '1' }];
    for (const tags of [{ a: '1' }, [['a', '1']], [{ key: 'a', value: '1' }]]) {
      expect(normalizeEvent({ tags }).value.tags).toEqual(expected);
    }
    const rich = [{ key: 'a', value: '1', query: 'a:1' }];
    expect(normalizeEvent({ tags: rich }).value).toMatchObject({ tags: expected, extra: { tags: rich } });
  });

  it('reads headers, cookies and query as objects, pairs or raw strings', () => {
    const { value } = normalizeEvent({
      request: { headers: [['X-A', '1']], cookies: 'k=v; k2=v2', query_string: '?a=1&b=x%20y', method: 'get' },
    });
    expect(value.request).toEqual({
      headers: [['X-A', '1']],
      cookies: [
        ['k', 'v'],
        ['k2', 'v2'],
      ],
      query: [
        ['a', '1'],
        ['b', 'x y'],
      ],
      method: 'GET',
    });
  });

  it('converts every timestamp form to ISO 8601 UTC; no zone means UTC', () => {
    const at = (timestamp: unknown) => normalizeEvent({ timestamp }).value.timestamp;
    expect(at(1587246240.206)).toBe('2020-04-18T21:44:00.206Z');
    expect(at(1587246240)).toBe('2020-04-18T21:44:00.000Z');
    expect(at('2020-04-18T21:44:00.206155')).toBe('2020-04-18T21:44:00.206Z');
    expect(at('2020-04-18T23:44:00+02:00')).toBe('2020-04-18T21:44:00.000Z');
    const bad = normalizeEvent({ timestamp: 'yesterday' });
    expect(bad.value.timestamp).toBeUndefined();
    expect(bad.problems).toEqual([
      { path: 'timestamp', expected: 'timestamp (seconds or RFC 3339)', found: 'string "yesterday"', action: 'dropped' },
    ]);
  });

  it('accepts level aliases, any case and Python levels; reports unknown ones', () => {
    const level = (input: unknown) => normalizeEvent({ level: input }).value.level;
    expect([level('WARN'), level('critical'), level('log'), level(40), level('Error')]).toEqual([
      'warning',
      'fatal',
      'info',
      'error',
      'error',
    ]);
    expect(normalizeEvent({ level: 'loud' }).problems.map((p) => p.path)).toEqual(['level']);
  });

  it('types known contexts by type or key and keeps custom ones as UnknownContext', () => {
    const { value } = normalizeEvent({
      contexts: {
        client_os: { type: 'os', name: 'Windows', kernel_version: '10' },
        device: { model: 'Pixel', battery_level: 50, custom_field: 1 },
        response: { status_code: 500 },
        react: { version: '19' },
      },
    });
    expect(value.contexts).toEqual({
      client_os: { type: 'os', name: 'Windows', kernelVersion: '10' },
      device: { type: 'device', model: 'Pixel', batteryLevel: 50, extra: { custom_field: 1 } },
      response: { type: 'response', data: { status_code: 500 } },
      react: { type: 'react', data: { version: '19' } },
    });
  });

  it('derives browser and OS contexts from the User-Agent header when the event has none', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
    const { value } = normalizeEvent({ request: { headers: { 'User-Agent': ua } } });
    expect(value.contexts.browser).toMatchObject({ type: 'browser', name: 'Chrome' });
    expect(value.contexts.os).toMatchObject({ type: 'os', name: 'Windows' });
    const own = normalizeEvent({ request: { headers: { 'User-Agent': ua } }, contexts: { browser: { name: 'Mine' } } });
    expect(own.value.contexts.browser).toEqual({ type: 'browser', name: 'Mine' });
  });

  it('flattens _meta by canonical path and keeps [Filtered] values as they are', () => {
    const { value } = normalizeEvent({
      request: { headers: { Authorization: '[Filtered]' } },
      _meta: { request: { headers: { Authorization: { '': { rem: [['@password:filter', 's']] } } } } },
    });
    expect(value.request?.headers).toEqual([['Authorization', '[Filtered]']]);
    expect(value.meta).toEqual({ 'request.headers.Authorization': { rem: [['@password:filter', 's']] } });
  });

  it('keeps [Filtered] where a typed value was scrubbed, without a problem', () => {
    const { value, problems } = normalizeEvent({
      user: { id: '[Filtered]', email: '[Filtered]' },
      exception: [{ type: 'E', stacktrace: { frames: [{ function: 'f', lineno: '[Filtered]', vars: '[Filtered]' }] } }],
    });
    expect(problems).toEqual([]);
    expect(value.user).toEqual({ id: '[Filtered]', email: '[Filtered]' });
    expect(value.exceptions[0]?.stacktrace?.frames[0]?.extra).toEqual({ lineno: '[Filtered]', vars: '[Filtered]' });
  });

  it('keeps fields the model does not name in the owning extra bag', () => {
    const { value } = normalizeEvent({
      transaction_info: { source: 'route' },
      exception: [{ type: 'E', stacktrace: { frames: [{ function: 'f', lock: { type: 1 } }] } }],
    });
    expect(value.extra).toEqual({ transaction_info: { source: 'route' } });
    expect(value.exceptions[0]?.stacktrace?.frames[0]?.extra).toEqual({ lock: { type: 1 } });
  });
});
