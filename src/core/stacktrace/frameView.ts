import type { Frame, Stacktrace } from '../model/stacktrace';
import {
  type FrameNameParts,
  type FrameVariable,
  getFrameNameParts,
  getFrameVariables,
  getSourceLines,
  type SourceLine,
} from './frameParts';
import { DEFAULT_MAX_RECURSION_CYCLE, findRecursion, type RecursionSpan } from './recursion';

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

type Item = { kind: 'frame'; index: number } | { kind: 'recursion'; span: RecursionSpan };
type Segment = Item | { kind: 'folded'; items: Item[] };

const count = (n: number) => n.toLocaleString('en-US');

/** Index of the crashing frame: the newest in-app frame, else the newest frame. */
export function getCrashingFrameIndex(frames: readonly Frame[]): number | undefined {
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i]?.inApp === true) return i;
  return frames.length === 0 ? undefined : frames.length - 1;
}

function toItems(frames: readonly Frame[], maxCycle: number): Item[] {
  const items: Item[] = [];
  let next = 0;
  for (const span of findRecursion(frames, maxCycle)) {
    for (; next < span.start; next++) items.push({ kind: 'frame', index: next });
    items.push({ kind: 'recursion', span });
    next = span.start + span.cycleLength * span.repeats;
  }
  for (; next < frames.length; next++) items.push({ kind: 'frame', index: next });
  return items;
}

function itemRange(item: Item): [first: number, last: number] {
  if (item.kind === 'frame') return [item.index, item.index];
  return [item.span.start, item.span.start + item.span.cycleLength * item.span.repeats - 1];
}

function toSegments(items: Item[], frames: readonly Frame[], fold: boolean): Segment[] {
  if (!fold) return items;
  const isApp = (item: Item) => {
    const [first, last] = itemRange(item);
    for (let i = first; i <= last; i++) if (frames[i]?.inApp === true) return true;
    return false;
  };
  const segments: Segment[] = [];
  for (const item of items) {
    const previous = segments[segments.length - 1];
    if (isApp(item)) segments.push(item);
    else if (previous?.kind === 'folded') previous.items.push(item);
    else segments.push({ kind: 'folded', items: [item] });
  }
  return segments;
}

/**
 * Builds the rows of a stack-trace view: frame rows, runs of non-app frames folded into groups
 * (when `appOnly` and some frame is in-app) and recursion folded to one shown cycle plus a row
 * for the repeats. A group's row comes where its hidden frames start in display order, and
 * when open its frames follow it, so the rows suit a virtualized list as they are.
 */
export function buildFrameView(stacktrace: Pick<Stacktrace, 'frames'>, options: FrameViewOptions = {}): FrameView {
  const { frames } = stacktrace;
  const newestFirst = (options.order ?? 'newest-first') === 'newest-first';
  const hasInAppFrames = frames.some((frame) => frame.inApp === true);
  const crashingIndex = getCrashingFrameIndex(frames);
  const crashingKey = crashingIndex === undefined ? undefined : `frame:${crashingIndex}`;
  const defaultExpandedKeys = crashingKey === undefined ? [] : [crashingKey];
  const isOpen = (key: string, byDefault: boolean) => options.expanded?.has(key) ?? byDefault;
  const rows: FrameViewRow[] = [];

  const pushFrame = (index: number, level: number, groupKey: string | undefined) => {
    const frame = frames[index] as Frame;
    const key = `frame:${index}`;
    const crashing = index === crashingIndex;
    rows.push({
      kind: 'frame',
      key,
      level,
      groupKey,
      index,
      frame,
      inApp: frame.inApp,
      platform: frame.platform ?? options.platform,
      name: getFrameNameParts(frame),
      sourceLines: getSourceLines(frame),
      variables: getFrameVariables(frame),
      crashing,
      expandedByDefault: crashing,
      expanded: isOpen(key, crashing),
    });
  };
  const pushRange = (first: number, last: number, level: number, groupKey: string | undefined) => {
    if (newestFirst) for (let i = last; i >= first; i--) pushFrame(i, level, groupKey);
    else for (let i = first; i <= last; i++) pushFrame(i, level, groupKey);
  };
  const pushRecursion = (span: RecursionSpan, level: number, groupKey: string | undefined) => {
    const { start, cycleLength, repeats } = span;
    const shownFirst = start + cycleLength * (repeats - 1);
    const key = `recursion:${start}-${cycleLength}x${repeats}`;
    const expanded = isOpen(key, false);
    const hiddenCount = cycleLength * (repeats - 1);
    const label =
      cycleLength === 1
        ? `this frame repeated ${count(repeats)} times`
        : `these ${count(cycleLength)} frames repeated ${count(repeats)} times`;
    const pushHidden = () => {
      rows.push({ kind: 'recursion', key, level, groupKey, cycleLength, repeats, frameCount: hiddenCount, expanded, label });
      if (expanded) pushRange(start, shownFirst - 1, level + 1, key);
    };
    if (newestFirst) {
      pushRange(shownFirst, shownFirst + cycleLength - 1, level, groupKey);
      pushHidden();
    } else {
      pushHidden();
      pushRange(shownFirst, shownFirst + cycleLength - 1, level, groupKey);
    }
  };
  const pushItem = (item: Item, level: number, groupKey: string | undefined) => {
    if (item.kind === 'frame') pushFrame(item.index, level, groupKey);
    else pushRecursion(item.span, level, groupKey);
  };

  const items = toItems(frames, options.maxRecursionCycle ?? DEFAULT_MAX_RECURSION_CYCLE);
  const segments = toSegments(items, frames, options.appOnly === true && hasInAppFrames);
  if (newestFirst) segments.reverse();
  for (const segment of segments) {
    if (segment.kind !== 'folded') {
      pushItem(segment, 0, undefined);
      continue;
    }
    const first = itemRange(segment.items[0] as Item)[0];
    const last = itemRange(segment.items[segment.items.length - 1] as Item)[1];
    const key = `folded:${first}-${last}`;
    const frameCount = last - first + 1;
    const expanded = isOpen(key, false);
    const label = `${count(frameCount)} more frame${frameCount === 1 ? '' : 's'}`;
    rows.push({ kind: 'folded', key, level: 0, frameCount, expanded, label });
    if (!expanded) continue;
    const members = newestFirst ? [...segment.items].reverse() : segment.items;
    for (const item of members) pushItem(item, 1, key);
  }
  return { rows, frameCount: frames.length, hasInAppFrames, crashingKey, defaultExpandedKeys };
}
