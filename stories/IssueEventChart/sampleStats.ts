import type { Release, StatsSeries } from '../../src/core';

/** The stories' fixed "now": 3 Dec 2026, 12:00 UTC, so every run draws the same bars. */
export const CHART_NOW = Date.UTC(2026, 11, 3, 12);
const HOUR = 3600;
const DAY = 24 * HOUR;

/** Counts with a daily rhythm and a spike, in Sentry's `[unix seconds, count]` buckets, oldest first. */
function series(buckets: number, step: number, spikeAt: number): StatsSeries {
  const end = Math.floor(CHART_NOW / 1000 / step) * step;
  return Array.from({ length: buckets }, (_, i): [number, number] => {
    const base = Math.round(20 + 15 * Math.sin(i / 2.5));
    return [end - (buckets - 1 - i) * step, i === spikeAt ? base * 6 : i % 7 === 3 ? 0 : base];
  });
}

/** An issue's `stats` for all three periods. */
export const sampleStats: Record<string, StatsSeries> = {
  '24h': series(24, HOUR, 17),
  '14d': series(14, DAY, 9),
  '30d': series(30, DAY, 25),
};

/** Two releases inside the last 24 hours and one ten days back. */
export const sampleReleases: Release[] = [
  { version: 'web@2.14.0+8812', shortVersion: '2.14.0', dateCreated: new Date(CHART_NOW - 6.5 * HOUR * 1000).toISOString() },
  { version: 'web@2.13.2+8790', shortVersion: '2.13.2', dateCreated: new Date(CHART_NOW - 20 * HOUR * 1000).toISOString() },
  { version: 'web@2.12.0+8601', shortVersion: '2.12.0', dateCreated: new Date(CHART_NOW - 10 * DAY * 1000).toISOString() },
];
