const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Formats a duration compactly, the larger unit first and the smaller one zero-padded:
 * `450ms`, `2.3s`, `1m 05s`, `2h 03m`, `3d 04h`. The sign is dropped; see `formatOffset`.
 */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < SECOND) return `${Math.round(abs)}ms`;
  // Truncating (not rounding) keeps `59.96s` from printing as `60.0s`.
  if (abs < MINUTE) return `${(Math.floor(abs / 100) / 10).toFixed(1)}s`;
  if (abs < HOUR) return `${Math.floor(abs / MINUTE)}m ${pad2(Math.floor((abs % MINUTE) / SECOND))}s`;
  if (abs < DAY) return `${Math.floor(abs / HOUR)}h ${pad2(Math.floor((abs % HOUR) / MINUTE))}m`;
  return `${Math.floor(abs / DAY)}d ${pad2(Math.floor((abs % DAY) / HOUR))}h`;
}

/** Formats a signed offset from a reference time: `-2.3s` before it, `+450ms` after it, `0ms` at it. */
export function formatOffset(ms: number): string {
  if (ms === 0 || !Number.isFinite(ms)) return formatDuration(0);
  return `${ms < 0 ? '-' : '+'}${formatDuration(ms)}`;
}
