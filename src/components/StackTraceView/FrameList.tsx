import { measureElement, observeElementRect, type Rect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef } from 'react';
import type { StackTraceRow } from '../../hooks/useStackTrace';
import { type GetSourceLink, StackTraceFrame, type StackTraceRowState } from './Frame';

/** Props of `StackTraceFrameList`. */
export interface StackTraceFrameListProps {
  /** Rows of one section from `useStackTrace`. */
  rows: readonly StackTraceRow[];
  /** Prop getters from `useStackTrace`. */
  state: StackTraceRowState;
  /** Accessible name of the list, such as `Frames of TypeError`. */
  label: string;
  /** Link of a frame to the host's code browser. */
  getSourceLink?: GetSourceLink;
  /** Rows above which the list is virtualized in a scrolling box. @default 150 */
  virtualizeAfter?: number;
}

const ESTIMATED_ROW = 34;
// A box without layout yet (hidden in a closed tab, or jsdom) measures 0: assume a first
// screen and estimated rows rather than render nothing, or every row at height 0.
const INITIAL_RECT = { width: 800, height: 640 };
type RowVirtualizer = Virtualizer<HTMLDivElement, Element>;
const observeRect = (instance: RowVirtualizer, cb: (rect: Rect) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height === 0 ? INITIAL_RECT : rect));
const measureRow = (element: Element, entry: ResizeObserverEntry | undefined, instance: RowVirtualizer) =>
  measureElement(element, entry, instance) || ESTIMATED_ROW;

function VirtualFrameList({ rows, state, label, getSourceLink }: StackTraceFrameListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // A new key function makes the virtualizer re-measure every row, so keep it per row list.
  const getItemKey = useCallback((index: number) => rows[index]?.stateKey ?? index, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  return (
    // A scrolling box must be reachable by keyboard; it has no name of its own (the list inside
    // has one) so that two long traces do not make two landmarks of the same name.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <div ref={scroller} tabIndex={0} data-slot="frame-scroller">
      <ol aria-label={label} data-slot="frames" data-virtual="" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index] as StackTraceRow;
          return (
            <StackTraceFrame
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              style={{ transform: `translateY(${item.start}px)` }}
              row={row}
              state={state}
              getSourceLink={getSourceLink}
            />
          );
        })}
      </ol>
    </div>
  );
}

/**
 * The rows of one trace as a list. Past `virtualizeAfter` rows (a 10k-frame stack overflow)
 * only the rows in view are rendered, in a scrolling box.
 */
export function StackTraceFrameList(props: StackTraceFrameListProps) {
  const { rows, state, label, getSourceLink, virtualizeAfter = 150 } = props;
  if (rows.length > virtualizeAfter) return <VirtualFrameList {...props} />;
  return (
    <ol aria-label={label} data-slot="frames">
      {rows.map((row) => (
        <StackTraceFrame key={row.stateKey} row={row} state={state} getSourceLink={getSourceLink} />
      ))}
    </ol>
  );
}
