import { formatDistanceStrict } from 'date-fns';

/** Options for absolute date formatting. */
export interface DateFormatOptions {
  /** BCP 47 locale such as `de-AT`. @default the runtime's locale */
  locale?: string;
  /** IANA time zone such as `Europe/Vienna`. @default the runtime's time zone */
  timeZone?: string;
}

/** Milliseconds since the epoch of an ISO 8601 timestamp, or `undefined` when it does not parse. */
export function timestampToMs(timestamp: string | undefined): number | undefined {
  if (timestamp === undefined) return undefined;
  const ms = Date.parse(timestamp);
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
