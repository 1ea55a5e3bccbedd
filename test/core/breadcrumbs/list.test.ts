import { describe, expect, it } from 'vitest';
import { buildBreadcrumbList, getBreadcrumbNotes } from '../../../src/core/breadcrumbs';
import type { Breadcrumb } from '../../../src/core/model';
import { makeEvent } from './makeEvent';

const crumbs: Breadcrumb[] = [
  { timestamp: '2024-03-04T11:59:00.000Z', category: 'navigation', data: { from: '/', to: '/cart' } },
  { timestamp: '2024-03-04T11:59:10.000Z', category: 'ui.click', message: 'button#checkout' },
  { timestamp: '2024-03-04T11:59:20.000Z', category: 'fetch', level: 'error', data: { method: 'POST', url: '/api/pay', status_code: 500 } },
  { timestamp: '2024-03-04T11:59:30.000Z', category: 'console', level: 'warning', message: 'Payment retry' },
  { timestamp: '2024-03-04T11:59:40.000Z', category: 'console', level: 'error', message: 'Card declined' },
];
const event = makeEvent({ breadcrumbs: crumbs });

describe('buildBreadcrumbList', () => {
  it('orders newest first by default, the event itself first and marked', () => {
    const list = buildBreadcrumbList(event);
    expect(list.total).toBe(6);
    expect(list.matched).toBe(6);
    const rows = list.getSlice(0, 6);
    expect(rows.map((row) => row.index)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(rows[0]).toMatchObject({ isEvent: true, kind: 'error', level: 'error', summary: 'TypeError: x is undefined', category: 'exception' });
    expect(rows.slice(1).every((row) => !row.isEvent)).toBe(true);
  });

  it('orders oldest first with the event last', () => {
    const rows = buildBreadcrumbList(event, { order: 'oldest-first' }).getSlice(0, 10);
    expect(rows.map((row) => row.summary)).toEqual([
      '/ → /cart',
      'button#checkout',
      'POST /api/pay → 500',
      'Payment retry',
      'Card declined',
      'TypeError: x is undefined',
    ]);
    expect(rows.at(-1)?.timestamp).toBe(event.timestamp);
  });

  it('leaves the event out on request', () => {
    const list = buildBreadcrumbList(event, { includeEvent: false });
    expect(list.total).toBe(5);
    expect(list.getSlice(0, 10).some((row) => row.isEvent)).toBe(false);
  });

  it('marks a message event as a default-kind row', () => {
    const message = makeEvent({ exceptions: [], level: 'info', title: 'Deploy finished' });
    expect(buildBreadcrumbList(message).getItem(0)).toMatchObject({ kind: 'default', level: 'info', category: 'message', isEvent: true });
  });

  it('gives crumbs without a level the info level', () => {
    const row = buildBreadcrumbList(event, { order: 'oldest-first' }).getItem(0);
    expect(row?.level).toBe('info');
    expect(row?.data).toEqual({ from: '/', to: '/cart' });
  });

  it('shows an error-type crumb without a level as the error kind at info level, as Sentry stores it', () => {
    // Relay fills a missing breadcrumb level with `info` at ingest, whatever the type; the type
    // picks the icon and colour (the error kind), the level badge says what was stored.
    const row = buildBreadcrumbList(makeEvent({ breadcrumbs: [{ type: 'error', category: 'exception', message: 'Boom' }] }), {
      order: 'oldest-first',
    }).getItem(0);
    expect(row).toMatchObject({ kind: 'error', level: 'info' });
  });

  it('filters by kind and level', () => {
    expect(buildBreadcrumbList(event, { kinds: ['console'] }).getSlice(0, 10).map((row) => row.summary)).toEqual(['Card declined', 'Payment retry']);
    expect(buildBreadcrumbList(event, { levels: ['error'] }).matched).toBe(3);
    expect(buildBreadcrumbList(event, { kinds: ['console'], levels: ['error'] }).matched).toBe(1);
    expect(buildBreadcrumbList(event, { kinds: [], levels: [] }).matched).toBe(6);
  });

  it('counts per kind ignoring the kind filter and per level ignoring the level filter', () => {
    const list = buildBreadcrumbList(event, { kinds: ['console'], levels: ['error'] });
    expect(list.kindCounts).toMatchObject({ console: 1, http: 1, error: 1, navigation: 0, ui: 0 });
    expect(list.levelCounts).toMatchObject({ error: 1, warning: 1, info: 0 });
    const all = buildBreadcrumbList(event);
    expect(all.kindCounts).toMatchObject({ navigation: 1, ui: 1, http: 1, console: 2, error: 1, default: 0 });
    expect(all.levelCounts).toMatchObject({ info: 2, error: 3, warning: 1, fatal: 0, debug: 0 });
  });

  it('searches message, category and data case-insensitively', () => {
    expect(buildBreadcrumbList(event, { search: 'DECLINED' }).getSlice(0, 5).map((row) => row.index)).toEqual([4]);
    expect(buildBreadcrumbList(event, { search: 'ui.click' }).getItem(0)?.index).toBe(1);
    expect(buildBreadcrumbList(event, { search: '/api/pay' }).getItem(0)?.summary).toBe('POST /api/pay → 500');
    expect(buildBreadcrumbList(event, { search: '"status_code":500' }).matched).toBe(1);
    expect(buildBreadcrumbList(event, { search: 'post /api/pay → 500' }).getItem(0)?.index).toBe(2);
    expect(buildBreadcrumbList(event, { search: '/ → /cart' }).getItem(0)?.index).toBe(0);
    expect(buildBreadcrumbList(event, { search: 'x is undefined' }).getItem(0)?.isEvent).toBe(true);
    expect(buildBreadcrumbList(event, { search: '   ' }).matched).toBe(6);
    const none = buildBreadcrumbList(event, { search: 'nowhere' });
    expect(none.matched).toBe(0);
    expect(Object.values(none.kindCounts).every((count) => count === 0)).toBe(true);
  });

  it('answers out-of-range windows with nothing', () => {
    const list = buildBreadcrumbList(event);
    expect(list.getItem(-1)).toBeUndefined();
    expect(list.getItem(6)).toBeUndefined();
    expect(list.getItem(1.5)).toBeUndefined();
    expect(list.getSlice(4, 100)).toHaveLength(2);
    expect(list.getSlice(-3, 1)).toHaveLength(1);
  });

  it('hands out the same row object for the same position', () => {
    const list = buildBreadcrumbList(event);
    expect(list.getItem(2)).toBe(list.getItem(2));
  });

  it('gives the breadcrumb index at a position without building the row, matching getItem in both orders', () => {
    for (const order of ['newest-first', 'oldest-first'] as const) {
      const list = buildBreadcrumbList(event, { order, levels: ['error', 'warning'] });
      const indices = Array.from({ length: list.matched }, (_, position) => list.getIndex(position));
      expect(indices).toEqual(list.getSlice(0, list.matched).map((row) => row.index));
      expect(list.getIndex(-1)).toBeUndefined();
      expect(list.getIndex(list.matched)).toBeUndefined();
      expect(list.getIndex(0.5)).toBeUndefined();
    }
  });

  it('sees new breadcrumbs when the event is replaced', () => {
    buildBreadcrumbList(event, { search: 'declined' });
    const next = makeEvent({ breadcrumbs: [...crumbs, { category: 'console', message: 'declined again' }] });
    expect(buildBreadcrumbList(next, { search: 'declined' }).matched).toBe(2);
  });
});

describe('buildBreadcrumbList over 100k breadcrumbs', () => {
  const categories = ['console', 'fetch', 'ui.click', 'navigation', 'query'];
  const many: Breadcrumb[] = Array.from({ length: 100_000 }, (_, i) => ({
    timestamp: new Date(Date.UTC(2024, 2, 4, 0, 0, 0, i)).toISOString(),
    category: categories[i % 5],
    level: i % 10 === 0 ? 'error' : 'info',
    message: `crumb ${i}`,
    data: i % 1000 === 0 ? { marker: `needle-${i}` } : undefined,
  }));
  const big = makeEvent({ breadcrumbs: many });

  it('filters by kind, level and text and windows the result', () => {
    const consoleErrors = buildBreadcrumbList(big, { kinds: ['console'], levels: ['error'], includeEvent: false });
    expect(consoleErrors.matched).toBe(10_000);
    expect(consoleErrors.getItem(0)?.summary).toBe('crumb 99990');
    expect(consoleErrors.kindCounts.http).toBe(0);
    expect(consoleErrors.levelCounts.info).toBe(10_000);

    const needles = buildBreadcrumbList(big, { search: 'NEEDLE', order: 'oldest-first' });
    expect(needles.matched).toBe(100);
    expect(needles.getSlice(10, 12).map((row) => row.index)).toEqual([10_000, 11_000]);

    const all = buildBreadcrumbList(big);
    expect(all.total).toBe(100_001);
    expect(all.getSlice(50_000, 50_003).map((row) => row.summary)).toEqual(['crumb 50000', 'crumb 49999', 'crumb 49998']);
    expect(all.kindCounts.console + all.kindCounts.http + all.kindCounts.ui + all.kindCounts.navigation + all.kindCounts.query).toBe(100_000);
  });
});

describe('breadcrumb notes from _meta', () => {
  const event = makeEvent({
    breadcrumbs: [{ message: 'short' }, { message: 'x'.repeat(1021), category: 'query' }, { message: '[Filtered]', data: { url: '[Filtered]' } }],
    meta: {
      'breadcrumbs[1].message': { len: 1595, rem: [['!limit', 'x', 1021, 1024]] },
      'breadcrumbs[2].data.url': { rem: [['@password:filter', 's']] },
      'breadcrumbs[2].message': {},
      'request.headers.Cookie': { rem: [['@cookie:filter', 's']] },
    },
  });

  it('reads each breadcrumb field note by index and ignores notes elsewhere', () => {
    const notes = getBreadcrumbNotes(event);
    expect([...notes.keys()]).toEqual([1, 2]);
    expect(notes.get(1)).toEqual([{ field: 'message', reason: 'trimmed from 1,595 characters' }]);
    expect(notes.get(2)).toEqual([
      { field: 'data.url', reason: expect.stringContaining('@password:filter') },
      { field: 'message', reason: 'changed by Sentry' },
    ]);
  });

  it('puts them on the rows they concern, never on the event row', () => {
    const list = buildBreadcrumbList(event, { order: 'oldest-first' });
    expect(list.getSlice(0, list.total).map((item) => item.notes?.map((note) => note.field))).toEqual([undefined, ['message'], ['data.url', 'message'], undefined]);
  });
});
