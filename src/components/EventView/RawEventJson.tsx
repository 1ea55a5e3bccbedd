import { type ComponentPropsWithoutRef, forwardRef, useState } from 'react';
import { cx } from '../cx';
import { type Event, maskValue } from '../../core';
import { CopyButton } from '../CopyButton';

/** Props of `RawEventJson`. */
export interface RawEventJsonProps extends Omit<ComponentPropsWithoutRef<'details'>, 'children'> {
  /** The event as it was given. */
  input: unknown;
  /** The canonical event it became. */
  event: Event;
}

// Past this the text is built only on request: a 5 MB event should not stall the page.
const PREVIEW_CHARS = 100_000;

// Secrets are masked here as in every export: this text is meant for copying.
function toJson(value: unknown): string {
  try {
    return JSON.stringify(maskValue(value), null, 2) ?? String(value);
  } catch (error) {
    return `(cannot be shown as JSON: ${(error as Error).message})`;
  }
}

/**
 * The event as JSON, as sent or as normalized, collapsed until opened: everything the SDK sent
 * is here, whether or not another section shows it.
 */
export const RawEventJson = /* @__PURE__ */ forwardRef<HTMLDetailsElement, RawEventJsonProps>(function RawEventJson({ input, event, className, onToggle, ...rest }: RawEventJsonProps, ref) {
  const [open, setOpen] = useState(false);
  const [which, setWhich] = useState<'input' | 'canonical'>('input');
  const [full, setFull] = useState(false);
  const text = open ? toJson(which === 'input' ? input : event) : '';
  const shown = full || text.length <= PREVIEW_CHARS ? text : text.slice(0, PREVIEW_CHARS);
  return (
    <details
      {...rest}
      ref={ref}
      className={cx('fl-raw-json', className)}
      onToggle={(e) => {
        onToggle?.(e);
        setOpen(e.currentTarget.open);
      }}
    >
      <summary>Show the event as JSON</summary>
      <p data-slot="raw-note">Secrets are masked as [Masked]; reveal one in the section that shows it.</p>
      {open && (
        <>
          <fieldset data-slot="raw-toolbar">
            <legend className="fl-visually-hidden">JSON to show</legend>
            <button type="button" className="fl-button" aria-pressed={which === 'input'} onClick={() => setWhich('input')}>
              As sent
            </button>
            <button type="button" className="fl-button" aria-pressed={which === 'canonical'} onClick={() => setWhich('canonical')}>
              Normalized
            </button>
            <CopyButton text={() => toJson(which === 'input' ? input : event)}>Copy JSON</CopyButton>
          </fieldset>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling code must be reachable by keyboard */}
          <section tabIndex={0} data-slot="raw-scroller" aria-label={which === 'input' ? 'Event JSON as sent' : 'Normalized event JSON'}>
            <pre>{shown}</pre>
          </section>
          {shown.length < text.length && (
            <button type="button" className="fl-button" onClick={() => setFull(true)}>
              Show all {text.length.toLocaleString('en-US')} characters
            </button>
          )}
        </>
      )}
    </details>
  );
});
