import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type Event, formatLogMessage } from '../../core';
import { cx } from '../cx';
import { KeyValueList, SecretText } from '../KeyValueList';

/** Props of `EventMessage`. */
export interface EventMessageProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The event's message. */
  message: NonNullable<Event['message']>;
}

/** The event's logged message: the text, then the format string and parameters it was made from. */
export const EventMessage = /* @__PURE__ */ forwardRef<HTMLDivElement, EventMessageProps>(function EventMessage({ message, className, ...rest }, ref) {
  // Relay masks card numbers and bearer tokens in a formatted message (not the whole of it):
  // just those spans are masked, the rest of the line reads as logged.
  const text = formatLogMessage(message);
  const params = message.params;
  const paramRows = Array.isArray(params)
    ? params.map((value, i) => ({ key: `param.${i}`, label: `#${i + 1}`, value }))
    : Object.entries(params ?? {}).map(([name, value]) => ({ key: `param.${name}`, label: name, value }));
  return (
    <div {...rest} ref={ref} className={cx('fl-event-message', className)}>
      <pre data-slot="message-text">
        <SecretText text={text} />
      </pre>
      {message.message !== undefined && message.message !== text && (
        <p data-slot="message-format">
          Format:{' '}
          <code>
            <SecretText text={message.message} />
          </code>
        </p>
      )}
      {paramRows.length > 0 && (
        <>
          <p data-slot="message-params">Parameters</p>
          <KeyValueList rows={paramRows} />
        </>
      )}
    </div>
  );
});
