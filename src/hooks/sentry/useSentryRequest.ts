import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of a request a Sentry hook runs for its current parameters. */
export interface SentryRequestState<T> {
  /** The last result for these parameters (or, with `keepPrevious`, for the ones before). */
  result: T | undefined;
  /** Why the last request failed: a `SentryApiError` for API failures, a `TypeError` for bad parameters. */
  error: Error | undefined;
  /** Whether a request for the current parameters is on its way. */
  loading: boolean;
  /** Runs the request again with the same parameters. */
  refetch: () => void;
}

interface Settled<T> {
  key: string | undefined;
  result: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

// Clients are compared by identity; a number per client lets the request key be a string. Any
// object with the calls a hook makes will do, so a host's own client or a test double fits.
const clientIds = new WeakMap<object, number>();
let nextClientId = 1;

function clientKey(client: object): number {
  let id = clientIds.get(client);
  if (id === undefined) {
    id = nextClientId++;
    clientIds.set(client, id);
  }
  return id;
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/**
 * Runs `load` whenever the client or `paramsKey` changes (`undefined` turns it off), aborting
 * the request before it on a new key, on `refetch` and on unmount, so a slow old answer never
 * overwrites a newer one. `load` may be a new function every render (it is read when the
 * request starts); the client's identity and the key decide when to run it.
 */
export function useSentryRequest<T>(
  client: object | undefined,
  paramsKey: string | undefined,
  load: (signal: AbortSignal) => Promise<T>,
  keepPrevious: boolean,
): SentryRequestState<T> {
  const [state, setState] = useState<Settled<T>>({ key: undefined, result: undefined, error: undefined, loading: false });
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const requestKey = client === undefined || paramsKey === undefined ? undefined : `${clientKey(client)}|${paramsKey}`;
  const fetchKey = requestKey === undefined ? undefined : `${generation}#${requestKey}`;

  useEffect(() => {
    if (fetchKey === undefined) return;
    const key = fetchKey.slice(fetchKey.indexOf('#') + 1);
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    loadRef.current(controller.signal).then(
      (result) => {
        if (!controller.signal.aborted) setState({ key, result, error: undefined, loading: false });
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({
          key,
          result: previous.key === key || keepPrevious ? previous.result : undefined,
          error: toError(reason),
          loading: false,
        }));
      },
    );
    return () => controller.abort();
  }, [fetchKey, keepPrevious]);

  const refetch = useCallback(() => setGeneration((value) => value + 1), []);
  // Derived during render, so the frame right after a key change already says "loading" and
  // shows no answer that belongs to the old key (unless asked to keep it).
  const isCurrent = requestKey !== undefined && state.key === requestKey;
  return {
    result: isCurrent || (keepPrevious && requestKey !== undefined) ? state.result : undefined,
    error: isCurrent ? state.error : undefined,
    loading: requestKey !== undefined && (!isCurrent || state.loading),
    refetch,
  };
}
