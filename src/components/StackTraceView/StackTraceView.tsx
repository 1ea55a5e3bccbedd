import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import { omittedExceptionsNote } from '../../core/stacktrace/exceptionChain';
import { useControllableState } from '../../hooks/useControllableState';
import { type UseStackTraceOptions, useStackTrace } from '../../hooks/useStackTrace';
import { cx } from '../cx';
import { type OptionNames, splitProps } from '../splitProps';
import { ProblemsNotice } from '../ProblemsNotice';
import { TrimNotice } from '../TrimNotice';
import { type StackTraceHeadingLevel, StackTraceBlock } from './Block';
import { StackTraceSectionContext } from './sectionContext';
import type { GetSourceLink } from './Frame';
import { StackTraceToolbar, type StackTraceViewMode } from './Toolbar';

/** Props of `StackTraceView`. */
export interface StackTraceViewProps
  extends UseStackTraceOptions,
    Omit<ComponentPropsWithoutRef<'section'>, 'children' | keyof UseStackTraceOptions> {
  /** The event: raw Sentry JSON in any shape, or the canonical model. */
  event: unknown;
  /** URL of a frame in the host's code browser; only `http:` / `https:` URLs become links. */
  getSourceLink?: GetSourceLink;
  /** Frames or raw text (controlled). */
  mode?: StackTraceViewMode;
  /** Initial mode when uncontrolled. @default 'frames' */
  defaultMode?: StackTraceViewMode;
  /** Called when the raw switch is pressed. */
  onModeChange?: (mode: StackTraceViewMode) => void;
  /** Level of each exception's heading. @default 3 */
  headingLevel?: StackTraceHeadingLevel;
  /** Shown when the event has no exception, threads or stack trace. @default "This event has no stack trace…" */
  empty?: ReactNode;
  /** Rows of one trace above which its frame list is virtualized. @default 150 */
  virtualizeAfter?: number;
}

const DEFAULT_EMPTY = 'This event has no stack trace: no exception, thread or stack trace was sent with it.';

// The hook's options, forwarded as they are; the rest of the props go to the root.
const STACK_TRACE_OPTIONS: OptionNames<UseStackTraceOptions> = {
  order: true,
  defaultOrder: true,
  onOrderChange: true,
  appOnly: true,
  defaultAppOnly: true,
  onAppOnlyChange: true,
  expanded: true,
  defaultExpanded: true,
  onExpandedChange: true,
  selectedThread: true,
  defaultSelectedThread: true,
  onSelectedThreadChange: true,
};

// What TrimNotice reports here; breadcrumbs say their own.
const TRIMMED_PARTS = ['exceptions', 'frames'] as const;

/**
 * An event's stack traces as Sentry shows them: the exception chain (each cause with its own
 * trace), a thread picker, frames folded to the app's own code and recursion folded, source and
 * local variables of open frames, a raw text view and copy as text or Markdown.
 */
export const StackTraceView = /* @__PURE__ */ forwardRef<HTMLElement, StackTraceViewProps>(function StackTraceView(props: StackTraceViewProps, ref) {
  const [options, ownProps] = splitProps(props, STACK_TRACE_OPTIONS);
  const {
    event,
    getSourceLink,
    mode: modeProp,
    defaultMode = 'frames',
    onModeChange,
    headingLevel = 3,
    empty = DEFAULT_EMPTY,
    virtualizeAfter,
    className,
    ...rest
  } = ownProps;
  const state = useStackTrace(event, options);
  // Parts get only what they read: React's development build diffs every changed prop deeply,
  // and handing each visible row the whole state (10,000 rows) made a toggle take seconds.
  const { getRowProps, getFrameToggleProps, getFrameDetailsProps } = state;
  const rowState = useMemo(
    () => ({ getRowProps, getFrameToggleProps, getFrameDetailsProps }),
    [getRowProps, getFrameToggleProps, getFrameDetailsProps],
  );
  const { threads, appOnly: appOnlyNow, hasInAppFrames, order: orderNow, raw, getMarkdown, setAppOnly, setOrder, getThreadSelectProps } =
    state;
  const toolbarState = useMemo(
    () => ({ threads, appOnly: appOnlyNow, hasInAppFrames, order: orderNow, raw, getMarkdown, setAppOnly, setOrder, getThreadSelectProps }),
    [threads, appOnlyNow, hasInAppFrames, orderNow, raw, getMarkdown, setAppOnly, setOrder, getThreadSelectProps],
  );
  const [mode, setMode] = useControllableState<StackTraceViewMode>({ value: modeProp, defaultValue: defaultMode, onChange: onModeChange });

  return (
    <section
      aria-label="Stack trace"
      {...rest}
      ref={ref}
      className={cx('fl fl-stack-trace', className)}
      data-state={state.isEmpty ? 'empty' : undefined}
      data-mode={mode}
      data-order={state.order}
      data-app-only={state.appOnly && hasInAppFrames ? '' : undefined}
    >
      <ProblemsNotice problems={state.problems} subject="event" />
      <TrimNotice event={event} parts={TRIMMED_PARTS} />
      {state.isEmpty ? (
        <p data-slot="empty">{empty}</p>
      ) : (
        <>
          <StackTraceToolbar state={toolbarState} mode={mode} onModeChange={setMode} />
          {mode === 'raw' ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the raw text scrolls and must be reachable by keyboard
            <section aria-label="Raw stack trace" tabIndex={0} data-slot="raw">
              <pre>{state.raw}</pre>
            </section>
          ) : (
            <>
              {state.sections.map((section) => (
                <StackTraceSectionContext.Provider key={section.key} value={section}>
                  <StackTraceBlock state={rowState} headingLevel={headingLevel} getSourceLink={getSourceLink} virtualizeAfter={virtualizeAfter} />
                </StackTraceSectionContext.Provider>
              ))}
              {state.omittedExceptions > 0 && (
                <p role="note" data-slot="omitted-exceptions">
                  {omittedExceptionsNote(state.omittedExceptions)}
                </p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
});
