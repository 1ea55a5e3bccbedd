import {
  type DateFormatOptions,
  formatBytes,
  formatDateTime,
  formatDistanceToEvent,
  formatFreeOfTotal,
  formatFrequency,
  formatMegabytes,
  formatPercent,
  formatYesNo,
  timestampToMs,
} from '../format';

/** How a known field is formatted. */
export type ContextValueFormat = 'text' | 'bytes' | 'megabytes' | 'time' | 'yesNo' | 'percent' | 'mhz' | 'celsius' | 'dpi' | 'timeZone';

/** What a format needs besides the value. */
export interface FormatSetting extends DateFormatOptions {
  /** Event time, for `2 hours before the event`. */
  eventTimestamp: string | undefined;
}

/** Plain text of a primitive; `undefined` for objects and arrays, which stay structured. */
export function plainDisplay(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return undefined;
}

function timeZoneDisplay(zone: string, eventTimestamp: string | undefined): string {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(
      timestampToMs(eventTimestamp) ?? Date.now(),
    );
    const offset = parts.find((part) => part.type === 'timeZoneName')?.value.replace(/^GMT/, 'UTC');
    return offset ? `${zone} (${offset === 'UTC' ? 'UTC+00:00' : offset})` : zone;
  } catch {
    // Not an IANA zone (`CET`, `+0100` from some SDKs): show what was sent.
    return zone;
  }
}

function timeDisplay(value: string, setting: FormatSetting): string | undefined {
  const date = formatDateTime(value, setting);
  if (date === undefined) return undefined;
  const distance = setting.eventTimestamp === undefined ? undefined : formatDistanceToEvent(value, setting.eventTimestamp);
  return distance ? `${date} (${distance})` : date;
}

/**
 * Formats a known field's value; falls back to plain text when the value has an unexpected shape.
 * A byte total with a numeric `free` part reads `1.5 GiB free of 23.5 GiB`.
 */
export function formatKnownValue(value: unknown, format: ContextValueFormat, setting: FormatSetting, free?: unknown): string | undefined {
  let display: string | undefined;
  if (typeof value === 'number') {
    if (format === 'bytes') display = typeof free === 'number' ? formatFreeOfTotal(free, value) : formatBytes(value);
    else if (format === 'megabytes') display = formatMegabytes(value);
    else if (format === 'percent') display = formatPercent(value);
    else if (format === 'mhz') display = formatFrequency(value);
    else if (format === 'celsius') display = `${value} °C`;
    else if (format === 'dpi') display = `${value} dpi`;
  } else if (typeof value === 'boolean' && format === 'yesNo') {
    display = formatYesNo(value);
  } else if (typeof value === 'string') {
    if (format === 'time') display = timeDisplay(value, setting);
    else if (format === 'timeZone') display = timeZoneDisplay(value, setting.eventTimestamp);
  }
  return display ?? plainDisplay(value);
}
