/*
 * Stack-trace logic behind `useStackTrace` and `StackTraceView`, pure and React-free.
 *
 * - `getExceptionChain(event)`: exceptions in raised order as a tree (causes, handled-during,
 *   exception-group members), each with its `link` to the entry above and its `depth`.
 * - `getThreads(event)`: threads crashed-first with a `defaultKey` to select, exceptions linked.
 * - `buildFrameView(stacktrace, options)`: flat rows for a (virtualized) list: frame rows,
 *   folded runs of non-app frames and folded recursion; open groups via `options.expanded`.
 *   `createFrameViewBuilder` does the same for repeated builds, keeping unchanged rows.
 * - `formatRawStacktrace` / `formatRawEvent`: the trace as text in the platform's own format,
 *   for a "raw" tab, copy buttons and reports.
 */
export {
  type ChainedException,
  EXCEPTION_LINK_LABELS,
  type ExceptionChain,
  type ExceptionLink,
  getExceptionChain,
  type LimitedExceptionChain,
  limitExceptionChain,
  MAX_SHOWN_EXCEPTIONS,
  omittedExceptionsNote,
} from './exceptionChain';
export {
  type FrameNameParts,
  type FrameVariable,
  getFrameNameParts,
  getSourceLines,
  type SourceLine,
} from './frameParts';
export {
  buildFrameView,
  createFrameViewBuilder,
  type FoldedFramesRow,
  type FrameOrder,
  type FrameRow,
  type FrameView,
  type FrameViewBuilder,
  type FrameViewOptions,
  type FrameViewRow,
  type FrameViewState,
  getCrashingFrameIndex,
  type RecursionRow,
} from './frameView';
export { getStackPlatformFamily, type StackPlatformFamily } from './platform';
export { formatRawEvent, formatRawStacktrace, type RawStacktraceOptions } from './rawStacktrace';
export { getExceptionStacktrace, getThreads, type ThreadEntry, type ThreadList } from './threads';
