import { createContext } from 'react';
import type { StackTraceRow, StackTraceSection } from '../../hooks/useStackTrace';

/** The section `StackTraceView` hands each `StackTraceBlock` (see `usePropOrContext` for why not a prop). */
export const StackTraceSectionContext = /* @__PURE__ */ createContext<StackTraceSection | null>(null);

/** The rows `StackTraceBlock` hands its `StackTraceFrameList`. */
export const StackTraceRowsContext = /* @__PURE__ */ createContext<readonly StackTraceRow[] | null>(null);
