import { type Event, formatLogMessage } from '../../core';
import { KeyValueList } from '../KeyValueList';

/** The event's logged message: the text, then the format string and parameters it was made from. */
export function EventMessage({ message }: { message: NonNullable<Event['message']> }) {
  const text = formatLogMessage(message);
  const params = message.params;
  const paramRows = Array.isArray(params)
    ? params.map((value, i) => ({ key: `param.${i}`, label: `#${i + 1}`, value }))
    : Object.entries(params ?? {}).map(([name, value]) => ({ key: `param.${name}`, label: name, value }));
  return (
    <div className="fl-event-message">
      <pre data-slot="message-text">{text}</pre>
      {message.message !== undefined && message.message !== text && (
        <p data-slot="message-format">
          Format: <code>{message.message}</code>
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
}
