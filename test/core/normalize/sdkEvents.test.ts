import { describe, expect, it } from 'vitest';
import { normalizeEvent, SchemaError } from '../../../src/core';
import { eventFixtures } from './loadFixtures';

const fixtures = eventFixtures();

/** Problems each off-protocol fixture reports, as `path: action`; every other fixture reports none. */
const EXPECTED_PROBLEMS: Record<string, string[]> = {
  'bugsink/exception_no_frames.json': ['exception.values[0].stacktrace.frames: repaired'],
  'bugsink/headers_as_lists.json': [
    'request.headers.Cache-Control: repaired',
    'request.headers.Connection: repaired',
    'request.headers.Accept: repaired',
    'request.headers.Accept-Encoding: repaired',
    'request.headers.Accept-Language: repaired',
    'request.headers.Host: repaired',
    'request.headers.User-Agent: repaired',
    'request.headers.Upgrade-Insecure-Requests: repaired',
  ],
  'bugsink/top-level-logentry-as-str.json': ['logentry: repaired'],
  'bugsink/top-level-message-as-str-no-exception.json': ['message: repaired'],
  'bugsink/top-level-message-as-str.json': ['message: repaired'],
  'bugsink/top-level-message-no-exception.json': ['message: repaired'],
  'bugsink/top-level-message.json': ['message: repaired'],
  'bugsink/user-id-as-int.json': ['user.id: repaired'],
  'sentry/custom-fingerprint-int.json': ['fingerprint[1]: repaired'],
};

describe('normalizeEvent over the SDK event fixtures', () => {
  it('reads all 128 fixtures: the 127 shared SDK samples and the Node one recorded here', () => {
    expect(fixtures).toHaveLength(128);
  });

  it.each(fixtures)('%s reports exactly its pinned problems', (name, input) => {
    const { problems } = normalizeEvent(input);
    expect(problems.map((problem) => `${problem.path}: ${problem.action}`)).toEqual(EXPECTED_PROBLEMS[name] ?? []);
  });

  it('describes what was expected and found', () => {
    const input = fixtures.find(([name]) => name === 'sentry/custom-fingerprint-int.json')?.[1];
    expect(normalizeEvent(input).problems).toEqual([
      { path: 'fingerprint[1]', expected: 'string', found: 'number 123', action: 'repaired' },
    ]);
  });

  it('keeps the rest of an off-protocol event', () => {
    const byName = new Map(fixtures);
    const user = normalizeEvent(byName.get('bugsink/user-id-as-int.json')).value;
    expect(user.user?.id).toBe('1234');
    expect(user.message?.message).toMatch(/^Error during cleanup/);
    expect(user.contexts.trace).toMatchObject({ type: 'trace', traceId: '7fecdff17c244458933486537880b4d5' });
    const headers = normalizeEvent(byName.get('bugsink/headers_as_lists.json')).value;
    expect(headers.request?.headers).toContainEqual(['Host', 'localhost:5000']);
    expect(headers.exceptions[0]?.type).toBe('System.NullReferenceException');
    const message = normalizeEvent(byName.get('bugsink/top-level-message-as-str.json')).value;
    expect(message.message).toEqual({ formatted: "I am the GO SDK and I'm sorry I put a string here" });
    expect(message.title).toBe('myMessageIsWronglyAString: event.message should not have been a string - look elsewhere in this event data');
    const noFrames = normalizeEvent(byName.get('bugsink/exception_no_frames.json')).value;
    expect(noFrames.exceptions[0]).toMatchObject({ type: 'CapturedStacktraceFo', stacktrace: { frames: [] } });
    const fingerprint = normalizeEvent(byName.get('sentry/custom-fingerprint-int.json')).value;
    expect(fingerprint.fingerprint).toEqual(['celery', '123', 'sentry.tasks.store.process_event']);
  });

  it('throws a SchemaError listing every problem in strict mode', () => {
    const input = new Map(fixtures).get('bugsink/headers_as_lists.json');
    expect(() => normalizeEvent(input, { strict: true })).toThrow(SchemaError);
    try {
      normalizeEvent(input, { strict: true });
    } catch (error) {
      expect((error as SchemaError).problems).toHaveLength(8);
    }
    expect(() => normalizeEvent(new Map(fixtures).get('sentry/java-chained.json'), { strict: true })).not.toThrow();
  });
});
