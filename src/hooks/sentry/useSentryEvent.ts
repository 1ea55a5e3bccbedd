import type { Event, Problem } from '../../core/model';
import type { GetIssueEventParams, SentryClient, SentryEventId, SentryResult } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** Options of `useSentryEvent`: which event of which issue. */
export interface UseSentryEventOptions {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: SentryClient | undefined;
  organization: string | undefined;
  issueId: string | undefined;
  /** `latest`, `oldest`, `recommended` or an event id. @default "latest" */
  eventId?: SentryEventId;
  /** Restricts the named events to these environments. @default every environment */
  environment?: string | readonly string[];
  /** Runs no request while `false`. @default true */
  enabled?: boolean;
}

/** What `useSentryEvent` gives: the event for EventView's `event` prop, and its state. */
export interface UseSentryEventResult {
  /** The canonical event; `undefined` until it arrives and while another issue's event loads. */
  data: Event | undefined;
  /** What the normalizer repaired or dropped in the answer. */
  problems: Problem[];
  /** Why the last request failed (a `SentryApiError` for API failures; `status` 404 for no event). */
  error: Error | undefined;
  loading: boolean;
  /** Loads the event again (`latest` may have changed). */
  refetch: () => void;
  /** The response body as the API sent it. */
  raw: unknown;
}

const NO_PROBLEMS: Problem[] = [];

/**
 * One event of an issue from the Sentry Web API, whole. A different issue or event aborts the
 * request before it, and the old event is not shown under the new issue's header.
 */
export function useSentryEvent(options: UseSentryEventOptions): UseSentryEventResult {
  const { client, organization, issueId, eventId = 'latest', environment, enabled } = options;
  const params: GetIssueEventParams | undefined =
    enabled === false || !organization || !issueId || !eventId ? undefined : { organization, issueId, eventId, environment };
  const key = params === undefined ? undefined : JSON.stringify([organization, issueId, eventId, environment ?? null]);
  const { result, error, loading, refetch } = useSentryRequest<SentryResult<Event>>(
    client,
    key,
    (signal) => {
      if (client === undefined || params === undefined) return Promise.reject(new TypeError('useSentryEvent: no client, organization or issue'));
      return client.getIssueEvent(params, { signal });
    },
    false,
  );
  return { data: result?.data, problems: result?.problems ?? NO_PROBLEMS, error, loading, refetch, raw: result?.raw };
}
