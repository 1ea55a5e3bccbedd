import { describe, expect, it } from 'vitest';
import { formatDuration, formatFrequency, formatOffset, formatPercent, formatYesNo } from '../../../src/core/format';

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [450, '450ms'],
    [2300, '2.3s'],
    [59_960, '59.9s'],
    [65_000, '1m 05s'],
    [3_599_000, '59m 59s'],
    [2 * 3_600_000 + 3 * 60_000 + 59_000, '2h 03m'],
    [3 * 86_400_000 + 4 * 3_600_000, '3d 04h'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('formatOffset', () => {
  it.each([
    [-2300, '-2.3s'],
    [-65_000, '-1m 05s'],
    [-(2 * 3_600_000 + 3 * 60_000), '-2h 03m'],
    [450, '+450ms'],
    [0, '0ms'],
  ])('%d ms → %s', (ms, expected) => {
    expect(formatOffset(ms)).toBe(expected);
  });
});

describe('small value formatters', () => {
  it.each([
    [48, '48%'],
    [12.54, '12.5%'],
    [100, '100%'],
  ])('percent %d → %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it('rejects a non-finite percentage', () => {
    expect(formatPercent(Number.NaN)).toBeUndefined();
  });

  it('says Yes or No', () => {
    expect(formatYesNo(true)).toBe('Yes');
    expect(formatYesNo(false)).toBe('No');
  });

  it.each([
    [800, '800 MHz'],
    [2400, '2.4 GHz'],
  ])('frequency %d → %s', (mhz, expected) => {
    expect(formatFrequency(mhz)).toBe(expected);
  });
});
