import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDistanceToEvent, formatIsoTime, getDateTimeFormat, isoToMs, timestampToMs } from '../../../src/core/format';

describe('timestampToMs', () => {
  it('parses ISO timestamps and rejects garbage', () => {
    expect(timestampToMs('2024-03-04T10:15:23.123Z')).toBe(Date.UTC(2024, 2, 4, 10, 15, 23, 123));
    expect(timestampToMs('not a date')).toBeUndefined();
    expect(timestampToMs(undefined)).toBeUndefined();
  });
});

describe('isoToMs', () => {
  it('reads every canonical UTC time as Date.parse does, with and without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(0, 0, 1) - 1900 * 365 * 86_400_000, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), fc.boolean(), (ms, withMillis) => {
        const iso = new Date(ms).toISOString();
        const text = withMillis ? iso : iso.replace(/\.\d{3}Z$/, 'Z');
        expect(isoToMs(text)).toBe(Date.parse(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves other ISO forms to Date.parse and gives NaN for what does not parse', () => {
    expect(isoToMs('2024-03-04T11:15:23+01:00')).toBe(Date.UTC(2024, 2, 4, 10, 15, 23));
    expect(isoToMs('2024-03-04')).toBe(Date.UTC(2024, 2, 4));
    expect(isoToMs('2024-02-29T00:00:00.000Z')).toBe(Date.UTC(2024, 1, 29));
    expect(isoToMs('2023-02-29T00:00:00.000Z')).toBeNaN();
    expect(isoToMs('2024-04-31T10:00:00Z')).toBeNaN();
    expect(isoToMs('2024-13-01T00:00:00Z')).toBeNaN();
    expect(isoToMs('soon')).toBeNaN();
    expect(isoToMs('')).toBeNaN();
    expect(isoToMs(undefined)).toBeNaN();
  });
});

describe('formatDateTime', () => {
  it('formats in the given locale and time zone', () => {
    const text = formatDateTime('2024-03-04T10:15:23.123Z', { locale: 'en-US', timeZone: 'America/New_York' });
    expect(text).toContain('Mar 4, 2024');
    expect(text).toMatch(/5:15:23\sAM/);
  });

  it('uses another locale and zone when asked', () => {
    const text = formatDateTime('2024-03-04T10:15:23.123Z', { locale: 'de-AT', timeZone: 'Europe/Vienna' });
    expect(text).toContain('11:15:23');
    expect(text).toContain('2024');
  });

  it('survives an unknown time zone', () => {
    expect(formatDateTime('2024-03-04T10:15:23Z', { locale: 'en-US', timeZone: 'Mars/Olympus' })).toContain('2024');
  });

  it('returns undefined for an unparsable timestamp', () => {
    expect(formatDateTime('yesterday')).toBeUndefined();
  });

  it('reuses one Intl formatter per setup', () => {
    const options = { hour: '2-digit' } as const;
    expect(getDateTimeFormat(options, { locale: 'en-US' })).toBe(getDateTimeFormat(options, { locale: 'en-US' }));
  });
});

describe('formatIsoTime', () => {
  it('gives the exact UTC time with milliseconds', () => {
    expect(formatIsoTime('2024-03-04T11:15:23.1+01:00')).toBe('2024-03-04T10:15:23.100Z');
  });
});

describe('formatDistanceToEvent', () => {
  const event = '2024-03-04T12:00:00Z';
  it.each([
    ['2024-03-04T10:00:00Z', '2 hours before the event'],
    ['2024-03-04T11:59:30Z', '30 seconds before the event'],
    ['2024-03-01T12:00:00Z', '3 days before the event'],
    ['2024-03-04T12:05:00Z', '5 minutes after the event'],
    ['2024-03-04T12:00:00Z', 'at the time of the event'],
  ])('%s → %s', (time, expected) => {
    expect(formatDistanceToEvent(time, event)).toBe(expected);
  });

  it('returns undefined when either time is missing', () => {
    expect(formatDistanceToEvent('nope', event)).toBeUndefined();
  });
});
