import type { Release, StatsSeries } from '../model';
import { timestampToMs } from '../format/dates';

/** One bar of the chart: a bucket's start and end (epoch ms) and its event count. */
export interface EventChartBucket {
  start: number;
  end: number;
  count: number;
}

/** A release drawn on the chart: where it falls (0–1 across the period) and in which bucket. */
export interface EventChartMarker {
  version: string;
  /** What to print: the short version, else the version cut to 12 characters. */
  label: string;
  time: number;
  position: number;
  bucketIndex: number;
}

/** What the chart draws, read defensively from the stats and releases. */
export interface EventChartModel {
  buckets: EventChartBucket[];
  total: number;
  peak: number;
  markers: EventChartMarker[];
  /** The period's start and end (epoch ms), `undefined` with no buckets. */
  start: number | undefined;
  end: number | undefined;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The bucket length of Sentry's stats periods: hourly for `24h`, daily for `14d` and `30d`. */
export function bucketLengthOf(period: string): number {
  return period === '24h' || period.endsWith('h') ? HOUR : DAY;
}

const timeOf = (value: unknown) => (typeof value === 'string' ? timestampToMs(value) : undefined);
const releaseTime = (release: Release) => timeOf(release.dateCreated) ?? timeOf(release.firstEvent);

/**
 * The chart's buckets (Sentry's `[unix seconds, count]` pairs, oldest first) and the releases
 * that fall in the period. Buckets with no finite time are left out and odd counts read 0, so a
 * malformed answer draws fewer bars, never `NaN` bars.
 */
export function getEventChartModel(series: StatsSeries | undefined, period: string, releases: readonly Release[] = []): EventChartModel {
  const step = bucketLengthOf(period);
  const buckets: EventChartBucket[] = [];
  for (const pair of Array.isArray(series) ? series : []) {
    if (!Array.isArray(pair)) continue;
    const [seconds, value] = pair;
    if (typeof seconds !== 'number' || !Number.isFinite(seconds)) continue;
    const count = typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
    buckets.push({ start: seconds * 1000, end: seconds * 1000 + step, count });
  }
  buckets.sort((a, b) => a.start - b.start);
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const peak = buckets.reduce((max, bucket) => Math.max(max, bucket.count), 0);
  const start = buckets[0]?.start;
  const end = buckets.at(-1)?.end;
  const markers: EventChartMarker[] = [];
  if (start !== undefined && end !== undefined) {
    for (const release of Array.isArray(releases) ? releases : []) {
      if (!release || typeof release.version !== 'string') continue;
      const time = releaseTime(release);
      if (time === undefined || time < start || time >= end) continue;
      const bucketIndex = buckets.findIndex((bucket) => time >= bucket.start && time < bucket.end);
      const label = typeof release.shortVersion === 'string' && release.shortVersion ? release.shortVersion : release.version.slice(0, 12);
      markers.push({ version: release.version, label, time, position: (time - start) / (end - start), bucketIndex: Math.max(0, bucketIndex) });
    }
  }
  markers.sort((a, b) => a.time - b.time);
  return { buckets, total, peak, markers, start, end };
}
