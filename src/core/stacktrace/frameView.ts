import type { Frame, Stacktrace } from '../model/stacktrace';
import type { FrameNameParts, FrameVariable, SourceLine } from './frameParts';
import { createFrameViewBuilder } from './frameViewBuilder';

export { createFrameViewBuilder, type FrameViewBuilder, type FrameViewState, getCrashingFrameIndex } from './frameViewBuilder';

/** Which end of the stack comes first. */
export type FrameOrder = 'newest-first' | 'oldest-first';

/** Options of `buildFrameView`. */
export interface FrameViewOptions {
  /** Which end of the stack comes first. @default 'newest-first' */
  order?: FrameOrder;
  /** Fold runs of frames that are not the app's own code into expandable groups. @default false */
  appOnly?: boolean;
  /** Platform of the event, used for frames that do not name their own. */
  platform?: string;
  /**
   * Keys of the rows that are open: folded groups, recursion runs and frames. When given it is
   * the whole truth; when absent, groups are closed and frames use `expandedByDefault`.
   */
  expanded?: ReadonlySet<string>;
  /** Longest cycle of frames looked for when detecting recursion. @default 32 */
  maxRecursionCycle?: number;
}

interface RowBase {
  /** Stable key: the same frame or group keeps it across order and `appOnly` changes. */
  key: string;
  /** Nesting: 0 at top level, 1 inside a group, 2 inside a recursion run inside a group. */
  level: number;
  /** Key of the group row this row belongs to, when inside one. */
  groupKey?: string;
}

/** A row showing one frame. */
export interface FrameRow extends RowBase {
  kind: 'frame';
  /** Position of the frame in `stacktrace.frames` (oldest first). */
  index: number;
  frame: Frame;
  /** Whether the frame is the app's own code; `undefined` when the SDK did not say. */
  inApp?: boolean;
  /** Platform of the frame: its own, else the event's. */
  platform?: string;
  /** Parts the frame's name is shown from. */
  name: FrameNameParts;
  /** Source code around the frame, the executing line marked. */
  sourceLines: SourceLine[];
  /** Local variables. */
  variables: FrameVariable[];
  /** Whether this is the crashing frame: the newest in-app frame, else the newest frame. */
  crashing: boolean;
  /** Whether the frame's details start open: true for the crashing frame. */
  expandedByDefault: boolean;
  /** Whether the frame's details are open now. */
  expanded: boolean;
}

/** A row standing for a run of frames that are not the app's own code. */
export interface FoldedFramesRow extends RowBase {
  kind: 'folded';
  /** Frames in the run. */
  frameCount: number;
  /** Whether the run is open; its rows then follow this one. */
  expanded: boolean;
  /** Text such as `12 more frames`. */
  label: string;
}

/** A row standing for the repeated cycles of a recursion; one cycle stays shown next to it. */
export interface RecursionRow extends RowBase {
  kind: 'recursion';
  /** Frames in one cycle. */
  cycleLength: number;
  /** How many times the cycle occurs in a row. */
  repeats: number;
  /** Frames hidden behind this row: every cycle but the shown one. */
  frameCount: number;
  /** Whether the hidden cycles are shown; they then follow this row. */
  expanded: boolean;
  /** Text such as `these 3 frames repeated 1,000 times`. */
  label: string;
}

/** One row of a stack-trace view. */
export type FrameViewRow = FrameRow | FoldedFramesRow | RecursionRow;

/** Rows of a stack-trace view and facts about the trace. */
export interface FrameView {
  rows: FrameViewRow[];
  /** Frames in the trace. */
  frameCount: number;
  /** Whether some frame is explicitly the app's own code. */
  hasInAppFrames: boolean;
  /** Key of the crashing frame's row, when the trace has frames. */
  crashingKey?: string;
  /** Keys open when no `expanded` set is given: seed a caller's expansion state with these. */
  defaultExpandedKeys: string[];
}

/**
 * Builds the rows of a stack-trace view: frame rows, runs of non-app frames folded into groups
 * (when `appOnly` and some frame is in-app) and recursion folded to one shown cycle plus a row
 * for the repeats. A group's row comes where its hidden frames start in display order, and
 * when open its frames follow it, so the rows suit a virtualized list as they are. A view that
 * is rebuilt on every toggle should use `createFrameViewBuilder`, which keeps unchanged rows.
 */
export function buildFrameView(stacktrace: Pick<Stacktrace, 'frames'>, options: FrameViewOptions = {}): FrameView {
  return createFrameViewBuilder(stacktrace, options)(options);
}
