import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { useCopy } from '../../hooks/useCopy';
import { cx } from '../cx';

/** Props of `CopyButton`. */
export interface CopyButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onCopy'> {
  /** The text to copy, or a function that makes it when clicked (for large reports). */
  text: string | (() => string);
  /** Button label. @default "Copy" */
  children?: ReactNode;
  /** Called after a successful copy. */
  onCopied?: (text: string) => void;
}

const STATUS = { idle: '', copied: 'Copied', failed: 'Copy failed' } as const;

/** A button that copies text to the clipboard and says whether it worked. */
export const CopyButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton({ text, children = 'Copy', onCopied, className, onClick, ...rest }: CopyButtonProps, ref) {
  const { state, copy } = useCopy();
  return (
    <button
      type="button"
      {...rest}
      ref={ref}
      className={cx('fl fl-button fl-copy-button', className)}
      data-state={state}
      onClick={async (event) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        const value = typeof text === 'function' ? text() : text;
        await copy(value);
        onCopied?.(value);
      }}
    >
      {children}
      <span role="status" data-slot="copy-status">
        {STATUS[state]}
      </span>
    </button>
  );
});
