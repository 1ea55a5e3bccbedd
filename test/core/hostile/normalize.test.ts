import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEvent, normalizeIssue, normalizeIssueList } from '../../../src/core/normalize';
import { isProblemSummary, PROBLEM_LIMIT, UNREADABLE } from '../../../src/core/normalize/reader';
import { eventFixtures } from '../normalize/loadFixtures';
import { ALL_HAZARDS, EXOTIC, fired, type Hazard, hazardName, jsonPaths, pathText, plant, THROWING, TRAPS } from './hazards';

const FIXTURES = eventFixtures().filter(([, json]) => typeof json === 'object' && json !== null && !Array.isArray(json));
const PATHS = new Map(FIXTURES.map(([name, json]) => [name, jsonPaths(json)]));

const event = () => ({
  event_id: 'a'.repeat(32),
  level: 'error',
  tags: { browser: 'Firefox' },
  breadcrumbs: [{ message: 'clicked', category: 'ui.click' }],
  exception: { values: [{ type: 'TypeError', value: 'x is undefined', stacktrace: { frames: [{ function: 'f', lineno: 3 }] } }] },
});

describe('normalizers on throwing getters and Proxies', () => {
  it.each(THROWING.filter((hazard) => hazard.kind !== 'getter').map((hazard) => [hazardName(hazard), hazard] as const))('%s as the whole event: a problem, no throw', (_, hazard) => {
    const holder = { event: event() as unknown };
    plant(holder, ['event'], hazard);
    const { value, problems } = normalizeEvent(holder.event);
    expect(value.schema).toBe('faultline.event/1');
    expect(problems.some((problem) => problem.found === UNREADABLE || problem.path === '$')).toBe(true);
  });

  it.each(THROWING.map((hazard) => [hazardName(hazard), hazard] as const))('%s on one frame: the rest of the event reads', (_, hazard) => {
    const input = event();
    plant(input, ['exception', 'values', 0, 'stacktrace', 'frames', 0], hazard);
    const firedBefore = fired.count;
    const { value, problems } = normalizeEvent(input);
    expect(value.title).toBe('TypeError: x is undefined');
    expect(value.tags).toEqual([{ key: 'browser', value: 'Firefox' }]);
    expect(value.breadcrumbs).toHaveLength(1);
    // A `has` trap is never sprung on a frame (readers ask no `in` of it); every other hazard is.
    if (fired.count > firedBefore || hazard.kind === 'revoked') {
      expect(problems.map((problem) => problem.path)).toContainEqual(expect.stringMatching(/^exception\.values\[0\]\.stacktrace\.frames\[0\]/));
    }
  });

  it.each(TRAPS)('a Proxy throwing in %s at the root of an issue', (trap) => {
    const input = new Proxy({ id: '1', title: 'TypeError', status: 'unresolved', count: '3' }, { [trap]: () => { throw new Error('no'); } });
    const { value, problems } = normalizeIssue(input);
    expect(value.schema).toBe('faultline.issue/1');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('a throwing getter on one key drops that key only', () => {
    const input: Record<string, unknown> = event();
    Object.defineProperty(input, 'level', { get: () => { throw new Error('no'); }, enumerable: true });
    const { value, problems } = normalizeEvent(input);
    expect(problems).toContainEqual({ path: 'level', expected: 'readable value', found: UNREADABLE, action: 'dropped' });
    expect(value.level).toBeUndefined();
    expect(value.title).toBe('TypeError: x is undefined');
  });

  it('an issue list that is a revoked Proxy, or holds one', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(normalizeIssueList(proxy).problems).toHaveLength(1);
    const list = normalizeIssueList([{ id: '1', title: 'a' }, proxy]);
    expect(list.value).toHaveLength(2);
    expect(list.problems[0]?.path).toBe('[1]');
    // A list whose second item throws when read keeps the first and third.
    const issues = [{ id: '1', title: 'a' }, {}, { id: '3', title: 'c' }];
    Object.defineProperty(issues, 1, { get: () => { throw new Error('no'); } });
    const read = normalizeIssueList(issues);
    expect(read.value.map((issue) => issue.id)).toEqual(['1', '3']);
    expect(read.problems).toEqual([{ path: '[1]', expected: 'readable issue', found: UNREADABLE, action: 'dropped' }]);
  });
});

describe('normalizers on values JSON cannot hold', () => {
  it('BigInt, symbols, functions, Dates, Maps and symbol keys become problems with their paths', () => {
    const input = {
      ...event(),
      server_name: 10n,
      environment: Symbol('env'),
      culprit: () => 'x',
      user: new Map([['id', '1']]),
      request: new Date(0),
      unknown_fn: () => 1,
      [Symbol('secret')]: 'hidden',
    };
    const { value, problems } = normalizeEvent(input);
    const byPath = new Map(problems.map((problem) => [problem.path, problem.found]));
    expect(byPath.get('server_name')).toBe('bigint 12345678901234567890'.replace('12345678901234567890', '10'));
    expect(byPath.get('environment')).toBe('symbol');
    expect(byPath.get('culprit')).toBe('function');
    expect(byPath.get('user')).toBe('Map');
    expect(byPath.get('request')).toBe('Date');
    expect(byPath.get('unknown_fn')).toBe('function');
    expect(byPath.get('$')).toBe('symbol keys');
    expect(value.extra?.unknown_fn).toBeUndefined();
    expect(value.title).toBe('TypeError: x is undefined');
  });

  it('a _meta tree that holds itself twice ends, with the cycle named', () => {
    const meta: Record<string, unknown> = {};
    meta.a = meta;
    meta.b = meta;
    const { problems } = normalizeEvent({ ...event(), _meta: meta });
    expect(problems.filter((problem) => problem.found === 'cyclic reference').map((problem) => problem.path)).toEqual(['_meta.a', '_meta.b']);
  });

  it('a _meta tree shared at every level (no cycle, 2^64 paths) stops at its node budget', () => {
    let node: Record<string, unknown> = { '': { rem: [['x', 's']] } };
    for (let depth = 0; depth < 60; depth++) node = { a: node, b: node };
    const started = performance.now();
    const { problems } = normalizeEvent({ ...event(), _meta: node });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(problems.some((problem) => problem.expected.startsWith('_meta of at most'))).toBe(true);
  });
});

describe('problem cap', () => {
  it(`100k bad tags and 100k bad headers list ${PROBLEM_LIMIT} problems and count the rest`, () => {
    const tags: Record<string, unknown> = {};
    const headers: Record<string, unknown> = {};
    for (let index = 0; index < 100_000; index++) {
      tags[`t${index}`] = { nested: index };
      headers[`h${index}`] = { nested: index };
    }
    const { value, problems } = normalizeEvent({ ...event(), tags, request: { url: 'https://example.com', headers } });
    expect(problems).toHaveLength(PROBLEM_LIMIT + 1);
    const summary = problems[PROBLEM_LIMIT];
    expect(summary && isProblemSummary(summary) ? summary.omitted : undefined).toBe(200_000 - PROBLEM_LIMIT);
    expect(summary?.found).toBe('… and 199,900 more problems');
    expect(value.request?.url).toBe('https://example.com');
  });

  it('a [Filtered] value past the cap is not counted', () => {
    const tags: Record<string, unknown> = {};
    for (let index = 0; index < PROBLEM_LIMIT + 5; index++) tags[`t${index}`] = { nested: index };
    const { problems } = normalizeEvent({ ...event(), tags, level: '[Filtered]', user: '[Filtered]' });
    const summary = problems.find(isProblemSummary);
    expect(summary?.omitted).toBe(5);
  });

  it('strict mode lists the capped problems and the count', () => {
    const tags = Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`t${index}`, [index]]));
    expect(() => normalizeEvent({ ...event(), tags }, { strict: true })).toThrow(/… and 400 more problems/);
  });

  it('an issue list caps the page, not each issue', () => {
    const issues = Array.from({ length: 300 }, (_, index) => ({ id: String(index), title: 't', count: 'many', userCount: 'some' }));
    const { value, problems } = normalizeIssueList(issues);
    expect(value).toHaveLength(300);
    expect(problems).toHaveLength(PROBLEM_LIMIT + 1);
    expect(problems.find(isProblemSummary)?.omitted).toBe(600 - PROBLEM_LIMIT);
  });
});

/** Whether `path` lies below `parent`: `a.b[0]` below `a.b`. */
const within = (path: string, parent: string) => path.startsWith(`${parent}.`) || path.startsWith(`${parent}[`);

/** Whether a planted hazard threw since `before` (a revoked Proxy cannot be counted, see hazards.ts). */
const sprung = (hazard: Hazard, before: number) => hazard.kind !== 'revoked' && fired.count > before;

describe('fuzzing: a hazard at a random path of a real fixture event', () => {
  const fixtureIndex = fc.integer({ min: 0, max: FIXTURES.length - 1 });
  const hazard = fc.constantFrom(...ALL_HAZARDS);

  it('never makes normalizeEvent or normalizeIssue throw; a throwing spot is named by a problem', () => {
    fc.assert(
      fc.property(fixtureIndex, fc.nat(), hazard, (index, pick, chosen) => {
        const [name, json] = FIXTURES[index] as [string, Record<string, unknown>];
        const paths = PATHS.get(name) ?? [];
        if (paths.length === 0) return;
        const steps = paths[pick % paths.length] as (string | number)[];
        const input = structuredClone(json);
        plant(input, steps, chosen);
        const clean = normalizeEvent(json);
        const firedBefore = fired.count;
        const { value, problems } = normalizeEvent(input);
        // Taken before normalizeIssue reads the same input: its own reads (it copies unknown
        // keys such as `exception` as plain data) would otherwise count as the event's.
        const eventSprung = sprung(chosen, firedBefore);
        expect(problems.length).toBeLessThanOrEqual(PROBLEM_LIMIT + 1);
        expect(value.schema).toBe('faultline.event/1');
        expect(normalizeIssue(input).value.schema).toBe('faultline.issue/1');
        const where = pathText(steps);
        // A throw is reported at the hazard, at a key below it (a Proxy's get trap) or at the
        // spot above it whose keys could not be listed.
        const unreadable = problems.filter((problem) => problem.found === UNREADABLE).map((problem) => problem.path);
        const related = (path: string) => path === '$' || path === where || within(where, path) || within(path, where);
        for (const path of unreadable) expect(related(path), `${path} vs ${where}`).toBe(true);
        if (eventSprung) expect(unreadable.length, `${hazardName(chosen)} at ${where}`).toBeGreaterThan(0);
        // Parts away from the hazard read as they did without it.
        if (!where.includes('breadcrumbs') && where !== '' && !where.startsWith('entries')) {
          expect(value.breadcrumbs.length).toBe(clean.value.breadcrumbs.length);
        }
        if (!where.startsWith('tags') && !where.startsWith('entries') && !where.startsWith('data')) {
          expect(value.tags).toEqual(clean.value.tags);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a Proxy or getter at a top-level key the reader reads is reported when it throws', () => {
    fc.assert(
      fc.property(fixtureIndex, fc.constantFrom(...THROWING), (index, chosen) => {
        const [, json] = FIXTURES[index] as [string, Record<string, unknown>];
        const keys = Object.keys(json).filter((name) => json[name] !== null && typeof json[name] === 'object');
        for (const key of keys) {
          const input = structuredClone(json);
          plant(input, [key], chosen);
          const firedBefore = fired.count;
          const { problems } = normalizeEvent(input);
          if (sprung(chosen, firedBefore)) expect(problems.some((problem) => problem.found === UNREADABLE)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('exotic values never throw and never reach the output as functions, symbols or BigInts at known fields', () => {
    fc.assert(
      fc.property(fixtureIndex, fc.nat(), fc.constantFrom(...EXOTIC), (index, pick, chosen) => {
        const [name, json] = FIXTURES[index] as [string, Record<string, unknown>];
        const paths = PATHS.get(name) ?? [];
        if (paths.length === 0) return;
        const input = structuredClone(json);
        plant(input, paths[pick % paths.length] as (string | number)[], chosen);
        const { value } = normalizeEvent(input);
        for (const key of ['title', 'culprit', 'level', 'platform', 'eventId'] as const) {
          const field = value[key];
          expect(field === undefined || typeof field === 'string').toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
