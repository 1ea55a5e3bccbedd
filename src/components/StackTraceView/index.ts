export { type StackTraceHeadingLevel, StackTraceBlock, type StackTraceBlockProps } from './Block';
export { type GetSourceLink, StackTraceFrame, type StackTraceFrameProps, type StackTraceRowState } from './Frame';
export { StackTraceFrameList, type StackTraceFrameListProps } from './FrameList';
export { StackTraceView, type StackTraceViewProps } from './StackTraceView';
export { StackTraceToolbar, type StackTraceToolbarProps, type StackTraceToolbarState, type StackTraceViewMode } from './Toolbar';
