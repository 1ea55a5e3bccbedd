import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AlertDelivery } from '../../core/alerts';
import { ReceiverBadge } from '../AlertRuleList/ReceiverBadge';
import { cx } from '../cx';
import { RelativeTime } from '../RelativeTime';
import { deliveryLogMessages as messages } from './messages';

/** Props of `DeliveryLogRow`. */
export interface DeliveryLogRowProps extends Omit<ComponentPropsWithoutRef<'tr'>, 'children'> {
  delivery: AlertDelivery;
  /** Rule names by id, for attempts whose answer lacks one. @default none */
  ruleNames?: ReadonlyMap<string, string>;
  now?: Date | number;
}

/** One attempt: time, rule, action, masked receiver, status code, duration, attempt, response. */
export const DeliveryLogRow = /* @__PURE__ */ forwardRef<HTMLTableRowElement, DeliveryLogRowProps>(function DeliveryLogRow(
  { delivery, ruleNames, now, className, ...rest },
  ref,
) {
  const rule = delivery.test ? messages.testRule : (delivery.ruleName ?? (delivery.ruleId === undefined ? undefined : ruleNames?.get(delivery.ruleId)) ?? messages.unknownRule);
  const response = delivery.responseExcerpt ?? delivery.error;
  return (
    <tr {...rest} ref={ref} className={cx('fl-delivery-row', className)} data-status={delivery.status} data-test={delivery.test || undefined}>
      <td data-slot="time">
        <RelativeTime date={delivery.dateCreated} now={now} />
      </td>
      <th scope="row" data-slot="rule">
        {rule}
      </th>
      <td data-slot="action">
        <ReceiverBadge receiver={delivery.action} />
      </td>
      <td data-slot="receiver">
        <code>{delivery.receiver}</code>
      </td>
      <td data-slot="status">
        <span className="fl-delivery-status" data-status={delivery.status}>
          {messages.status[delivery.status]}
        </span>{' '}
        <span data-slot="code">{messages.code(delivery.statusCode)}</span>
      </td>
      <td data-slot="duration">{messages.duration(delivery.durationMs)}</td>
      <td data-slot="attempt">{messages.attempt(delivery.attempt, delivery.final)}</td>
      <td data-slot="response">
        {response === undefined ? (
          messages.noResponse
        ) : (
          <details>
            <summary>{messages.showResponse}</summary>
            <pre>{response}</pre>
          </details>
        )}
      </td>
    </tr>
  );
});
