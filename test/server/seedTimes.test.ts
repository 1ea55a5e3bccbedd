// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { moveEventTo, timestampSeconds } from '../../server/seedTimes';

describe('moving a sample event in time', () => {
  const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z

  it('moves breadcrumbs, start time, app start and boot time by the event’s own shift, keeping their forms', () => {
    const event = {
      timestamp: '2025-06-01T12:00:00Z',
      start_timestamp: 1_748_779_190.5,
      breadcrumbs: { values: [{ timestamp: 1_748_779_195, message: 'click' }, { timestamp: '2025-06-01T11:59:58.250Z' }, { message: 'no time' }] },
      contexts: { app: { app_start_time: '2025-06-01T11:00:00Z' }, device: { boot_time: '2025-05-31T12:00:00Z' }, os: { name: 'Linux' } },
    };
    const moved = moveEventTo(event, NOW);
    const delta = NOW - 1_748_779_200;
    expect(moved.timestamp).toBe(NOW);
    expect(moved.start_timestamp).toBe(1_748_779_190.5 + delta);
    expect(moved.breadcrumbs).toEqual({ values: [{ timestamp: NOW - 5, message: 'click' }, { timestamp: '2025-12-31T23:59:58.250Z' }, { message: 'no time' }] });
    expect(moved.contexts).toEqual({ app: { app_start_time: '2025-12-31T23:00:00.000Z' }, device: { boot_time: '2025-12-31T00:00:00.000Z' }, os: { name: 'Linux' } });
    // The sample itself is left as it was: the seed stores copies.
    expect(event.breadcrumbs.values[0]?.timestamp).toBe(1_748_779_195);
  });

  it('places the last breadcrumb at the event when the event has no time, and leaves odd values alone', () => {
    const moved = moveEventTo({ breadcrumbs: [{ timestamp: 100 }, { timestamp: 160 }, { timestamp: 'soon' }, null] }, NOW);
    expect(moved.breadcrumbs).toEqual([{ timestamp: NOW - 60 }, { timestamp: NOW }, { timestamp: 'soon' }, null]);
    expect(moveEventTo({ message: 'bare' }, NOW)).toEqual({ message: 'bare', timestamp: NOW });
  });

  it('reads SDK timestamp forms', () => {
    expect(timestampSeconds('2025-06-01T12:00:00')).toBe(1_748_779_200);
    expect(timestampSeconds('2025-06-01T14:00:00+02:00')).toBe(1_748_779_200);
    expect(timestampSeconds('1748779200.5')).toBe(1_748_779_200.5);
    expect(timestampSeconds(Number.NaN)).toBeUndefined();
    expect(timestampSeconds({})).toBeUndefined();
  });
});
