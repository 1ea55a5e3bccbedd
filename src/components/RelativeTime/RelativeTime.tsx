import { formatDistanceStrict } from 'date-fns';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { getDateTimeFormat } from '../../core/format/dates';
import { useDateFormatOptions, useHydrated } from '../../hooks/useHydrated';
import { useNow } from '../../hooks/useNow';
import { cx } from '../cx';

/** Props of `RelativeTime`. */
export interface RelativeTimeProps extends Omit<ComponentPropsWithoutRef<'time'>, 'children' | 'dateTime'> {
  /** The moment to show: an ISO string, epoch milliseconds or a Date. */
  date: string | number | Date | undefined;
  /**
   * The time to measure from; live (refreshed every 30 s) when omitted. A server page that
   * passes its `Date.now()` gets the relative text in its HTML; without it the server and the
   * hydrating browser print the exact time, and the relative text follows once mounted.
   */
  now?: Date | number;
  /** Locale for the exact time. @default the viewer's; `en-US` in server HTML and while hydrating */
  locale?: string;
  /** Time zone for the exact time, such as `UTC`. @default the viewer's; UTC in server HTML and while hydrating */
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
 * description and tooltip, and the ISO time in `dateTime`. Hydration-safe: until mounted it
 * prints only what the server and the browser agree on (see `now`, `locale`, `timeZone`).
 */
export const RelativeTime = /* @__PURE__ */ forwardRef<HTMLTimeElement, RelativeTimeProps>(function RelativeTime(
  { date, now, locale, timeZone, fallback = '—', className, ...rest },
  ref,
) {
  const live = useNow();
  const hydrated = useHydrated();
  const format = useDateFormatOptions({ locale, timeZone });
  const parsed = toDate(date);
  if (!parsed) {
    return (
      <time {...rest} ref={ref} className={cx('fl fl-relative-time', className)} data-state="invalid">
        {fallback}
      </time>
    );
  }
  const exact = formatExactTime(parsed, format.locale, format.timeZone);
  const current = now !== undefined ? now : hydrated ? live : undefined;
  return (
    <time
      {...rest}
      ref={ref}
      className={cx('fl fl-relative-time', className)}
      dateTime={parsed.toISOString()}
      title={exact}
      data-state={current === undefined ? 'exact' : 'relative'}
    >
      {current === undefined ? (
        exact
      ) : (
        <>
          {formatDistanceStrict(parsed, current, { addSuffix: true })}
          <span className="fl-visually-hidden"> ({exact})</span>
        </>
      )}
    </time>
  );
});
