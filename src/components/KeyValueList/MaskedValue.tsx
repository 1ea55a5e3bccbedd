import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { cx } from '../cx';

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
}

/**
 * A value Faultline masked (by Relay's default rules), marked apart from Sentry's own
 * `[Filtered]`: `data-masked="kit"` and "Masked by Faultline" as the accessible description of
 * its Reveal button, so a reader knows the original is still here and who hid it.
 */
export const MaskedValue = /* @__PURE__ */ forwardRef<HTMLSpanElement, MaskedValueProps>(function MaskedValue(
  { label, hidden, shown, revealed, onRevealedChange, buttonProps, className, ...rest },
  ref,
) {
  const noteId = useId();
  return (
    <span
      {...rest}
      ref={ref}
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
          <span className="fl-visually-hidden">hidden value</span>
        </>
      ) : (
        hidden
      )}
      <span id={noteId} data-slot="masked-marker">
        Masked by Faultline
      </span>
      {onRevealedChange && (
        <button
          type="button"
          className="fl-button"
          data-slot="reveal"
          aria-pressed={revealed}
          aria-label={`${revealed ? 'Hide' : 'Reveal'} ${label}`}
          onClick={() => onRevealedChange(!revealed)}
          {...buttonProps}
          aria-describedby={noteId}
        >
          {revealed ? 'Hide' : 'Reveal'}
        </button>
      )}
    </span>
  );
});
