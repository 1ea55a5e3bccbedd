// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countProblems, PROBLEM_LIMIT } from '../../src/core/normalize/reader';
import { fromSentryWebhook } from '../../src/sentry';
import { normalizeEventList } from '../../src/sentry/normalizeEventList';

// Problem lists are capped everywhere: many bad items give at most the cap plus one summary
// that counts the rest, never a problem per item (issue 12: 200,001 problems, +70 MB).
describe('problem caps in the Sentry client helpers', () => {
  it('normalizeEventList: 100k bad events give the cap and a count of the rest', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => (i % 2 === 0 ? 42 : { timestamp: 'never', level: 7 }));
    const { value, problems } = normalizeEventList(input);
    expect(value).toHaveLength(100_000);
    expect(problems.length).toBeLessThanOrEqual(PROBLEM_LIMIT + 1);
    const { listed, omitted } = countProblems(problems);
    expect(listed).toBe(PROBLEM_LIMIT);
    // Every bad item is still counted: at least one problem each.
    expect(listed + omitted).toBeGreaterThanOrEqual(100_000);
    expect(problems[0]!.path).toBe('[0]');
  });

  it('normalizeEventList: an item that throws when read is one counted problem, the rest still read', () => {
    const list = new Proxy([{ message: 'a' }, { message: 'b' }], {
      get(target, key, receiver) {
        if (key === '0') throw new Error('hostile');
        return Reflect.get(target, key, receiver);
      },
    });
    const { value, problems } = normalizeEventList(list);
    expect(value).toHaveLength(1);
    expect(problems).toContainEqual(expect.objectContaining({ path: '[0]', expected: 'readable event' }));
  });

  it('fromSentryWebhook: an event with 100k bad tags and 100k bad headers gives the cap and a count', () => {
    const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, { nested: i }]));
    const body = { action: 'created', data: { error: { event_id: 'a'.repeat(32), tags: many(100_000), request: { headers: many(100_000) } } } };
    const result = fromSentryWebhook(body, 'error');
    expect(result.events).toHaveLength(1);
    expect(result.problems.length).toBeLessThanOrEqual(PROBLEM_LIMIT + 1);
    const { listed, omitted } = countProblems(result.problems);
    expect(listed + omitted).toBeGreaterThanOrEqual(200_000);
    expect(result.problems.at(-1)).toMatchObject({ omitted: expect.any(Number) });
  });
});
