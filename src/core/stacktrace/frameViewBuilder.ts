import type { Frame, Stacktrace } from '../model/stacktrace';
import { getFrameNameParts, getFrameVariables, getSourceLines } from './frameParts';
import type { FoldedFramesRow, FrameRow, FrameView, FrameViewOptions, FrameViewRow, RecursionRow } from './frameView';
import { DEFAULT_MAX_RECURSION_CYCLE, findRecursion, type RecursionSpan } from './recursion';

type Item = { kind: 'frame'; index: number } | { kind: 'recursion'; span: RecursionSpan };
type Segment = Item | { kind: 'folded'; items: Item[] };

/** What may change between two builds of one trace's view. */
export type FrameViewState = Pick<FrameViewOptions, 'order' | 'appOnly' | 'expanded'>;

/** Builds one trace's view for a state; a row that did not change is the same object as before. */
export type FrameViewBuilder = (state: FrameViewState) => FrameView;

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

const sameState = (row: FrameViewRow | undefined, level: number, groupKey: string | undefined, expanded: boolean) =>
  row !== undefined && row.level === level && row.groupKey === groupKey && row.expanded === expanded;

/**
 * A `buildFrameView` for one trace that is cheap to call again: recursion and folding are found
 * once, each frame's parts are read once, and a row whose level, group and openness did not
 * change comes back as the same object, so a memoized row component skips it. Toggling one
 * frame of 10,000 then costs a walk over the rows, not 10,000 new ones.
 */
export function createFrameViewBuilder(
  stacktrace: Pick<Stacktrace, 'frames'>,
  options: Pick<FrameViewOptions, 'platform' | 'maxRecursionCycle'> = {},
): FrameViewBuilder {
  const { frames } = stacktrace;
  const hasInAppFrames = frames.some((frame) => frame.inApp === true);
  const crashingIndex = getCrashingFrameIndex(frames);
  const crashingKey = crashingIndex === undefined ? undefined : `frame:${crashingIndex}`;
  const items = toItems(frames, options.maxRecursionCycle ?? DEFAULT_MAX_RECURSION_CYCLE);
  const segmentsByFold = new Map<boolean, Segment[]>();
  // The last row built under each key; keys are stable across order, folding and expansion.
  const kept = new Map<string, FrameViewRow>();

  const frameRow = (index: number, level: number, groupKey: string | undefined, expanded: boolean): FrameRow => {
    const key = `frame:${index}`;
    const previous = kept.get(key) as FrameRow | undefined;
    if (sameState(previous, level, groupKey, expanded)) return previous as FrameRow;
    const frame = frames[index] as Frame;
    const crashing = index === crashingIndex;
    const row: FrameRow = previous
      ? { ...previous, level, groupKey, expanded }
      : {
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
          expanded,
        };
    kept.set(key, row);
    return row;
  };
  const groupRow = <R extends FoldedFramesRow | RecursionRow>(row: R): R => {
    const previous = kept.get(row.key);
    if (previous?.kind === row.kind && sameState(previous, row.level, row.groupKey, row.expanded)) return previous as R;
    kept.set(row.key, row);
    return row;
  };

  return (state) => {
    const newestFirst = (state.order ?? 'newest-first') === 'newest-first';
    const isOpen = (key: string, byDefault: boolean) => state.expanded?.has(key) ?? byDefault;
    const rows: FrameViewRow[] = [];
    const pushFrame = (index: number, level: number, groupKey: string | undefined) => {
      rows.push(frameRow(index, level, groupKey, isOpen(`frame:${index}`, index === crashingIndex)));
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
      const label =
        cycleLength === 1
          ? `this frame repeated ${count(repeats)} times`
          : `these ${count(cycleLength)} frames repeated ${count(repeats)} times`;
      const pushHidden = () => {
        const frameCount = cycleLength * (repeats - 1);
        rows.push(groupRow<RecursionRow>({ kind: 'recursion', key, level, groupKey, cycleLength, repeats, frameCount, expanded, label }));
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
    const pushSegment = (segment: Segment) => {
      if (segment.kind !== 'folded') return pushItem(segment, 0, undefined);
      const first = itemRange(segment.items[0] as Item)[0];
      const last = itemRange(segment.items[segment.items.length - 1] as Item)[1];
      const key = `folded:${first}-${last}`;
      const frameCount = last - first + 1;
      const expanded = isOpen(key, false);
      const label = `${count(frameCount)} more frame${frameCount === 1 ? '' : 's'}`;
      rows.push(groupRow<FoldedFramesRow>({ kind: 'folded', key, level: 0, frameCount, expanded, label }));
      if (!expanded) return;
      const members = segment.items;
      if (newestFirst) for (let i = members.length - 1; i >= 0; i--) pushItem(members[i] as Item, 1, key);
      else for (const item of members) pushItem(item, 1, key);
    };

    const fold = state.appOnly === true && hasInAppFrames;
    let segments = segmentsByFold.get(fold);
    if (segments === undefined) {
      segments = toSegments(items, frames, fold);
      segmentsByFold.set(fold, segments);
    }
    if (newestFirst) for (let i = segments.length - 1; i >= 0; i--) pushSegment(segments[i] as Segment);
    else for (const segment of segments) pushSegment(segment);
    const defaultExpandedKeys = crashingKey === undefined ? [] : [crashingKey];
    return { rows, frameCount: frames.length, hasInAppFrames, crashingKey, defaultExpandedKeys };
  };
}
