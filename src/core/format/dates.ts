import { formatDistanceStrict } from 'date-fns';

/** Options for absolute date formatting. */
export interface DateFormatOptions {
  /** BCP 47 locale such as `de-AT`. @default the runtime's locale */
  locale?: string;
  /** IANA time zone such as `Europe/Vienna`. @default the runtime's time zone */
  timeZone?: string;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const twoDigits = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1);

/** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// The canonical model writes `YYYY-MM-DDTHH:MM:SS.sssZ`; anything else goes to Date.parse.
const CANONICAL_ISO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{3})?Z$/;

/**
 * Milliseconds since the epoch of an ISO 8601 timestamp, `NaN` when it does not parse. The
 * canonical UTC form is read digit by digit: Date.parse costs several microseconds a call,
 * which is most of indexing and sorting 100k issues.
 */
export function isoToMs(text: string | undefined): number {
  if (!text) return Number.NaN;
  if ((text.length === 24 || text.length === 20) && CANONICAL_ISO.test(text)) {
    const days = daysFromCivil(digit(text, 0) * 1000 + digit(text, 1) * 100 + twoDigits(text, 2), twoDigits(text, 5), twoDigits(text, 8));
    const millis = text.length === 24 ? digit(text, 20) * 100 + twoDigits(text, 21) : 0;
    // Day 31 of a 30-day month: Date.parse rejects it, and so must the fast path.
    if (twoDigits(text, 8) > 28 && new Date(days * 86_400_000).getUTCDate() !== twoDigits(text, 8)) return Number.NaN;
    return days * 86_400_000 + twoDigits(text, 11) * 3_600_000 + twoDigits(text, 14) * 60_000 + twoDigits(text, 17) * 1000 + millis;
  }
  return Date.parse(text);
}

/** Milliseconds since the epoch of an ISO 8601 timestamp, or `undefined` when it does not parse. */
export function timestampToMs(timestamp: string | undefined): number | undefined {
  if (timestamp === undefined) return undefined;
  const ms = isoToMs(timestamp);
  return Number.isNaN(ms) ? undefined : ms;
}

// Building an Intl.DateTimeFormat is costly; a breadcrumb list formats thousands of times with one setup.
const formatterCache = new Map<string, Intl.DateTimeFormat>();

/** A cached `Intl.DateTimeFormat`; an unknown locale or time zone falls back to the runtime's. */
export function getDateTimeFormat(options: Intl.DateTimeFormatOptions, { locale, timeZone }: DateFormatOptions = {}): Intl.DateTimeFormat {
  const cacheKey = `${locale ?? ''}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let format = formatterCache.get(cacheKey);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // A host passing a bad locale or zone still gets a readable date rather than a crash.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formatterCache.set(cacheKey, format);
  }
  return format;
}

/** Formats a timestamp as date and time in the user's locale and time zone, such as `Mar 4, 2024, 10:15:23 AM`. */
export function formatDateTime(timestamp: string, options: DateFormatOptions = {}): string | undefined {
  const ms = timestampToMs(timestamp);
  if (ms === undefined) return undefined;
  return getDateTimeFormat({ dateStyle: 'medium', timeStyle: 'medium' }, options).format(ms);
}

/** Formats the exact UTC time of a timestamp for a tooltip: `2024-03-04T10:15:23.123Z`. */
export function formatIsoTime(timestamp: string): string | undefined {
  const ms = timestampToMs(timestamp);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/**
 * Says how long before (or after) a reference time something happened, in words:
 * `2 hours before the event`. `reference` names the other point in time.
 */
export function formatDistanceToEvent(timestamp: string, eventTimestamp: string, reference = 'the event'): string | undefined {
  const ms = timestampToMs(timestamp);
  const eventMs = timestampToMs(eventTimestamp);
  if (ms === undefined || eventMs === undefined) return undefined;
  if (ms === eventMs) return `at the time of ${reference}`;
  const distance = formatDistanceStrict(ms, eventMs);
  return `${distance} ${ms < eventMs ? 'before' : 'after'} ${reference}`;
}
