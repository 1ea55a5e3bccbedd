import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { cx } from '../cx';
import { messages } from './messages';

/** What the built-in mask shows for a value that is a secret as a whole. */
export const MASK_DOTS = '••••••••';

/** Props of `MaskedValue`. */
export interface MaskedValueProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children' | 'hidden'> {
  /** Name of the value, for the button's accessible name: "Reveal password". */
  label: string;
  /** What shows while hidden: a value with `[Masked]` parts; absent shows the dots. */
  hidden?: ReactNode;
  /** The original value, shown once revealed. */
  shown: ReactNode;
  /** Whether the original shows now. */
  revealed: boolean;
  /** Called to show or hide the original; absent means no Reveal button. */
  onRevealedChange?: (revealed: boolean) => void;
  /** Extra props for the button, such as `useContexts`' prop getter output. */
  buttonProps?: Record<string, unknown>;
  /** Whether the visible "Masked by Faultline" marker shows; inline spans in a title leave it to the name. @default true */
  marker?: boolean;
}

/**
 * A value Faultline masked (by Relay's default rules), marked apart from Sentry's own
 * `[Filtered]` (`FilteredValue`): `data-masked="kit"`, "Masked by Faultline" as its accessible
 * name until revealed and as the description of its Reveal button, so a reader knows the
 * original is still here and who hid it.
 */
export const MaskedValue = /* @__PURE__ */ forwardRef<HTMLSpanElement, MaskedValueProps>(function MaskedValue(
  { label, hidden, shown, revealed, onRevealedChange, buttonProps, marker = true, className, ...rest },
  ref,
) {
  const noteId = useId();
  return (
    <span
      {...rest}
      ref={ref}
      role="note"
      aria-label={revealed ? messages.revealedValue(label) : messages.maskedByFaultline}
      className={cx('fl-masked-value', className)}
      data-slot="masked-value"
      data-masked="kit"
      data-state={revealed ? 'revealed' : 'hidden'}
    >
      {revealed ? (
        shown
      ) : hidden === undefined ? (
        <>
          <span aria-hidden="true">{MASK_DOTS}</span>
          <span className="fl-visually-hidden">{messages.hiddenValue}</span>
        </>
      ) : (
        hidden
      )}
      {/* Without the visible marker the button still needs its description. */}
      <span id={noteId} data-slot="masked-marker" className={marker ? undefined : 'fl-visually-hidden'}>
        {messages.maskedByFaultline}
      </span>
      {onRevealedChange && (
        <button
          type="button"
          className="fl-button"
          data-slot="reveal"
          aria-pressed={revealed}
          aria-label={revealed ? messages.hideLabel(label) : messages.revealLabel(label)}
          onClick={() => onRevealedChange(!revealed)}
          {...buttonProps}
          aria-describedby={noteId}
        >
          {revealed ? messages.hide : messages.reveal}
        </button>
      )}
    </span>
  );
});
