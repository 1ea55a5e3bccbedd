import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import { describeScrubbing, type Event } from '../../core';
import { KeyValueList, type KeyValueRow } from '../KeyValueList';

/** Props of `EventData`. */
export interface EventDataProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The canonical event. */
  event: Event;
  /** Level of each part's heading. @default 4 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

// A key whose value is `undefined` says nothing: no row, rather than one reading "undefined".
const rowsOf = (record: Record<string, unknown>, prefix: string): KeyValueRow[] =>
  Object.entries(record).flatMap(([key, value]) => (value === undefined ? [] : [{ key: `${prefix}.${key}`, label: key, value }]));

/** Whether the event carries anything `EventData` shows. */
export function hasEventData(event: Event): boolean {
  return (
    (event.fingerprint?.length ?? 0) > 0 ||
    Object.keys(event.modules ?? {}).length > 0 ||
    (event.debugImages?.length ?? 0) > 0 ||
    (event.errors?.length ?? 0) > 0 ||
    Object.keys(event.meta ?? {}).length > 0 ||
    Object.values(event.extra ?? {}).some((value) => value !== undefined)
  );
}

/**
 * What an event carries beyond its trace, breadcrumbs and contexts: grouping fingerprint,
 * loaded modules, debug images, ingestion errors, Sentry's notes on trimmed and scrubbed
 * values, and top-level fields the model does not name, so nothing the SDK sent is out of sight.
 */
export const EventData = /* @__PURE__ */ forwardRef<HTMLDivElement, EventDataProps>(function EventData({ event, headingLevel = 4, className, ...rest }: EventDataProps, ref) {
  const Heading = `h${headingLevel}` as const;
  const modules = Object.entries(event.modules ?? {});
  const images = event.debugImages ?? [];
  const errors = event.errors ?? [];
  const annotations = Object.entries(event.meta ?? {});
  const other = event.extra ?? {};
  return (
    <div {...rest} ref={ref} className={cx('fl-event-data', className)}>
      {event.fingerprint && event.fingerprint.length > 0 && (
        <section aria-label="Fingerprint">
          <Heading>Fingerprint</Heading>
          <ul data-slot="fingerprint">
            {event.fingerprint.map((part, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: parts may repeat; their order is the fingerprint
              <li key={i}>
                <code>{part}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {errors.length > 0 && (
        <section aria-label="Processing errors">
          <Heading>Processing errors</Heading>
          <KeyValueList rows={errors.map((error, i) => ({ key: `error.${i}`, label: String(error.type ?? `Error ${i + 1}`), value: error }))} />
        </section>
      )}
      {modules.length > 0 && (
        <section aria-label="Modules">
          <Heading>Modules ({modules.length.toLocaleString('en-US')})</Heading>
          {/* A package name is no key: `cookie-parser` or `passport-auth` hold versions, not secrets. */}
          <KeyValueList rows={modules.map(([name, version]) => ({ key: `module.${name}`, label: name, value: version, masked: false }))} />
        </section>
      )}
      {images.length > 0 && (
        <section aria-label="Debug images">
          <Heading>Debug images ({images.length.toLocaleString('en-US')})</Heading>
          <KeyValueList
            rows={images.map((image, i) => ({
              key: `image.${i}`,
              label: image.codeFile?.split(/[\\/]/).pop() || image.debugId || `Image ${i + 1}`,
              value: image,
              // Relay leaves debug images alone too: file names like `libauth.so` name no secret.
              masked: false,
            }))}
          />
        </section>
      )}
      {annotations.length > 0 && (
        // Context rows and breadcrumbs mark their own; frames and messages have no marker, and
        // one list by path answers "what did Sentry change in this event?", so all are listed.
        <section aria-label="Trimmed and scrubbed values">
          <Heading>Trimmed and scrubbed values</Heading>
          <KeyValueList
            rows={annotations.map(([path, annotation]) => {
              const reason = describeScrubbing(annotation);
              // Notes by path (`request.cookies.sessionid`) hold lengths and rule names, not the values.
              return { key: `meta.${path}`, label: path, value: annotation, display: reason, masked: false };
            })}
          />
        </section>
      )}
      {Object.values(other).some((value) => value !== undefined) && (
        <section aria-label="Other fields">
          <Heading>Other fields</Heading>
          <KeyValueList rows={rowsOf(other, 'extra')} />
        </section>
      )}
    </div>
  );
});
