import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Breadcrumb } from '../../src/core';
import { type UseBreadcrumbsOptions, useBreadcrumbs } from '../../src/hooks';
import { makeEvent } from '../core/breadcrumbs/makeEvent';
import { FIXTURES } from '../core/normalize/loadFixtures';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, 'events', name), 'utf8'));
const missingInfo = fixture('bugsink/frames-with-missing-info.json');
const logMessage = fixture('bugsink/logmessage-w-params.json');

const crumbs: Breadcrumb[] = [
  { timestamp: '2024-03-04T11:59:57.700Z', category: 'navigation', data: { from: '/', to: '/cart' } },
  { timestamp: '2024-03-04T11:59:58.000Z', category: 'ui.click', message: 'button#checkout' },
  { timestamp: '2024-03-04T11:59:59.000Z', category: 'fetch', level: 'error', data: { method: 'POST', url: '/api/pay', status_code: 500 } },
  { timestamp: '2024-03-04T11:59:59.500Z', category: 'console', level: 'warning', message: 'Payment retry' },
];
const event = makeEvent({ breadcrumbs: crumbs });
const summaries = (result: { current: ReturnType<typeof useBreadcrumbs> }) => result.current.getSlice(0, 1000).map((item) => item.summary);

describe('useBreadcrumbs over real fixtures', () => {
  it('reads a raw SDK event with 100 query breadcrumbs and appends the event itself', () => {
    const { result } = renderHook(() => useBreadcrumbs(missingInfo));
    expect(result.current.problems).toEqual([]);
    expect(result.current.crumbCount).toBe(100);
    expect(result.current.total).toBe(101);
    expect(result.current.matched).toBe(101);
    expect(result.current.kindCounts.query).toBe(100);
    expect(result.current.kindCounts.error).toBe(1);
    const [first] = result.current.getSlice(0, 1);
    expect(first).toMatchObject({ isEvent: true, kind: 'error', summary: 'CapturedStacktraceFo: 4 kinds of frames' });
    expect(result.current.getItem(100)?.summary).toBe('SAVEPOINT "s140600317956096_x36"');
  });

  it('filters the 73 breadcrumbs of a log-message event by kind and level, with counts for the chips', () => {
    const { result } = renderHook(() => useBreadcrumbs(logMessage));
    expect(result.current.crumbCount).toBe(73);
    expect(result.current.kindCounts).toMatchObject({ query: 35, error: 36, default: 3 });
    act(() => result.current.toggleKind('query'));
    expect(result.current.kinds).toEqual(['query']);
    expect(result.current.matched).toBe(35);
    // Kind counts ignore the kind filter so the other chips still say what they would add.
    expect(result.current.kindCounts.error).toBe(36);
    expect(result.current.getSlice(0, 100).every((item) => item.kind === 'query')).toBe(true);
    act(() => result.current.toggleKind('query'));
    act(() => result.current.toggleLevel('error'));
    expect(result.current.matched).toBe(36);
    expect(result.current.levelCounts.info).toBe(38);
    expect(result.current.isFiltered).toBe(true);
    act(() => result.current.clearFilters());
    expect(result.current.matched).toBe(74);
    expect(result.current.isFiltered).toBe(false);
  });

  it('hands out windows of rows without building the whole list', () => {
    const { result } = renderHook(() => useBreadcrumbs(missingInfo, { defaultOrder: 'oldest-first' }));
    const window = result.current.getSlice(40, 45);
    expect(window.map((item) => item.index)).toEqual([40, 41, 42, 43, 44]);
    expect(result.current.getSlice(99, 500).at(-1)?.isEvent).toBe(true);
  });
});

describe('useBreadcrumbs view state', () => {
  it('searches message, category and data, and the one-line summary', () => {
    const { result } = renderHook(() => useBreadcrumbs(event));
    act(() => result.current.setSearch('POST /api/pay → 500'));
    expect(summaries(result)).toEqual(['POST /api/pay → 500']);
    act(() => result.current.setSearch('CONSOLE'));
    expect(summaries(result)).toEqual(['Payment retry']);
    act(() => result.current.setSearch('"to":"/cart"'));
    expect(summaries(result)).toEqual(['/ → /cart']);
    act(() => result.current.setSearch('nothing like this'));
    expect(result.current.matched).toBe(0);
  });

  it('orders newest first by default and oldest first on request, the event last in time', () => {
    const { result } = renderHook(() => useBreadcrumbs(event));
    expect(summaries(result)[0]).toBe('TypeError: x is undefined');
    act(() => result.current.setOrder('oldest-first'));
    expect(summaries(result)).toEqual(['/ → /cart', 'button#checkout', 'POST /api/pay → 500', 'Payment retry', 'TypeError: x is undefined']);
  });

  it('formats times relative to the event or absolute in the given locale and time zone', () => {
    const { result } = renderHook(() => useBreadcrumbs(event, { defaultOrder: 'oldest-first', locale: 'en-GB', timeZone: 'Asia/Kolkata' }));
    const first = result.current.getItem(0);
    if (!first) throw new Error('no first row');
    expect(result.current.formatTime(first)?.text).toBe('-2.3s');
    act(() => result.current.setTimeMode('absolute'));
    // 11:59:57.700 UTC is 17:29:57.700 in India.
    expect(result.current.formatTime(first)?.text).toBe('17:29:57.700');
    expect(result.current.formatTime(first)?.iso).toBe('2024-03-04T11:59:57.700Z');
  });

  it('leaves the event out when asked', () => {
    const { result } = renderHook(() => useBreadcrumbs(event, { includeEvent: false }));
    expect(result.current.total).toBe(4);
    expect(result.current.getSlice(0, 10).some((item) => item.isEvent)).toBe(false);
  });

  it('starts from default values when uncontrolled and reports each change', () => {
    const onKindsChange = vi.fn();
    const onSearchChange = vi.fn();
    const { result } = renderHook(() => useBreadcrumbs(event, { defaultKinds: ['http'], defaultSearch: 'pay', onKindsChange, onSearchChange }));
    expect(summaries(result)).toEqual(['POST /api/pay → 500']);
    act(() => result.current.toggleKind('console'));
    expect(onKindsChange).toHaveBeenCalledWith(['http', 'console']);
    act(() => result.current.setSearch(''));
    expect(onSearchChange).toHaveBeenCalledWith('');
    expect(summaries(result)).toEqual(['Payment retry', 'POST /api/pay → 500']);
  });

  it('follows controlled values and only asks for changes', () => {
    const onLevelsChange = vi.fn();
    const onOrderChange = vi.fn();
    const onTimeModeChange = vi.fn();
    const initialProps: UseBreadcrumbsOptions = { levels: ['warning'], order: 'oldest-first', timeMode: 'relative', onLevelsChange, onOrderChange, onTimeModeChange };
    const { result, rerender } = renderHook((options: UseBreadcrumbsOptions) => useBreadcrumbs(event, options), { initialProps });
    expect(summaries(result)).toEqual(['Payment retry']);
    act(() => result.current.toggleLevel('error'));
    expect(onLevelsChange).toHaveBeenCalledWith(['warning', 'error']);
    expect(result.current.levels).toEqual(['warning']);
    act(() => result.current.setOrder('newest-first'));
    act(() => result.current.setTimeMode('absolute'));
    expect(onOrderChange).toHaveBeenCalledWith('newest-first');
    expect(onTimeModeChange).toHaveBeenCalledWith('absolute');
    expect(result.current.order).toBe('oldest-first');
    expect(result.current.timeMode).toBe('relative');
    rerender({ ...initialProps, levels: ['warning', 'error'], order: 'newest-first' });
    expect(summaries(result)).toEqual(['TypeError: x is undefined', 'Payment retry', 'POST /api/pay → 500']);
  });

  it('expands and collapses a row through its toggle props', () => {
    const { result } = renderHook(() => useBreadcrumbs(event));
    const row = result.current.getItem(1);
    if (!row) throw new Error('no row');
    expect(result.current.getToggleProps(row)['aria-expanded']).toBe(false);
    act(() => result.current.getToggleProps(row).onClick());
    expect(result.current.isExpanded(row)).toBe(true);
    expect(result.current.getToggleProps(row)['aria-controls']).toBe(result.current.getDataProps(row).id);
    expect(result.current.getCrumbProps(row)['data-state']).toBe('expanded');
    act(() => result.current.toggleExpanded(row));
    expect(result.current.isExpanded(row)).toBe(false);
  });

  it('reports bad input as problems instead of throwing', () => {
    const { result } = renderHook(() => useBreadcrumbs({ breadcrumbs: { values: [{ timestamp: 'yesterday', level: 'loud', message: 7 }, 'junk'] } }));
    expect(result.current.problems.length).toBeGreaterThan(0);
    expect(() => result.current.getSlice(0, 10)).not.toThrow();
    const garbage = renderHook(() => useBreadcrumbs('not an event'));
    expect(garbage.result.current.crumbCount).toBe(0);
    expect(garbage.result.current.problems.length).toBeGreaterThan(0);
  });

  it('stays quick with 100k breadcrumbs: counts at once, later searches reuse the cached search texts', () => {
    const many: Breadcrumb[] = Array.from({ length: 100_000 }, (_, i) => ({
      timestamp: new Date(Date.parse('2024-03-04T10:00:00Z') + i * 10).toISOString(),
      category: i % 2 ? 'fetch' : 'console',
      level: i % 10 === 0 ? 'error' : 'info',
      message: `crumb ${i}`,
      data: i % 2 ? { url: `/api/${i}`, method: 'GET', status_code: 200 } : undefined,
    }));
    // Bounds are loose because CI shares its cores; a per-keystroke rebuild of every row would still blow them.
    let started = performance.now();
    const huge = makeEvent({ breadcrumbs: many });
    const { result } = renderHook(() => useBreadcrumbs(huge));
    expect(result.current.matched).toBe(100_001);
    expect(result.current.kindCounts.http).toBe(50_000);
    act(() => result.current.setSearch('/api/99999'));
    expect(summaries(result)).toEqual(['GET /api/99999 → 200']);
    expect(performance.now() - started).toBeLessThan(20_000);
    started = performance.now();
    act(() => result.current.setSearch('/api/1234'));
    expect(result.current.matched).toBe(5); // odd i only: 12341, 12343, 12345, 12347, 12349
    act(() => result.current.setSearch('/api/12345'));
    expect(result.current.matched).toBe(1);
    expect(performance.now() - started).toBeLessThan(1_500);
  }, 30_000);
});
