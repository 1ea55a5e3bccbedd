import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../src/core';
import { normalizeEventCached, normalizeIssueListCached, useNormalizedEvent, useNormalizedIssues } from '../../src/hooks/useNormalized';
import pythonEvent from '../fixtures/events/sentry/python-http-error.json';

describe('useNormalizedEvent', () => {
  it('gives the normalizer result for raw input', () => {
    const { result } = renderHook(() => useNormalizedEvent(pythonEvent));
    expect(result.current).toEqual(normalizeEvent(pythonEvent));
  });

  it('shares one result between components given the same object', () => {
    const first = renderHook(() => useNormalizedEvent(pythonEvent)).result.current;
    const second = renderHook(() => useNormalizedEvent(pythonEvent)).result.current;
    expect(second).toBe(first);
  });

  it('takes its own output as it is, without problems', () => {
    const { value } = normalizeEventCached({ event_id: 'a'.repeat(32), level: 'nonsense', message: 'x' });
    const again = normalizeEventCached(value);
    expect(again.value).toBe(value);
    expect(again.problems).toEqual([]);
  });

  it('reports input that is not an event instead of throwing', () => {
    const { result } = renderHook(() => useNormalizedEvent('not an event'));
    expect(result.current.problems[0]).toMatchObject({ path: '$', action: 'dropped' });
    expect(result.current.value.title).toBeTruthy();
  });
});

describe('useNormalizedIssues', () => {
  it('normalizes a list and keeps it while the input is the same', () => {
    const input = [{ id: '1', title: 'TypeError', count: '12' }];
    const { result, rerender } = renderHook(({ issues }) => useNormalizedIssues(issues), { initialProps: { issues: input } });
    const first = result.current;
    expect(first.value[0]?.count).toBe(12);
    rerender({ issues: input });
    expect(result.current).toBe(first);
  });
});

describe('normalizeIssueListCached', () => {
  it('takes its own output list as it is', () => {
    const first = normalizeIssueListCached([{ id: '9', title: 'x', count: 'nope' }]);
    expect(first.problems).toHaveLength(1);
    const again = normalizeIssueListCached(first.value);
    expect(again.value).toBe(first.value);
    expect(again.problems).toEqual([]);
  });
});
