import { describe, expect, it } from 'vitest';
import { formatCrumbTime } from '../../../src/core/breadcrumbs';

const EVENT = '2024-03-04T12:00:00.000Z';

describe('formatCrumbTime relative', () => {
  it.each([
    ['2024-03-04T11:59:57.700Z', '-2.3s'],
    ['2024-03-04T11:58:55.000Z', '-1m 05s'],
    ['2024-03-04T09:57:00.000Z', '-2h 03m'],
    ['2024-03-04T11:59:59.550Z', '-450ms'],
    ['2024-03-04T12:00:00.000Z', '0ms'],
    ['2024-03-04T12:00:01.000Z', '+1.0s'],
  ])('%s → %s', (time, text) => {
    expect(formatCrumbTime(time, EVENT)?.text).toBe(text);
  });

  it('carries the exact ISO time and offset for a tooltip', () => {
    expect(formatCrumbTime('2024-03-04T11:59:57.700Z', EVENT)).toEqual({
      text: '-2.3s',
      iso: '2024-03-04T11:59:57.700Z',
      offsetMs: -2300,
    });
  });

  it('falls back to absolute time when the event has none', () => {
    const time = formatCrumbTime('2024-03-04T11:59:57.700Z', undefined, { locale: 'en-US', timeZone: 'UTC' });
    expect(time?.text).toContain('11:59:57.700');
    expect(time?.offsetMs).toBeUndefined();
  });

  it('returns undefined for an unparsable time', () => {
    expect(formatCrumbTime('soon', EVENT)).toBeUndefined();
    expect(formatCrumbTime(undefined, EVENT)).toBeUndefined();
  });
});

describe('formatCrumbTime absolute', () => {
  it('shows the time in the given locale and zone, without the date on the event day', () => {
    const time = formatCrumbTime('2024-03-04T11:59:57.700Z', EVENT, { mode: 'absolute', locale: 'en-US', timeZone: 'UTC' });
    expect(time?.text).toMatch(/^11:59:57\.700\sAM$/);
  });

  it('converts to the time zone', () => {
    const time = formatCrumbTime('2024-03-04T11:59:57.700Z', EVENT, { mode: 'absolute', locale: 'de-AT', timeZone: 'Europe/Vienna' });
    expect(time?.text).toBe('12:59:57,700');
  });

  it('adds the date when the breadcrumb fell on another day', () => {
    const time = formatCrumbTime('2024-03-02T08:00:00.000Z', EVENT, { mode: 'absolute', locale: 'en-US', timeZone: 'UTC' });
    expect(time?.text).toContain('Mar 2, 2024');
    expect(time?.offsetMs).toBe(-(2 * 86_400_000 + 4 * 3_600_000));
  });
});
