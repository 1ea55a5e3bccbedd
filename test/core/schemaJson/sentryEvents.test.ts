import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorPaths, firstExisting, jsonFilesUnder, REPO_ROOT, readJson, SHARED_FIXTURES, validatorFor } from './schemaValidator';

const eventsDir = firstExisting(join(REPO_ROOT, 'test/fixtures/events'), join(SHARED_FIXTURES, 'events'));
if (eventsDir === undefined) console.info('note: no event fixtures (test/fixtures/events or ../shared/fixtures/events); event tests skipped');
const eventFiles = eventsDir === undefined ? [] : jsonFilesUnder(eventsDir);

/**
 * Fixtures upstream marks as off the protocol (fixtures README). Decision: SentryEvent accepts
 * each of them, because each off-protocol shape is one Faultline reads and repairs; the
 * schema names the shape in the property's description.
 */
const OFF_PROTOCOL: [file: string, shape: (event: Record<string, unknown>) => unknown][] = [
  ['bugsink/headers_as_lists.json', (e) => Object.values((e.request as { headers: object }).headers)[0]],
  ['bugsink/top-level-message.json', (e) => e.message],
  ['bugsink/top-level-message-as-str.json', (e) => e.message],
  ['bugsink/top-level-message-as-str-no-exception.json', (e) => e.message],
  ['bugsink/top-level-message-no-exception.json', (e) => e.message],
  ['bugsink/top-level-logentry-as-str.json', (e) => e.logentry],
  ['bugsink/user-id-as-int.json', (e) => (e.user as { id: unknown }).id],
  ['sentry/custom-fingerprint-int.json', (e) => (e.fingerprint as unknown[]).find((part) => typeof part !== 'string')],
  ['bugsink/exception_no_frames.json', (e) => (e.exception as { values: { stacktrace: unknown }[] }).values[0]?.stacktrace],
];

describe('SentryEvent', () => {
  const validate = validatorFor('SentryEvent');

  it.skipIf(eventsDir === undefined)('has all 127 fixture events to check', () => {
    expect(eventFiles.length).toBeGreaterThanOrEqual(127);
  });

  it.skipIf(eventsDir === undefined).each(eventFiles)('accepts %s', (file) => {
    const event = readJson(join(eventsDir ?? '', file));
    expect(validate(event), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.skipIf(eventsDir === undefined).each(OFF_PROTOCOL)('accepts the off-protocol shape in %s', (file, shape) => {
    const event = readJson(join(eventsDir ?? '', file)) as Record<string, unknown>;
    expect(shape(event)).toBeDefined();
    expect(validate(event)).toBe(true);
    expect(validatorFor()(event)).toBe(true);
  });

  it.each([
    ['exception as one object', { exception: { type: 'E', value: 'v' } }],
    ['exception as a bare list', { exception: [{ type: 'E' }] }],
    ['breadcrumbs as a bare list', { breadcrumbs: [{ message: 'm', timestamp: 1 }] }],
    ['tags as pairs', { tags: [['a', 'b']] }],
    ['tags as key/value objects', { tags: [{ key: 'a', value: 'b' }] }],
    ['headers as a string-valued object', { request: { headers: { Accept: '*/*' } } }],
    ['cookies as a raw string', { request: { cookies: 'a=1; b=2' } }],
    ['query string as pairs', { request: { query_string: [['q', 'x']] } }],
    ['timestamps as numbers and strings', { timestamp: 1566248317.391, received: '2024-03-19T11:50:26Z' }],
    ['null for any field', { user: null, request: null, contexts: null, tags: null }],
    ['unknown fields', { spans: [], measurements: { fp: 1 } }],
  ])('accepts %s', (_label, event) => {
    expect(validate(event), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  // Decision for input that is no Sentry shape at all: rejected, and the errors name the path.
  it.each([
    ['/exception', { exception: 42 }],
    ['/timestamp', { timestamp: true }],
    ['/breadcrumbs', { breadcrumbs: 'none' }],
    ['/exception/values/0/stacktrace/frames', { exception: { values: [{ stacktrace: { frames: 'x' } }] } }],
    ['/request/headers', { request: { headers: 7 } }],
    ['/tags', { tags: 'a:b' }],
  ])('rejects garbage and names %s', (path, event) => {
    expect(validate(event)).toBe(false);
    expect(errorPaths(validate.errors)).toContain(path);
    const top = validatorFor();
    expect(top(event)).toBe(false);
    expect(errorPaths(top.errors)).toContain(path);
  });
});
