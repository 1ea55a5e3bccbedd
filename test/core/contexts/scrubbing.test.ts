import { describe, expect, it } from 'vitest';
import { contextProblems, describeScrubbing } from '../../../src/core/contexts';
import { normalizeEvent } from '../../../src/core/normalize';

describe('describeScrubbing', () => {
  it('names the privacy rule and what it did', () => {
    expect(describeScrubbing({ rem: [['@password:filter', 's', 0, 10]] })).toBe('replaced by rule @password:filter');
    expect(describeScrubbing({ rem: [['@ip:replace', 'x']] })).toBe('removed by rule @ip:replace');
    expect(describeScrubbing({ rem: [['my-rule', '?']] })).toBe('changed by rule my-rule');
  });

  it('says a trimmed value was trimmed and from how long', () => {
    expect(describeScrubbing({ len: 1595, rem: [['!limit', 'x', 1021, 1024]] })).toBe('trimmed from 1,595 characters');
    expect(describeScrubbing({ rem: [['!limit', 'x']] })).toBe('trimmed');
  });

  it('reports ingestion errors and joins several reasons once each', () => {
    expect(describeScrubbing({ err: ['invalid_data', ['value_too_long', { max: 5 }]] })).toBe('ingestion error: invalid_data; ingestion error: value_too_long');
    expect(describeScrubbing({ rem: [['@a', 'x'], ['@a', 'x']] })).toBe('removed by rule @a');
  });

  it('has no reason for empty or unreadable annotations', () => {
    expect(describeScrubbing(undefined)).toBeUndefined();
    expect(describeScrubbing({})).toBeUndefined();
    expect(describeScrubbing({ rem: [42, [null], 'x'], err: [{}] })).toBeUndefined();
  });
});

describe('contextProblems', () => {
  it('keeps problems of contexts, user, request, tags and the whole input, not of other parts', () => {
    const { problems } = normalizeEvent({
      contexts: { device: 5 },
      request: { url: 5 },
      user: 3,
      tags: 7,
      exception: 'boom',
      breadcrumbs: { values: [{ data: { user: 3 }, timestamp: 'yesterday' }] },
    });
    const paths = contextProblems(problems).map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['contexts.device', 'request.url', 'user', 'tags']));
    expect(paths.every((path) => /^(contexts|request|user|tags)/.test(path))).toBe(true);
    expect(problems.length).toBeGreaterThan(paths.length);
    expect(contextProblems(normalizeEvent(42).problems)).toHaveLength(1);
    expect(contextProblems([{ path: 'data.event.user', expected: 'user object', found: 'number 3', action: 'dropped' }])).toHaveLength(1);
  });
});
