import { type DateFormatOptions, formatOffset, getDateTimeFormat, timestampToMs } from '../format';

/** How a breadcrumb's time is shown. */
export type CrumbTimeMode = 'relative' | 'absolute';

/** Options of `formatCrumbTime`. */
export interface CrumbTimeOptions extends DateFormatOptions {
  /** Relative to the event (`-2.3s`) or the wall-clock time. @default 'relative' */
  mode?: CrumbTimeMode;
}

/** A breadcrumb's time ready to show. */
export interface CrumbTime {
  /** `-2.3s`, `-1m 05s`, `-2h 03m` relative to the event, or `10:15:23.123 AM` absolute. */
  text: string;
  /** Exact UTC time for a tooltip or `<time dateTime>`: `2024-03-04T10:15:23.123Z`. */
  iso: string;
  /** Milliseconds from the event (negative before it); `undefined` when the event has no time. */
  offsetMs: number | undefined;
}

const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  fractionalSecondDigits: 3,
};
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = { ...TIME_OPTIONS, year: 'numeric', month: 'short', day: 'numeric' };
const DAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/**
 * Formats a breadcrumb's time relative to the event or as the user's wall-clock time.
 * Absolute times carry the date only when the breadcrumb fell on another day than the event
 * (in the chosen time zone). Relative mode falls back to absolute when the event has no time.
 * Returns `undefined` when the breadcrumb's time does not parse.
 */
export function formatCrumbTime(crumbTime: string | undefined, eventTime: string | undefined, options: CrumbTimeOptions = {}): CrumbTime | undefined {
  const ms = timestampToMs(crumbTime);
  if (ms === undefined) return undefined;
  const eventMs = timestampToMs(eventTime);
  const iso = new Date(ms).toISOString();
  const offsetMs = eventMs === undefined ? undefined : ms - eventMs;
  if ((options.mode ?? 'relative') === 'relative' && offsetMs !== undefined) {
    return { text: formatOffset(offsetMs), iso, offsetMs };
  }
  const day = getDateTimeFormat(DAY_OPTIONS, options);
  const sameDay = eventMs !== undefined && day.format(ms) === day.format(eventMs);
  const text = getDateTimeFormat(sameDay ? TIME_OPTIONS : DATE_TIME_OPTIONS, options).format(ms);
  return { text, iso, offsetMs };
}
