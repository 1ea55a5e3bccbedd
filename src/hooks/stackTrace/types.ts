import type { ChangeEvent } from 'react';
import type { Event, FrameOrder, Problem, ThreadEntry } from '../../core';
import type { StackTraceRow, StackTraceSection } from './sections';

/** Options of `useStackTrace`: each piece of state is controlled or uncontrolled. */
export interface UseStackTraceOptions {
  /** Which end of the stack comes first (controlled). */
  order?: FrameOrder;
  /** Initial order when uncontrolled. @default 'newest-first' */
  defaultOrder?: FrameOrder;
  /** Called when the order changes. */
  onOrderChange?: (order: FrameOrder) => void;
  /** Fold frames that are not the app's own code (controlled). */
  appOnly?: boolean;
  /** Initial app-only setting when uncontrolled. @default true */
  defaultAppOnly?: boolean;
  /** Called when app-only changes. */
  onAppOnlyChange?: (appOnly: boolean) => void;
  /** Open frames and groups as `<section key>|<row key>` (controlled); the whole truth when given. */
  expanded?: ReadonlySet<string>;
  /** Initially open rows when uncontrolled. @default the crashing frame of every trace */
  defaultExpanded?: ReadonlySet<string>;
  /** Called with the new set of open rows. */
  onExpandedChange?: (expanded: ReadonlySet<string>) => void;
  /** Key of the selected thread (controlled). */
  selectedThread?: string;
  /** Initially selected thread when uncontrolled. @default the crashed thread */
  defaultSelectedThread?: string;
  /** Called when another thread is selected. */
  onSelectedThreadChange?: (key: string) => void;
}

/** Everything a stack-trace view needs: sections of rows, state, setters and prop getters. */
export interface StackTraceState {
  /** The canonical event. */
  event: Event;
  /** What the normalizer repaired or dropped. */
  problems: readonly Problem[];
  /** Blocks to show: the exception chain (raised first), or the selected thread, or the event's trace. */
  sections: StackTraceSection[];
  /** Whether there is no exception, thread or trace to show. */
  isEmpty: boolean;
  /** Threads crashed first; empty when the event has none. */
  threads: ThreadEntry[];
  /** The selected thread, when the event has threads. */
  selectedThread?: ThreadEntry;
  /** Whether the sections show the exception chain (else a thread or the bare trace). */
  showsExceptions: boolean;
  /**
   * Exceptions of the chain not made into sections: past `MAX_SHOWN_EXCEPTIONS` (100), the
   * raised one and its nearest causes are shown and the rest counted. The event's JSON has them.
   */
  omittedExceptions: number;
  order: FrameOrder;
  appOnly: boolean;
  /** Whether any trace has frames marked as the app's own (app-only has an effect). */
  hasInAppFrames: boolean;
  /** Open rows as `<section key>|<row key>`. */
  expanded: ReadonlySet<string>;
  /** Text of what is shown in the platform's own trace format, all frames. */
  raw: string;
  /** The event as Markdown (core `toMarkdown`); made on demand because it reads the whole event. */
  getMarkdown: () => string;
  setOrder: (order: FrameOrder) => void;
  setAppOnly: (appOnly: boolean) => void;
  selectThread: (key: string) => void;
  /** Opens or closes a frame, folded group or recursion row. */
  toggleRow: (row: StackTraceRow) => void;
  /** Props for a row's element: id and `data-*` state. */
  getRowProps: (row: StackTraceRow) => Record<string, string | number | undefined>;
  /** Props for the button that opens a row: ARIA travels with the state. */
  getFrameToggleProps: (row: StackTraceRow) => {
    type: 'button';
    id: string;
    'aria-expanded': boolean;
    'aria-controls'?: string;
    onClick: () => void;
  };
  /** Props for a frame's details region (source and variables). */
  getFrameDetailsProps: (row: StackTraceRow) => { id: string; role: 'group'; 'aria-labelledby': string };
  /** Props for a native `<select>` picking the thread. */
  getThreadSelectProps: () => { value: string; onChange: (event: ChangeEvent<HTMLSelectElement>) => void };
}
