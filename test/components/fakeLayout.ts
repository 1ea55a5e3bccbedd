import { afterAll, beforeAll } from 'vitest';

type SizeProp = 'clientHeight' | 'offsetHeight' | 'clientWidth' | 'offsetWidth';

/**
 * jsdom has no layout: gives every element these sizes for the file's tests (a scroller's
 * viewport and a row's height, for the virtualizers to fill a window), restored afterwards so
 * other files see jsdom as it is.
 */
export function fakeLayoutForFile({ viewport, row, width = 800 }: { viewport: number; row: number; width?: number }): void {
  const restores: (() => void)[] = [];
  const fake = (prop: SizeProp, value: number) => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, prop);
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => value });
    restores.push(() => original && Object.defineProperty(HTMLElement.prototype, prop, original));
  };
  beforeAll(() => {
    fake('clientHeight', viewport);
    fake('clientWidth', width);
    fake('offsetHeight', row);
    fake('offsetWidth', width);
  });
  afterAll(() => {
    for (const restore of restores.splice(0)) restore();
  });
}
