// The bare-DOM floor: a fixed-height scroller that creates only the rows in view with
// `createElement` and `textContent`, re-rendered on scroll. No framework, no measuring.

/** A floor list: swap its items (after a search) and it shows the first ones. */
export interface FloorList<T> {
  setItems: (items: readonly T[]) => void;
}

const OVERSCAN = 5;

/** Mounts a floor list of `items` in `container`, rows `rowHeight` px tall in a `height` px box. */
export function mountFloorList<T>(container: HTMLElement, items: readonly T[], rowHeight: number, height: number, renderRow: (item: T, index: number) => HTMLElement): FloorList<T> {
  let current = items;
  const scroller = document.createElement('div');
  scroller.setAttribute('data-slot', 'floor-scroller');
  scroller.style.cssText = `height:${height}px;overflow:auto;position:relative;font:13px system-ui`;
  const spacer = document.createElement('div');
  spacer.style.position = 'relative';
  scroller.append(spacer);
  container.append(scroller);

  const render = () => {
    spacer.style.height = `${current.length * rowHeight}px`;
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - OVERSCAN);
    const last = Math.min(current.length, Math.ceil((scroller.scrollTop + height) / rowHeight) + OVERSCAN);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = renderRow(current[i] as T, i);
      row.setAttribute('data-floor-row', '');
      row.style.cssText = `position:absolute;left:0;right:0;top:${i * rowHeight}px;height:${rowHeight}px;display:flex;gap:12px;align-items:center;white-space:nowrap;overflow:hidden`;
      rows.push(row);
    }
    spacer.replaceChildren(...rows);
  };
  scroller.addEventListener('scroll', render, { passive: true });
  render();
  return {
    setItems(items) {
      current = items;
      scroller.scrollTop = 0;
      render();
    },
  };
}

/** An element with `text` as its only content. */
export function cell(tag: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}
