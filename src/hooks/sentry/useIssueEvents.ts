import { useMemo } from 'react';
import type { Event, Problem } from '../../core/model';
import type { ListIssueEventsParams, SentryCallOptions, SentryPage } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** The call `useIssueEvents` makes: a `SentryClient` has it, and so can a host's own. */
export interface IssueEventsClient {
  listIssueEvents(params: ListIssueEventsParams, options?: SentryCallOptions): Promise<SentryPage<Event>>;
}

/** Options of `useIssueEvents`: which issue, the search, and the page. */
export interface UseIssueEventsOptions extends Partial<Omit<ListIssueEventsParams, 'environment'>> {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: IssueEventsClient | undefined;
  /** One environment, `""` or none for all. @default every environment */
  environment?: string;
  /** Runs no request while `false`. @default true */
  enabled?: boolean;
}

/** What `useIssueEvents` gives: `IssueEvents`' rows and pager, and the request's state. */
export interface UseIssueEventsResult {
  events: Event[] | undefined;
  problems: Problem[];
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
  /** Cursors of the neighbouring pages from the `Link` header, for `IssueEvents`' pager. */
  nextCursor: string | undefined;
  previousCursor: string | undefined;
  /** How many events match, when the API says (`X-Hits`). */
  hits: number | undefined;
}

const NO_PROBLEMS: Problem[] = [];

/**
 * One page of an issue's events (`/issues/{id}/events/`) with a search, an environment and a
 * cursor. The last page stays on screen while the next loads; a new query aborts the old one.
 */
export function useIssueEvents(options: UseIssueEventsOptions): UseIssueEventsResult {
  const { client, enabled, organization, issueId, environment, query, cursor, limit, full, statsPeriod, start, end } = options;
  const params: ListIssueEventsParams | undefined =
    enabled === false || !organization || !issueId
      ? undefined
      : { organization, issueId, environment: environment || undefined, query: query || undefined, cursor, limit, full, statsPeriod, start, end };
  const key = params === undefined ? undefined : JSON.stringify(params, Object.keys(params).sort());
  const { result, error, loading, refetch } = useSentryRequest<SentryPage<Event>>(
    client,
    key,
    (signal) => {
      if (!client || params === undefined) return Promise.reject(new TypeError('useIssueEvents: no client, organization or issue'));
      return client.listIssueEvents(params, { signal });
    },
    true,
  );
  return useMemo(
    () => ({
      events: result?.data,
      problems: result?.problems ?? NO_PROBLEMS,
      error,
      loading,
      refetch,
      nextCursor: result?.nextCursor,
      previousCursor: result?.previousCursor,
      hits: result?.hits,
    }),
    [result, error, loading, refetch],
  );
}
