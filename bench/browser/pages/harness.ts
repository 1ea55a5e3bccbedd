// The page side of the browser bench: every page reads its size from the URL, marks when rows
// are painted (a double requestAnimationFrame after they exist: the frame that holds them has
// been presented) and records Event Timing entries, all on `window.bench` for the driver.

/** What the driver reads from a page. */
export interface BenchState {
  /** Named durations in ms, such as `mount` and `keystroke`. */
  marks: Record<string, number>;
  /** Event Timing entries of 16 ms and more, as plain objects. */
  events: { name: string; duration: number; interactionId: number; startTime: number }[];
  /** Times the next keydown and marks `keystroke` once `painted()` holds. */
  armKeystroke: () => void;
  /** Filled by the data-only page: keeps the data reachable for the heap figure. */
  data?: unknown;
}

declare global {
  interface Window {
    bench: BenchState;
  }
}

/** The size the driver asked for: `?n=`. */
export const benchSize = Number(new URLSearchParams(window.location.search).get('n') ?? '1000');

/** Calls `done` after the frame that shows the current DOM has been presented. */
export const afterNextPaint = (done: () => void) => requestAnimationFrame(() => requestAnimationFrame(done));

/** Polls each frame until `painted()` holds, then marks `name` as the ms since `start` once shown. */
export function markWhenPainted(name: string, start: number, painted: () => boolean): void {
  const poll = () => {
    if (!painted()) {
      requestAnimationFrame(poll);
      return;
    }
    afterNextPaint(() => {
      performance.mark(`bench:${name}`);
      window.bench.marks[name] = performance.now() - start;
    });
  };
  poll();
}

/** Sets up `window.bench`; `keystrokePainted` says when a keystroke's result is on screen. */
export function startHarness(keystrokePainted: () => boolean = () => true): BenchState {
  const state: BenchState = {
    marks: {},
    events: [],
    armKeystroke() {
      delete state.marks.keystroke;
      const onKey = () => {
        window.removeEventListener('keydown', onKey, true);
        markWhenPainted('keystroke', performance.now(), keystrokePainted);
      };
      // Capture on window runs before any handler of the page, so the clock starts first.
      window.addEventListener('keydown', onKey, true);
    },
  };
  window.bench = state;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        state.events.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId ?? 0, startTime: entry.startTime });
      }
    });
    observer.observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing in this browser: the interaction figures stay empty.
  }
  return state;
}

/** Every element matching `selector` in `root` has text containing `needle` (and there is one). */
export function allRowsContain(root: ParentNode, selector: string, needle: string): boolean {
  const rows = root.querySelectorAll(selector);
  if (rows.length === 0) return false;
  for (const row of rows) if (!(row.textContent ?? '').toLowerCase().includes(needle)) return false;
  return true;
}
