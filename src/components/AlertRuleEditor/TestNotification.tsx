import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AlertTestState } from '../../hooks/alerts';
import { cx } from '../cx';
import { alertWords } from '../AlertRuleList/messages';
import { alertRuleEditorMessages as messages } from './messages';

/** Props of `AlertTestNotification`. */
export interface AlertTestNotificationProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  test: AlertTestState;
  onSend: () => void;
  /** Disables the button (no actions yet). @default false */
  disabled?: boolean;
}

/** "Send a test notification" and, in a live region, what each receiver answered. */
export const AlertTestNotification = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertTestNotificationProps>(function AlertTestNotification(
  { test, onSend, disabled = false, className, ...rest },
  ref,
) {
  const sending = test.state === 'sending';
  return (
    <div {...rest} ref={ref} className={cx('fl-alert-test', className)} data-state={test.state}>
      <button type="button" className="fl-button" onClick={onSend} disabled={disabled || sending} aria-disabled={sending || undefined}>
        {messages.sendTest}
      </button>
      <div role="status" data-slot="result">
        {sending && <p>{messages.sendingTest}</p>}
        {test.state === 'error' && <p data-tone="danger">{messages.testFailed(test.error.message)}</p>}
        {test.state === 'done' && test.deliveries.length === 0 && <p>{messages.testNone}</p>}
        {test.state === 'done' && test.deliveries.length > 0 && (
          <ul>
            {test.deliveries.map((delivery) => (
              <li key={delivery.id} data-status={delivery.status}>
                {messages.testResult(alertWords.receivers[delivery.action], messages.testOutcome(delivery.status, delivery.statusCode, delivery.durationMs))}
                {delivery.error && <span data-slot="excerpt">{delivery.error}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
