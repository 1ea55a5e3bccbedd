import { createSentryClient } from 'faultline/sentry';
import { PORTAL_SETTINGS } from './settings';

/**
 * The page calls its own origin; the dev server proxies `/api/0/` to the local server or to
 * `SENTRY_BASE_URL` and adds the token there, so no token and no CORS reach the browser.
 */
export const API_BASE_URL = '/';

/** Organization slug: the local server's `faultline`, or `SENTRY_ORG`. */
export const ORGANIZATION: string = PORTAL_SETTINGS.organization;

/** Issues per page; small so the seed data spans several pages and paging shows. */
export const PAGE_SIZE = 25;

/** The one client of the portal, created once so hooks keep their requests stable. */
export const sentryClient = createSentryClient({ baseUrl: API_BASE_URL });

/** Stats periods the local server accepts (as Sentry's issue stream does). */
export const PERIODS: readonly { value: '24h' | '14d'; label: string }[] = [
  { value: '24h', label: 'Last 24 hours' },
  { value: '14d', label: 'Last 14 days' },
];
