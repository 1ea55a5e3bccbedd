import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../src/core';

const at = (timestamp: unknown) => normalizeEvent({ timestamp }).value.timestamp;
const FIRST_SECOND = -62167219200; // 0000-01-01T00:00:00Z
const LAST_SECOND = 253402300799; // 9999-12-31T23:59:59Z

describe('timestamps agree with Date for every form', () => {
  it('float seconds', () => {
    fc.assert(
      fc.property(fc.double({ min: FIRST_SECOND, max: LAST_SECOND, noNaN: true }), (seconds) => {
        expect(at(seconds)).toBe(new Date(Math.floor(seconds * 1000)).toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('RFC 3339 strings with any fraction length, with and without a UTC zone', () => {
    const date = fc.date({ min: new Date(FIRST_SECOND * 1000), max: new Date(LAST_SECOND * 1000), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.constantFrom('', 'Z', '+00:00'), fc.nat(6), (value, zone, extraDigits) => {
        const iso = value.toISOString();
        expect(at(`${iso.slice(0, 23)}${'987654'.slice(0, extraDigits)}${zone}`)).toBe(iso);
      }),
      { numRuns: 20_000 },
    );
  });

  it('offsets, dates alone and impossible dates', () => {
    expect(at('2020-04-18T23:44:00.206155+02:00')).toBe('2020-04-18T21:44:00.206Z');
    expect(at('2020-04-18 21:44:00')).toBe('2020-04-18T21:44:00.000Z');
    expect(at('2020-04-18')).toBe('2020-04-18T00:00:00.000Z');
    expect(at('2020-02-29T23:59:59.9Z')).toBe('2020-02-29T23:59:59.900Z');
    for (const impossible of ['2021-02-29T00:00:00Z', '2020-04-18T25:00:00Z', '2020-13-01T00:00:00Z', '2020-04-18T21:44:00.Z', '1e400', 1e300]) {
      expect(at(impossible)).toBeUndefined();
    }
  });
});
