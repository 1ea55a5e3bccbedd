import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { StackTraceState } from '../../hooks/useStackTrace';
import { CopyButton } from '../CopyButton';
import { cx } from '../cx';

/** What the view shows: the folded frames or the trace as plain text. */
export type StackTraceViewMode = 'frames' | 'raw';

/** What the toolbar reads from `useStackTrace`: not the rows, which can be 10,000 long. */
export type StackTraceToolbarState = Pick<
  StackTraceState,
  'threads' | 'appOnly' | 'hasInAppFrames' | 'order' | 'raw' | 'getMarkdown' | 'setAppOnly' | 'setOrder' | 'getThreadSelectProps'
>;

/** Props of `StackTraceToolbar`. */
export interface StackTraceToolbarProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  /** The toolbar's part of the state from `useStackTrace`. */
  state: StackTraceToolbarState;
  /** Frames or raw text. */
  mode: StackTraceViewMode;
  /** Called when the raw switch is pressed. */
  onModeChange: (mode: StackTraceViewMode) => void;
}

function Choice<T extends string | boolean>({
  label,
  value,
  options,
  onChange,
  unavailable,
}: {
  label: string;
  value: T;
  options: readonly [T, string][];
  onChange: (value: T) => void;
  /** An option that cannot apply now, and why. */
  unavailable?: { option: T; reason: string };
}) {
  const reasonId = useId();
  return (
    <fieldset data-slot="segmented">
      <legend className="fl-visually-hidden">{label}</legend>
      {options.map(([option, text]) => {
        // aria-disabled, not disabled: the button stays focusable so its reason can be read.
        const off = unavailable?.option === option;
        return (
          <button
            key={text}
            type="button"
            className="fl-button"
            aria-pressed={value === option}
            aria-disabled={off || undefined}
            aria-describedby={off ? reasonId : undefined}
            title={off ? unavailable.reason : undefined}
            onClick={off ? undefined : () => onChange(option)}
          >
            {text}
          </button>
        );
      })}
      {unavailable !== undefined && (
        <span id={reasonId} className="fl-visually-hidden">
          {unavailable.reason}
        </span>
      )}
    </fieldset>
  );
}

const NO_APP_FRAMES = { option: true, reason: 'No frame is marked as the app’s own code, so the full trace is shown.' } as const;

const FRAME_CHOICES = [
  [true, 'App frames'],
  [false, 'Full'],
] as const satisfies readonly [boolean, string][];
const ORDER_CHOICES = [
  ['newest-first', 'Newest first'],
  ['oldest-first', 'Oldest first'],
] as const satisfies readonly [string, string][];

/**
 * The stack trace's switches: thread picker, app frames only / full, newest / oldest first,
 * raw text, and copy as raw text or Markdown.
 */
export const StackTraceToolbar = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, StackTraceToolbarProps>(function StackTraceToolbar({ state, mode, onModeChange, className, ...rest }: StackTraceToolbarProps, ref) {
  const threadId = useId();
  return (
    <fieldset {...rest} ref={ref} className={cx('fl-st-toolbar', className)}>
      <legend className="fl-visually-hidden">Stack trace options</legend>
      {state.threads.length > 0 && (
        <span data-slot="thread-picker">
          <label htmlFor={threadId}>Thread</label>
          <select id={threadId} {...state.getThreadSelectProps()}>
            {state.threads.map((thread) => (
              <option key={thread.key} value={thread.key}>
                {thread.label.slice(0, 200)}
                {thread.thread.crashed === true ? ' (crashed)' : ''}
              </option>
            ))}
          </select>
        </span>
      )}
      {/* Without in-app frames nothing folds: say "Full", as the list shows, not the setting. */}
      <Choice
        label="Frames"
        value={state.appOnly && state.hasInAppFrames}
        options={FRAME_CHOICES}
        onChange={state.setAppOnly}
        unavailable={state.hasInAppFrames ? undefined : NO_APP_FRAMES}
      />
      <Choice label="Order" value={state.order} options={ORDER_CHOICES} onChange={state.setOrder} />
      <button type="button" className="fl-button" aria-pressed={mode === 'raw'} onClick={() => onModeChange(mode === 'raw' ? 'frames' : 'raw')}>
        Raw
      </button>
      <CopyButton text={() => state.raw}>Copy raw</CopyButton>
      <CopyButton text={state.getMarkdown}>Copy Markdown</CopyButton>
    </fieldset>
  );
});
