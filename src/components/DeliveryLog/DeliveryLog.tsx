import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useMemo } from 'react';
import type { AlertDelivery, AlertRule, DeliveryStatus } from '../../core/alerts';
import { useControllableState } from '../../hooks/useControllableState';
import { cx } from '../cx';
import { EmptyState, ErrorState, LoadingState } from '../StateBlocks';
import { DeliveryLogRow } from './DeliveryRow';
import { deliveryLogMessages as messages } from './messages';

/** Props of `DeliveryLog`. */
export interface DeliveryLogProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Attempts, newest first (from `useDeliveryLog`, or `normalizeDeliveryList`). */
  deliveries: readonly AlertDelivery[];
  /** Rules for the rule filter and for names the log lacks. @default the rules named in the log */
  rules?: readonly Pick<AlertRule, 'id' | 'name'>[];
  /** The rule filter (a rule id, or `''` for all). Controlled with `onRuleFilterChange`. */
  ruleFilter?: string;
  /** @default "" */
  defaultRuleFilter?: string;
  onRuleFilterChange?: (ruleId: string) => void;
  /** The status filter (`''` for all). Controlled with `onStatusFilterChange`. */
  statusFilter?: DeliveryStatus | '';
  /** @default "" */
  defaultStatusFilter?: DeliveryStatus | '';
  onStatusFilterChange?: (status: DeliveryStatus | '') => void;
  /** Shows "Refresh", which calls this. @default no button */
  onRefresh?: () => void;
  /** Shows the loading state while there are no attempts yet. @default false */
  loading?: boolean;
  /** Why the log could not be loaded. @default none */
  error?: Error | string;
  /** Content when nothing was sent. @default a sentence */
  empty?: ReactNode;
  now?: Date | number;
}

const STATUSES: DeliveryStatus[] = ['success', 'failed', 'pending'];

/**
 * Every attempt to post to a receiver: when, for which rule, the action and its (masked)
 * receiver, the status code, duration, attempt number and the receiver's answer, expandable.
 * Filters by rule and status apply here; pass them to `useDeliveryLog` to filter on the server.
 */
export const DeliveryLog = /* @__PURE__ */ forwardRef<HTMLDivElement, DeliveryLogProps>(function DeliveryLog(
  {
    deliveries,
    rules,
    ruleFilter,
    defaultRuleFilter = '',
    onRuleFilterChange,
    statusFilter,
    defaultStatusFilter = '',
    onStatusFilterChange,
    onRefresh,
    loading = false,
    error,
    empty,
    now,
    className,
    ...rest
  },
  ref,
) {
  const id = useId();
  const [rule, setRule] = useControllableState({ value: ruleFilter, defaultValue: defaultRuleFilter, onChange: onRuleFilterChange });
  const [status, setStatus] = useControllableState<DeliveryStatus | ''>({ value: statusFilter, defaultValue: defaultStatusFilter, onChange: onStatusFilterChange });
  const ruleNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const delivery of deliveries) if (delivery.ruleId !== undefined && delivery.ruleName !== undefined) names.set(delivery.ruleId, delivery.ruleName);
    for (const item of rules ?? []) names.set(item.id, item.name);
    return names;
  }, [deliveries, rules]);
  const shown = deliveries.filter((delivery) => (rule === '' || delivery.ruleId === rule) && (status === '' || delivery.status === status));

  const state = error !== undefined ? 'error' : shown.length > 0 ? 'ready' : loading ? 'loading' : 'empty';
  let body: ReactNode;
  if (state === 'error') {
    body = (
      <ErrorState onRetry={onRefresh} retryLabel={messages.retry}>
        <p>{messages.error(typeof error === 'string' ? error : (error?.message ?? ''))}</p>
      </ErrorState>
    );
  } else if (state === 'loading') {
    body = <LoadingState>{messages.loading}</LoadingState>;
  } else if (state === 'empty') {
    body = <EmptyState>{deliveries.length > 0 ? <p>{messages.emptyFiltered}</p> : (empty ?? <p>{messages.empty}</p>)}</EmptyState>;
  } else {
    body = (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to be scrolled by keyboard
      <section data-slot="scroll" aria-label={messages.label} tabIndex={0}>
        <table aria-label={messages.label} aria-busy={loading || undefined}>
          <thead>
            <tr>
              {Object.values(messages.columns).map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((delivery) => (
              <DeliveryLogRow key={delivery.id} delivery={delivery} ruleNames={ruleNames} now={now} />
            ))}
          </tbody>
        </table>
      </section>
    );
  }

  return (
    <div {...rest} ref={ref} className={cx('fl fl-delivery-log', className)} data-state={state}>
      <div data-slot="filters">
        <label htmlFor={`${id}-rule`}>{messages.filterRule}</label>
        <select id={`${id}-rule`} className="fl-input" value={rule} onChange={(event) => setRule(event.target.value)}>
          <option value="">{messages.allRules}</option>
          {[...ruleNames].map(([ruleId, name]) => (
            <option key={ruleId} value={ruleId}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-status`}>{messages.filterStatus}</label>
        <select id={`${id}-status`} className="fl-input" value={status} onChange={(event) => setStatus(event.target.value as DeliveryStatus | '')}>
          <option value="">{messages.allStatuses}</option>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {messages.status[value]}
            </option>
          ))}
        </select>
        {onRefresh && state !== 'error' && (
          <button type="button" className="fl-button" onClick={onRefresh}>
            {messages.refresh}
          </button>
        )}
      </div>
      {body}
    </div>
  );
});
