import type { Issue, Problem } from '../../core/model';
import type { ListIssuesParams, SentryClient, SentryPage } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** Options of `useSentryIssues`: a client and the issue list's filters and position. */
export interface UseSentryIssuesOptions extends Partial<ListIssuesParams> {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: SentryClient | undefined;
  /** Runs no request while `false` (a form not yet complete). @default true */
  enabled?: boolean;
  /** Keeps the last page on screen while the next one loads, so a list does not flash empty. @default true */
  keepPreviousData?: boolean;
}

/** What `useSentryIssues` gives: the page's issues for `IssueList`'s `issues` prop, and its state. */
export interface UseSentryIssuesResult {
  /** Canonical issues of the current page; empty until the first answer. */
  data: Issue[];
  /** What the normalizer repaired or dropped in the answer. */
  problems: Problem[];
  /** Why the last request failed (a `SentryApiError` for API failures). */
  error: Error | undefined;
  loading: boolean;
  /** Loads the page again (after a bulk action, say). */
  refetch: () => void;
  /** Cursor of the next page, to pass back as `cursor`; absent on the last page. */
  nextCursor: string | undefined;
  /** Cursor of the previous page; absent on the first page. */
  previousCursor: string | undefined;
  /** How many issues match on the server, for "select all matching". */
  hits: number | undefined;
  /** The response body as the API sent it. */
  raw: unknown;
}

const NO_ISSUES: Issue[] = [];
const NO_PROBLEMS: Problem[] = [];

function listParams(options: UseSentryIssuesOptions): ListIssuesParams | undefined {
  const { client: _client, enabled, keepPreviousData: _keep, organization, ...filters } = options;
  if (enabled === false || typeof organization !== 'string' || organization === '') return undefined;
  return { organization, ...filters };
}

/**
 * An organization's (or a project's) issues from the Sentry Web API, one page at a time. A new
 * query aborts the request before it; so does unmounting. Page with `nextCursor` as `cursor`.
 */
export function useSentryIssues(options: UseSentryIssuesOptions): UseSentryIssuesResult {
  const params = listParams(options);
  const { client } = options;
  // The key is the parameters' content, so a fresh options object each render fetches nothing new.
  const key = params === undefined ? undefined : JSON.stringify(params, Object.keys(params).sort());
  const { result, error, loading, refetch } = useSentryRequest<SentryPage<Issue>>(
    client,
    key,
    (signal) => {
      if (client === undefined || params === undefined) return Promise.reject(new TypeError('useSentryIssues: no client or organization'));
      return client.listIssues(params, { signal });
    },
    options.keepPreviousData !== false,
  );
  return {
    data: result?.data ?? NO_ISSUES,
    problems: result?.problems ?? NO_PROBLEMS,
    error,
    loading,
    refetch,
    nextCursor: result?.nextCursor,
    previousCursor: result?.previousCursor,
    hits: result?.hits,
    raw: result?.raw,
  };
}
