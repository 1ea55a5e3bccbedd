import { formatDistanceStrict } from 'date-fns';
import type { ComponentPropsWithRef } from 'react';
import { getDateTimeFormat } from '../../core/format/dates';
import { useNow } from '../../hooks/useNow';
import { cx } from '../cx';

/** Props of `RelativeTime`. */
export interface RelativeTimeProps extends Omit<ComponentPropsWithRef<'time'>, 'children' | 'dateTime'> {
  /** The moment to show: an ISO string, epoch milliseconds or a Date. */
  date: string | number | Date | undefined;
  /** The time to measure from; live (refreshed every 30 s) when omitted. */
  now?: Date | number;
  /** Locale for the exact time. @default the browser's */
  locale?: string;
  /** Time zone for the exact time, such as `UTC`. @default the browser's */
  timeZone?: string;
  /** Text when the date is missing or invalid. @default "—" */
  fallback?: string;
}

const toDate = (value: RelativeTimeProps['date']) => {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const EXACT_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'long' };

/** Formats an exact, locale-aware date and time, with the zone spelled out. */
export function formatExactTime(date: Date, locale?: string, timeZone?: string): string {
  // Cached per locale and zone: a list renders this for every row it shows.
  return getDateTimeFormat(EXACT_TIME, { locale, timeZone }).format(date);
}

/**
 * A time shown relative to now ("3 hours ago"), with the exact time as its accessible
 * description and tooltip, and the ISO time in `dateTime`.
 */
export function RelativeTime({ date, now, locale, timeZone, fallback = '—', className, ...rest }: RelativeTimeProps) {
  const current = useNow(now);
  const parsed = toDate(date);
  if (!parsed) {
    return (
      <time {...rest} className={cx('fl fl-relative-time', className)} data-state="invalid">
        {fallback}
      </time>
    );
  }
  const exact = formatExactTime(parsed, locale, timeZone);
  const relative = formatDistanceStrict(parsed, current, { addSuffix: true });
  return (
    <time
      {...rest}
      className={cx('fl fl-relative-time', className)}
      dateTime={parsed.toISOString()}
      title={exact}
    >
      {relative}
      <span className="fl-visually-hidden"> ({exact})</span>
    </time>
  );
}
