import { useSyncExternalStore } from 'react';

// One shared timer for every relative time on the page, however many there are.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    // Nothing kept the clock running while no time was on screen; React re-reads the snapshot
    // after subscribing, so the first time mounted after a quiet spell is not stale.
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const getSnapshot = () => now;

/**
 * The current time in epoch milliseconds, refreshed every 30 seconds so relative times
 * ("3 minutes ago") stay true. Pass `fixed` to freeze it (tests, stories, server rendering).
 * The server's clock and the browser's differ, so markup that must hydrate should not print a
 * live value before `useHydrated()` is true (see `RelativeTime`).
 */
export function useNow(fixed?: Date | number): number {
  const live = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  return fixed === undefined ? live : typeof fixed === 'number' ? fixed : fixed.getTime();
}
