import type { Breadcrumb } from '../model';
import { knownKeys } from '../knownKeys';

/** What a breadcrumb is about, as Sentry's breadcrumb list groups them (icon, colour, filter chip). */
export type BreadcrumbKind =
  | 'navigation'
  | 'http'
  | 'ui'
  | 'console'
  | 'query'
  | 'error'
  | 'user'
  | 'debug'
  | 'transaction'
  | 'default';

/** Every breadcrumb kind, in the order filter chips list them. */
export const BREADCRUMB_KINDS: readonly BreadcrumbKind[] = [
  'navigation',
  'http',
  'ui',
  'console',
  'query',
  'error',
  'user',
  'debug',
  'transaction',
  'default',
];

// A `type` the SDK set on purpose says more than the category, which is often a logger name.
const KIND_BY_TYPE = knownKeys<BreadcrumbKind>({
  http: 'http',
  navigation: 'navigation',
  ui: 'ui',
  query: 'query',
  error: 'error',
  exception: 'error',
  user: 'user',
  debug: 'debug',
  transaction: 'transaction',
});

const KIND_BY_CATEGORY = knownKeys<BreadcrumbKind>({
  xhr: 'http',
  fetch: 'http',
  http: 'http',
  navigation: 'navigation',
  console: 'console',
  query: 'query',
  'sql.query': 'query',
  transaction: 'transaction',
  'sentry.transaction': 'transaction',
});

/**
 * The kind of a breadcrumb from its `type`, then its `category`, then its level:
 * `http` / `xhr` / `fetch` → http, `ui.click` / `ui.input` → ui, `console` → console,
 * `query` / `sql.query` → query, type `error` or level fatal / error → error, else default.
 */
export function getBreadcrumbKind(breadcrumb: Breadcrumb): BreadcrumbKind {
  const type = breadcrumb.type?.toLowerCase();
  const byType = type === undefined ? undefined : KIND_BY_TYPE[type];
  if (byType) return byType;
  const category = breadcrumb.category?.toLowerCase();
  if (category !== undefined) {
    const byCategory = KIND_BY_CATEGORY[category];
    if (byCategory) return byCategory;
    if (category.startsWith('ui.')) return 'ui';
  }
  if (breadcrumb.level === 'fatal' || breadcrumb.level === 'error') return 'error';
  return 'default';
}
