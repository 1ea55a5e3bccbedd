import { useEffect, useState } from 'react';

/** Where the portal is: the issue stream with its filters, or one issue. */
export type Route =
  | { page: 'issues'; query: string; sort: string; environment: string; period: string; cursor: string }
  | { page: 'issue'; issueId: string; event: string }
  | { page: 'alerts' }
  | { page: 'receiver' };

const ISSUE_PATH = /^\/issues\/(\d{1,15})\/?$/;

/** Reads a hash such as `#/issues?query=is:unresolved&sort=freq` or `#/issues/12?event=oldest`. */
export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '') || '/issues';
  const [path = '', search = ''] = text.split('?', 2);
  const params = new URLSearchParams(search);
  const issue = ISSUE_PATH.exec(path);
  if (issue) return { page: 'issue', issueId: issue[1]!, event: params.get('event') ?? 'recommended' };
  if (/^\/alerts\/?$/.test(path)) return { page: 'alerts' };
  if (/^\/receiver\/?$/.test(path)) return { page: 'receiver' };
  return {
    page: 'issues',
    // A missing query means Sentry's default search; an empty one (`query=`) means every issue.
    query: params.get('query') ?? 'is:unresolved',
    sort: params.get('sort') ?? 'date',
    environment: params.get('environment') ?? '',
    period: params.get('period') ?? '24h',
    cursor: params.get('cursor') ?? '',
  };
}

/** The hash of a route; the inverse of `parseRoute`. */
export function routeHref(route: Route): string {
  if (route.page === 'alerts' || route.page === 'receiver') return `#/${route.page}`;
  if (route.page === 'issue') {
    const params = new URLSearchParams(route.event === 'recommended' ? {} : { event: route.event });
    const search = params.toString();
    return `#/issues/${encodeURIComponent(route.issueId)}/${search ? `?${search}` : ''}`;
  }
  const params = new URLSearchParams({ query: route.query, sort: route.sort, period: route.period });
  if (route.environment) params.set('environment', route.environment);
  if (route.cursor) params.set('cursor', route.cursor);
  return `#/issues?${params.toString()}`;
}

/** The current route, following `hashchange` (back and forward buttons included). */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** Goes to a route; `replace` keeps typing in the search box out of the history. */
export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const href = routeHref(route);
  if (options.replace) {
    window.history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.slice(1);
  }
}

const LIST_KEY = 'faultline-portal-list';

/** Remembers the list's hash (search, filters, page) so an issue page links back to it. */
export function rememberListHref(route: Route): void {
  if (route.page !== 'issues') return;
  try {
    window.sessionStorage.setItem(LIST_KEY, routeHref(route));
  } catch {
    // Without storage the back link goes to the default list.
  }
}

/** The list's last hash, or the default list. */
export function lastListHref(): string {
  try {
    const href = window.sessionStorage.getItem(LIST_KEY);
    if (href?.startsWith('#/issues')) return href;
  } catch {
    // Fall through to the default list.
  }
  return '#/issues';
}
