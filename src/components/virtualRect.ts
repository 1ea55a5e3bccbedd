import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/**
 * TanStack Virtual's box observer, except that a box without layout (hidden in a closed tab, or
 * a test renderer such as jsdom under Jest, where every box measures 0) keeps `fallback`, the
 * same rect given as `initialRect`: the server, the hydrating client and a renderer without
 * layout then all show the same first rows instead of none.
 */
export function observeRectOr(fallback: Rect) {
  return <E extends Element>(instance: Virtualizer<E, Element>, cb: (rect: Rect) => void) =>
    observeElementRect(instance, (rect) => cb(rect.height === 0 ? fallback : rect));
}
