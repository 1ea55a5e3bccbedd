import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AlertActionKind } from '../../core/alerts';
import { cx } from '../cx';
import { alertWords } from './messages';

/** Props of `ReceiverBadge`. */
export interface ReceiverBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  receiver: AlertActionKind | 'unknown';
}

/** A receiver's name as a small badge, `data-receiver` set for per-receiver styling. */
export const ReceiverBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, ReceiverBadgeProps>(function ReceiverBadge({ receiver, className, ...rest }, ref) {
  return (
    <span {...rest} ref={ref} className={cx('fl-receiver-badge', className)} data-receiver={receiver}>
      {alertWords.receivers[receiver] ?? alertWords.receivers.unknown}
    </span>
  );
});
