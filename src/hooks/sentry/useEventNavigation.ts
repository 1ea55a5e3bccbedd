import { useMemo } from 'react';
import type { Event, Problem } from '../../core/model';
import type { GetIssueEventParams, SentryCallOptions, SentryEventId, SentryResult } from '../../sentry';
import { useSentryRequest } from './useSentryRequest';

/** The call `useEventNavigation` makes: a `SentryClient` has it, and so can a host's own. */
export interface EventNavigationClient {
  getIssueEvent(params: GetIssueEventParams, options?: SentryCallOptions): Promise<SentryResult<Event>>;
}

/** Options of `useEventNavigation`. */
export interface UseEventNavigationOptions {
  /** The client to call; no request runs without one. Keep it stable (create it once). */
  client: EventNavigationClient | undefined;
  organization: string | undefined;
  issueId: string | undefined;
  /** The event to show: an id from the page's URL, or `latest` / `oldest` / `recommended`. @default "recommended" */
  eventId?: SentryEventId;
  /** Restricts the named events to these environments. @default every environment */
  environment?: string | readonly string[];
  /** Runs no request while `false`. @default true */
  enabled?: boolean;
}

/** Where each navigation button leads; `undefined` where there is nothing to go to. */
export interface EventNavigationTargets {
  oldest: SentryEventId | undefined;
  older: string | undefined;
  newer: string | undefined;
  latest: SentryEventId | undefined;
  recommended: SentryEventId;
}

/** What `useEventNavigation` gives: the event for EventView, and `EventNavigation`'s props. */
export interface UseEventNavigationResult {
  /** The event shown; `undefined` until it arrives and while another one loads. */
  event: Event | undefined;
  problems: Problem[];
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
  /** The event's own id, once loaded (a named event such as `latest` resolves to one). */
  eventId: string | undefined;
  /** Which named event was asked for, when one was. */
  selected: 'latest' | 'oldest' | 'recommended' | undefined;
  targets: EventNavigationTargets;
}

const NAMED = new Set(['latest', 'oldest', 'recommended']);
const NO_PROBLEMS: Problem[] = [];

/** The issue's event before or after this one; reads the raw body too, for a normalizer without the fields. */
function neighbour(event: Event | undefined, raw: unknown, field: 'previousEventId' | 'nextEventId', wire: string): string | undefined {
  const value = (event as Record<string, unknown> | undefined)?.[field] ?? (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[wire] : undefined);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * One event of an issue and where its neighbours are, for `EventNavigation`: older and newer
 * are the event's `previousEventID` / `nextEventID`; oldest and latest are offered only when
 * there is an event before or after this one. A new event id aborts the request before it.
 */
export function useEventNavigation(options: UseEventNavigationOptions): UseEventNavigationResult {
  const { client, organization, issueId, eventId = 'recommended', environment, enabled } = options;
  const params: GetIssueEventParams | undefined = enabled === false || !organization || !issueId || !eventId ? undefined : { organization, issueId, eventId, environment };
  const key = params === undefined ? undefined : JSON.stringify([organization, issueId, eventId, environment ?? null]);
  const { result, error, loading, refetch } = useSentryRequest<SentryResult<Event>>(
    client,
    key,
    (signal) => {
      if (client === undefined || params === undefined) return Promise.reject(new TypeError('useEventNavigation: no client, organization or issue'));
      return client.getIssueEvent(params, { signal });
    },
    false,
  );
  const event = result?.data;
  const raw = result?.raw;
  return useMemo(() => {
    const older = neighbour(event, raw, 'previousEventId', 'previousEventID');
    const newer = neighbour(event, raw, 'nextEventId', 'nextEventID');
    const selected = NAMED.has(eventId) ? (eventId as UseEventNavigationResult['selected']) : undefined;
    // Before the event arrives nothing is known of its neighbours: every named target stays on.
    const known = event !== undefined;
    return {
      event,
      problems: result?.problems ?? NO_PROBLEMS,
      error,
      loading,
      refetch,
      eventId: event?.eventId ?? (selected ? undefined : eventId),
      selected,
      targets: {
        oldest: known && older === undefined ? undefined : 'oldest',
        older,
        newer,
        latest: known && newer === undefined ? undefined : 'latest',
        recommended: 'recommended',
      },
    };
  }, [event, raw, result?.problems, error, loading, refetch, eventId]);
}
