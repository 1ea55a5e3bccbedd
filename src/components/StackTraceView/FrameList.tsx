import {
  defaultRangeExtractor,
  measureElement,
  type Range,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { type ComponentPropsWithoutRef, type FocusEvent, forwardRef, useCallback, useRef } from 'react';
import { cx } from '../cx';
import type { StackTraceRow } from '../../hooks/useStackTrace';
import { usePropOrContext } from '../propOrContext';
import { type GetSourceLink, StackTraceFrame, type StackTraceRowState } from './Frame';
import { observeRectOr } from '../virtualRect';
import { StackTraceRowsContext } from './sectionContext';

/** Props of `StackTraceFrameList`. */
export interface StackTraceFrameListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Rows of one section from `useStackTrace`. @default the ones `StackTraceBlock` provides */
  rows?: readonly StackTraceRow[];
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
const observeRect = /* @__PURE__ */ observeRectOr(INITIAL_RECT);
const measureRow = (element: Element, entry: ResizeObserverEntry | undefined, instance: RowVirtualizer) =>
  measureElement(element, entry, instance) || ESTIMATED_ROW;

/**
 * The rows of one trace as a list. Past `virtualizeAfter` rows (a 10k-frame stack overflow)
 * only the rows in view are rendered, in a scrolling box, plus the row holding focus, so a
 * keyboard user who scrolls away does not lose it. Both shapes render the same elements under
 * the same keys, so opening a fold that makes the list long keeps focus on its button.
 */
export const StackTraceFrameList = /* @__PURE__ */ forwardRef<HTMLDivElement, StackTraceFrameListProps>(function StackTraceFrameList({ rows: rowsProp, state, label, getSourceLink, virtualizeAfter = 150, className, ...rest }: StackTraceFrameListProps, ref) {
  const rows = usePropOrContext(rowsProp, StackTraceRowsContext, 'StackTraceFrameList', 'rows', 'StackTraceBlock');
  const virtual = rows.length > virtualizeAfter;
  const scroller = useRef<HTMLDivElement>(null);
  const focusedKey = useRef<string | undefined>(undefined);
  // A new key function makes the virtualizer re-measure every row, so keep it per row list.
  const getItemKey = useCallback((index: number) => rows[index]?.stateKey ?? index, [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const key = focusedKey.current;
      const at = key === undefined ? -1 : rows.findIndex((row) => row.stateKey === key);
      if (at === -1 || indexes.includes(at)) return indexes;
      // In index order, so the DOM (and Tab) order stays the visual order.
      return [...indexes, at].sort((a, b) => a - b);
    },
    [rows],
  );
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    enabled: virtual,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey,
    rangeExtractor,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    overscan: 8,
  });
  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const index = (event.target as Element).closest('[data-index]')?.getAttribute('data-index');
    focusedKey.current = index == null ? undefined : rows[Number(index)]?.stateKey;
  };
  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) focusedKey.current = undefined;
  };

  const items = virtual
    ? virtualizer.getVirtualItems().map((item) => (
        <StackTraceFrame
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          aria-setsize={rows.length}
          aria-posinset={item.index + 1}
          style={{ transform: `translateY(${item.start}px)` }}
          row={rows[item.index] as StackTraceRow}
          state={state}
          getSourceLink={getSourceLink}
        />
      ))
    : rows.map((row) => <StackTraceFrame key={row.stateKey} row={row} state={state} getSourceLink={getSourceLink} />);
  return (
    <div {...rest} ref={ref} className={cx('fl-st-frame-list', className)} data-slot="frame-list">
      {/* The browser's find only sees rendered rows; the raw text holds every frame. */}
      {virtual && (
        <p data-slot="virtual-note">
          {rows.length.toLocaleString('en-US')} rows: only those in view are on the page; to search them all, use Raw.
        </p>
      )}
      {/* A scrolling box must be reachable by keyboard; it has no name of its own (the list
          inside has one) so that two long traces do not make two landmarks of the same name. */}
      <div ref={scroller} tabIndex={virtual ? 0 : undefined} data-slot={virtual ? 'frame-scroller' : 'frame-box'}>
        <ol
          aria-label={label}
          data-slot="frames"
          data-virtual={virtual ? '' : undefined}
          style={virtual ? { height: virtualizer.getTotalSize() } : undefined}
          onFocus={virtual ? onFocus : undefined}
          onBlur={virtual ? onBlur : undefined}
        >
          {items}
        </ol>
      </div>
    </div>
  );
});
