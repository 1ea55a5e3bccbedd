import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';

/** One line of source code with its number. */
export interface CodeLine {
  /** 1-based line number. */
  number: number;
  /** The text of the line. */
  text: string;
  /** Whether this is the line the frame points at. */
  current?: boolean;
}

/** Props of `CodeFrame`. */
export interface CodeFrameProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The lines to show, in order. */
  lines: readonly CodeLine[];
  /** Accessible name of the code block, such as the file name. */
  label?: string;
  /** Text when there are no lines. @default "No source code available" */
  empty?: string;
}

/**
 * Source lines with their numbers, the current (crashing) line marked. Text is rendered as
 * text, never as markup, so hostile source stays inert.
 */
export const CodeFrame = /* @__PURE__ */ forwardRef<HTMLDivElement, CodeFrameProps>(function CodeFrame({ lines, label, empty = 'No source code available', className, ...rest }: CodeFrameProps, ref) {
  if (lines.length === 0) {
    return (
      <div {...rest} ref={ref} className={cx('fl fl-code-frame', className)} data-state="empty">
        {empty}
      </div>
    );
  }
  return (
    <div {...rest} ref={ref} className={cx('fl fl-code-frame', className)}>
      <ol start={lines[0]?.number} data-slot="code-lines" aria-label={label ?? 'Source code'}>
        {lines.map((line) => (
          <li
            key={line.number}
            value={line.number}
            data-current={line.current ? '' : undefined}
            aria-current={line.current ? 'true' : undefined}
          >
            <code>{line.text === '' ? ' ' : line.text}</code>
          </li>
        ))}
      </ol>
    </div>
  );
});
