import { useEffect } from 'react';
import type { AlertDelivery, DeliveryStatus } from '../../core/alerts';
import type { SentryClient, SentryPage } from '../../sentry';
import { useSentryRequest } from '../sentry/useSentryRequest';

/** Options of `useDeliveryLog`. */
export interface UseDeliveryLogOptions {
  /** The client to call; no request runs without one. Keep it stable. */
  client: SentryClient | undefined;
  organization: string;
  project: string;
  /** Only this rule's attempts. @default every rule */
  ruleId?: string;
  /** Only attempts that ended so. @default every status */
  status?: DeliveryStatus;
  /** Reloads every this many ms while the page is visible; 0 turns polling off. @default 0 */
  pollInterval?: number;
}

/** The delivery log and its state. */
export interface UseDeliveryLogResult {
  deliveries: AlertDelivery[];
  error: Error | undefined;
  loading: boolean;
  /** Loads the log again now. */
  refresh: () => void;
}

const NONE: AlertDelivery[] = [];

/**
 * The delivery log of a project (or one rule), newest first. With `pollInterval` it reloads on
 * its own while the document is visible, so a retry's later attempts show up without a click.
 */
export function useDeliveryLog({ client, organization, project, ruleId, status, pollInterval = 0 }: UseDeliveryLogOptions): UseDeliveryLogResult {
  const key = organization === '' || project === '' ? undefined : JSON.stringify([organization, project, ruleId ?? null, status ?? null]);
  const { result, error, loading, refetch } = useSentryRequest<SentryPage<AlertDelivery>>(
    client,
    key,
    (signal) => {
      if (client === undefined) return Promise.reject(new TypeError('useDeliveryLog: no client'));
      return client.listAlertDeliveries({ organization, project, ruleId, status }, { signal });
    },
    true,
  );

  useEffect(() => {
    if (!(pollInterval > 0) || key === undefined) return;
    const timer = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') refetch();
    }, pollInterval);
    return () => clearInterval(timer);
  }, [pollInterval, key, refetch]);

  return { deliveries: result?.data ?? NONE, error, loading, refresh: refetch };
}
