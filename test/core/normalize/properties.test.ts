import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEvent, normalizeIssue } from '../../../src/core';
import { eventSchemaErrors, isCanonicalEvent, isCanonicalIssue, issueSchemaErrors } from './canonicalShape';
import { eventFixtures } from './loadFixtures';

const fixtures = eventFixtures().map(([, input]) => input);

/** Every path to a value inside a JSON document, as lists of keys. */
function paths(value: unknown, prefix: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      paths(item, [...prefix, index], into);
    });
  }
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], into);
  }
  return into;
}

const fixturePaths = fixtures.map((fixture) => paths(fixture));

/** A fixture with one part (chosen by `pick`) replaced by `replacement`. */
function mutate(fixtureIndex: number, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(fixtures[fixtureIndex]);
  const all = fixturePaths[fixtureIndex] ?? [[]];
  const path = all[pick % all.length] ?? [];
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const mutatedFixture = fc
  .tuple(fc.nat({ max: fixtures.length - 1 }), fc.nat(), fc.jsonValue({ maxDepth: 3 }))
  .map(([index, pick, replacement]) => mutate(index, pick, replacement));

/** Normalizing the output again gives it back with no new problems. */
function roundTrips(input: unknown): void {
  const first = normalizeEvent(input).value;
  expect(isCanonicalEvent(first)).toBe(true);
  expect(eventSchemaErrors(first)).toEqual([]);
  // Compared as JSON: the canonical form is JSON, where -0 reads back as 0.
  const json = JSON.parse(JSON.stringify(first));
  const again = normalizeEvent(json);
  expect(again.problems).toEqual([]);
  expect(again.value).toEqual(json);
}

describe('normalizeEvent never throws and always yields the canonical shape', () => {
  it('over arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), roundTrips), { numRuns: 2000 });
  });

  it('over arbitrary JSON objects with event keys', () => {
    const keys = ['exception', 'breadcrumbs', 'threads', 'request', 'contexts', 'tags', 'user', 'logentry', 'message', 'timestamp', 'level', 'entries', '_meta', 'release', 'fingerprint'];
    const event = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(fc.property(event, roundTrips), { numRuns: 2000 });
  });

  it('over anything, including values JSON cannot hold', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }), (input) => {
        expect(isCanonicalEvent(normalizeEvent(input).value)).toBe(true);
        expect(isCanonicalIssue(normalizeIssue(input).value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('over fixtures with a random part replaced by a random value', () => {
    fc.assert(fc.property(mutatedFixture, roundTrips), { numRuns: 3000 });
  });
});

describe('normalizeIssue never throws and always yields the canonical shape', () => {
  it('over arbitrary JSON and issue-like objects', () => {
    const keys = ['id', 'shortId', 'title', 'status', 'count', 'userCount', 'firstSeen', 'lastSeen', 'project', 'assignedTo', 'stats', 'firstRelease', 'level', 'schema', 'extra'];
    const issue = fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 })));
    fc.assert(
      fc.property(issue, (input) => {
        const first = normalizeIssue(input).value;
        expect(isCanonicalIssue(first)).toBe(true);
        expect(issueSchemaErrors(first)).toEqual([]);
        const json = JSON.parse(JSON.stringify(first));
        expect(normalizeIssue(json)).toEqual({ value: json, problems: [] });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('huge inputs finish', () => {
  it('a 10 MB message string', () => {
    const message = 'x'.repeat(10 * 1024 * 1024);
    const { value, problems } = normalizeEvent({ logentry: { formatted: message }, message });
    expect(value.message?.formatted).toHaveLength(message.length);
    expect(value.title.length).toBeLessThanOrEqual(100);
    expect(problems).toEqual([]);
  });

  it('100-level nesting in extra', () => {
    let nested: unknown = 'bottom';
    for (let level = 0; level < 100; level++) nested = { level, nested };
    const { value, problems } = normalizeEvent({ extra: { nested }, _meta: { extra: nested } });
    // A plain copy (free-form values are copied at normalize time), equal to the input.
    expect(value.extraData?.nested).toEqual(nested);
    expect(problems.length).toBeLessThanOrEqual(1);
  });

  it('100k breadcrumbs', () => {
    const values = Array.from({ length: 100_000 }, (_, index) => ({ timestamp: 1_700_000_000 + index, message: `crumb ${index}`, level: 'info' }));
    const { value, problems } = normalizeEvent({ breadcrumbs: { values } });
    expect(value.breadcrumbs).toHaveLength(100_000);
    expect(value.breadcrumbs[99_999]?.message).toBe('crumb 99999');
    expect(problems).toEqual([]);
  });
});
