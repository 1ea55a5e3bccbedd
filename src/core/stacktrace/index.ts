export {
  type ChainedException,
  EXCEPTION_LINK_LABELS,
  type ExceptionChain,
  type ExceptionLink,
  getExceptionChain,
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
  type FoldedFramesRow,
  type FrameOrder,
  type FrameRow,
  type FrameView,
  type FrameViewOptions,
  type FrameViewRow,
  getCrashingFrameIndex,
  type RecursionRow,
} from './frameView';
export { getStackPlatformFamily, type StackPlatformFamily } from './platform';
export { formatRawEvent, formatRawStacktrace, type RawStacktraceOptions } from './rawStacktrace';
export { getThreads, type ThreadEntry, type ThreadList } from './threads';
