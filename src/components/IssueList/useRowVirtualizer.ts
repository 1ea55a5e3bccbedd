import {
  elementScroll,
  observeElementOffset,
  observeWindowOffset,
  observeWindowRect,
  type Rect,
  useWindowVirtualizer,
  type Virtualizer,
  windowScroll,
} from '@tanstack/react-virtual';
import { type RefObject, useState } from 'react';
import { useBrowserLayoutEffect } from '../../hooks/useHydrated';
import { observeRectOr } from '../virtualRect';

/** Options of `useRowVirtualizer`. */
export interface RowVirtualizerOptions {
  /** `"container"`: the scroller box scrolls; `"window"`: the page does. */
  mode: 'container' | 'window';
  count: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  /** The rows' parent, whose place on the page offsets window scrolling. */
  bodyRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  /** What the server and the first client render assume for the box (see `observeRectOr`). */
  initialRect: Rect;
}

/** Where the rows start on the page, in document coordinates; 0 outside window mode. */
function useScrollMargin(mode: RowVirtualizerOptions['mode'], bodyRef: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  // Chips, errors and the bulk bar above the rows change their place, so it is read after each render.
  useBrowserLayoutEffect(() => {
    if (mode !== 'window') return;
    const body = bodyRef.current;
    if (!body) return;
    const next = Math.round(body.getBoundingClientRect().top + window.scrollY);
    if (next !== margin) setMargin(next);
  });
  return mode === 'window' ? margin : 0;
}

/**
 * TanStack Virtual over the issue rows, scrolling either its own box or the window. One hook
 * call for both, so switching `scrollMode` keeps React's hook order; the window variant's
 * observers are swapped for the element ones in container mode.
 */
export function useRowVirtualizer({ mode, count, scrollRef, bodyRef, rowHeight, initialRect }: RowVirtualizerOptions): Virtualizer<Window | Element, Element> {
  const scrollMargin = useScrollMargin(mode, bodyRef);
  const windowed = mode === 'window';
  const virtualizer = useWindowVirtualizer<Element>({
    count,
    estimateSize: () => rowHeight,
    overscan: 5,
    scrollMargin,
    // The server has no box to measure: it shows `initialRect`'s rows (overscan aside), and the
    // first client render uses the same, so hydration matches; the real box follows.
    initialRect,
    ...(windowed
      ? { observeElementRect: (instance, callback) => observeWindowRect(instance, (rect) => callback(rect.height === 0 ? initialRect : rect)), observeElementOffset: observeWindowOffset, scrollToFn: windowScroll }
      : ({
          getScrollElement: () => scrollRef.current,
          initialOffset: 0,
          observeElementRect: observeRectOr(initialRect),
          observeElementOffset,
          scrollToFn: elementScroll,
        } as unknown as Record<string, never>)),
  });
  return virtualizer as unknown as Virtualizer<Window | Element, Element>;
}
