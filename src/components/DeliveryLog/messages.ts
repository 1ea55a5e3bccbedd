import type { DeliveryStatus } from '../../core/alerts';

/** Strings of `DeliveryLog`. */
export const deliveryLogMessages = {
  label: 'Delivery log',
  columns: { time: 'Time', rule: 'Rule', action: 'Action', receiver: 'Receiver', status: 'Status', duration: 'Duration', attempt: 'Attempt', response: 'Response' },
  filterRule: 'Rule',
  filterStatus: 'Status',
  allRules: 'All rules',
  allStatuses: 'All statuses',
  status: { success: 'Delivered', failed: 'Failed', pending: 'Sending' } satisfies Record<DeliveryStatus, string>,
  code: (code: number | undefined) => (code === undefined ? 'no answer' : `HTTP ${code}`),
  duration: (ms: number | undefined) => (ms === undefined ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`),
  attempt: (n: number, final: boolean) => (final ? `${n}` : `${n}, retry follows`),
  testRule: 'Test notification',
  unknownRule: 'Deleted rule',
  showResponse: 'Show response',
  noResponse: '—',
  refresh: 'Refresh',
  loading: 'Loading the delivery log…',
  empty: 'Nothing was sent yet. Deliveries show here as rules fire.',
  emptyFiltered: 'No delivery matches these filters.',
  error: (detail: string) => `Could not load the delivery log: ${detail}`,
  retry: 'Try again',
};
