import { useEffect, useLayoutEffect, useSyncExternalStore } from 'react';
import type { DateFormatOptions } from '../core/format/dates';

// Nothing to subscribe to: the answer changes once, from the server snapshot to the client's.
const subscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * `false` while rendering on the server and while hydrating that HTML, `true` after, and from
 * the first render when there is nothing to hydrate (`createRoot`): React renders hydration
 * with the server snapshot and re-renders with the client's right after, so a value that can
 * only differ between the two (the viewer's clock, locale or time zone) can wait for it
 * without a mismatch, and a client-only page needs no second pass.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}

/** The locale both the server and the hydrating browser format with when the host names none. */
export const SERVER_LOCALE = 'en-US';
/** The time zone both the server and the hydrating browser format in when the host names none. */
export const SERVER_TIME_ZONE = 'UTC';

/**
 * The locale and time zone to format dates in: the host's when given; otherwise `en-US` and
 * UTC until hydrated (the server's defaults are not the viewer's, and the HTML must match the
 * first client render), then the viewer's own (`undefined`: the runtime's).
 */
export function useDateFormatOptions({ locale, timeZone }: DateFormatOptions): DateFormatOptions {
  const hydrated = useHydrated();
  return hydrated ? { locale, timeZone } : { locale: locale ?? SERVER_LOCALE, timeZone: timeZone ?? SERVER_TIME_ZONE };
}

/**
 * `useLayoutEffect` in the browser, `useEffect` where there is no DOM: React 18's server
 * renderer warns about every layout effect, and on the server neither would run anyway.
 */
export const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
