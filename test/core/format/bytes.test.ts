import { describe, expect, it } from 'vitest';
import { formatBytes, formatFreeOfTotal, formatMegabytes } from '../../../src/core/format';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [1024 ** 2 * 3.25, '3.3 MiB'],
    [23.5 * 1024 ** 3, '23.5 GiB'],
    [2 * 1024 ** 4, '2.0 TiB'],
    [-2048, '-2.0 KiB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('uses binary, not decimal, units', () => {
    expect(formatBytes(1_000_000)).toBe('976.6 KiB');
  });

  it('returns undefined for non-finite input', () => {
    expect(formatBytes(Number.NaN)).toBeUndefined();
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('honours the fraction digits', () => {
    expect(formatBytes(1536, 2)).toBe('1.50 KiB');
  });
});

describe('formatMegabytes', () => {
  it('formats GPU memory given in MB', () => {
    expect(formatMegabytes(4096)).toBe('4.0 GiB');
  });
});

describe('formatFreeOfTotal', () => {
  it.each([
    [1024 ** 3, 4 * 1024 ** 3, '1.0 GiB free of 4.0 GiB'],
    [undefined, 4 * 1024 ** 3, '4.0 GiB'],
    [1024 ** 3, undefined, '1.0 GiB free'],
    [undefined, undefined, undefined],
  ])('%s of %s → %s', (free, total, expected) => {
    expect(formatFreeOfTotal(free, total)).toBe(expected);
  });
});
