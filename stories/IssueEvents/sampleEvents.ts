import type { Event } from '../../src/core';

/** The stories' fixed "now", so relative times read the same on every run. */
export const EVENTS_NOW = Date.UTC(2026, 11, 3, 12);

const browsers = ['Chrome 120.0', 'Firefox 121.0', 'Safari 17.2'];
const oses = ['Windows 11', 'macOS 14.2', 'iOS 17.2'];

/** One page of an issue's events in the list's short form: release and environment as tags. */
export const sampleEvents: Event[] = Array.from({ length: 8 }, (_, i): Event => {
  const eventId = `${(0x9fac2cee + i * 7919).toString(16)}d9344f2bbfdd1fdacb0ed9b${i}`;
  return {
    schema: 'faultline.event/1',
    eventId,
    title: i % 3 === 2 ? 'TypeError: Cannot read properties of undefined (reading "id")' : "TypeError: Cannot read properties of undefined (reading 'cart')",
    timestamp: new Date(EVENTS_NOW - (i * 37 + 3) * 60_000).toISOString(),
    exceptions: [],
    threads: [],
    breadcrumbs: [],
    contexts: {},
    user: i % 4 === 3 ? { ipAddress: '10.0.0.7' } : { id: String(40 + i), email: `user${i}@example.com` },
    tags: [
      { key: 'browser', value: browsers[i % 3]! },
      { key: 'os', value: oses[i % 3]! },
      { key: 'release', value: i < 3 ? 'web@2.14.0' : 'web@2.13.2' },
      { key: 'environment', value: i % 5 === 4 ? 'staging' : 'production' },
    ],
  };
});
