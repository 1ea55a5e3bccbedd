import { createSentryClient } from 'faultline/sentry';

/** Where the Sentry-compatible API lives: `VITE_SENTRY_BASE_URL`, else this origin (the dev server proxies `/api/0/`). */
export const API_BASE_URL: string = import.meta.env.VITE_SENTRY_BASE_URL || '/';

/** Organization slug of the local server's seed (`startServer`'s default). */
export const ORGANIZATION: string = import.meta.env.VITE_SENTRY_ORGANIZATION || 'faultline';

/** Issues per page; small so the seed data spans several pages and paging shows. */
export const PAGE_SIZE = 25;

/** The one client of the portal, created once so hooks keep their requests stable. */
export const sentryClient = createSentryClient({ baseUrl: API_BASE_URL });

/** Environments the picker offers: the names the sample events carry. */
export const ENVIRONMENTS: readonly string[] = ['production', 'prod', 'Development', 'local', 'review', 'release', 'debug'];

/** Stats periods the local server accepts (as Sentry's issue stream does). */
export const PERIODS: readonly { value: '24h' | '14d'; label: string }[] = [
  { value: '24h', label: 'Last 24 hours' },
  { value: '14d', label: 'Last 14 days' },
];
