import type { Frame } from '../model/stacktrace';

/** A run of frames where one cycle of frames repeats back to back. */
export interface RecursionSpan {
  /** Index of the first (oldest) frame of the run. */
  start: number;
  /** Frames in one cycle. */
  cycleLength: number;
  /** How many times the cycle occurs in a row (at least 2). */
  repeats: number;
}

/** Longest cycle looked for unless told otherwise. */
export const DEFAULT_MAX_RECURSION_CYCLE = 32;

function frameSignature(frame: Frame): string | undefined {
  const parts = [
    frame.function ?? frame.rawFunction ?? frame.symbol,
    frame.module,
    frame.filename ?? frame.absPath,
    frame.lineNo,
    frame.colNo,
    frame.instructionAddr,
    frame.package,
  ];
  return parts.every((part) => part === undefined) ? undefined : JSON.stringify(parts);
}

/** Gives equal frames equal numbers; a frame with nothing to compare gets a number of its own. */
function signatureIds(frames: readonly Frame[]): Int32Array {
  const ids = new Int32Array(frames.length);
  const known = new Map<string, number>();
  frames.forEach((frame, i) => {
    const signature = frameSignature(frame);
    if (signature === undefined) {
      ids[i] = -1 - i;
      return;
    }
    let id = known.get(signature);
    if (id === undefined) {
      id = known.size;
      known.set(signature, id);
    }
    ids[i] = id;
  });
  return ids;
}

/**
 * Finds runs where a cycle of 1..maxCycle frames repeats back to back, in O(n · maxCycle).
 * A cycle of length L starting at i repeats r times exactly when frame j equals frame j + L
 * for every j in [i, i + (r - 1)·L), so one backward pass per L gives, for every i, how far
 * that equality holds; a forward pass then takes at each frame the cycle covering most frames.
 */
export function findRecursion(frames: readonly Frame[], maxCycle = DEFAULT_MAX_RECURSION_CYCLE): RecursionSpan[] {
  const n = frames.length;
  const maxLength = Math.max(0, Math.min(maxCycle, Math.floor(n / 2)));
  if (maxLength === 0) return [];
  const ids = signatureIds(frames);
  // matchRun[i * maxLength + (L - 1)]: count of consecutive j >= i with ids[j] === ids[j + L].
  const matchRun = new Uint32Array(n * maxLength);
  for (let length = 1; length <= maxLength; length++) {
    let run = 0;
    for (let i = n - 1 - length; i >= 0; i--) {
      run = ids[i] === ids[i + length] ? run + 1 : 0;
      matchRun[i * maxLength + length - 1] = run;
    }
  }

  const spans: RecursionSpan[] = [];
  let i = 0;
  while (i < n) {
    let best: RecursionSpan | undefined;
    let bestCovered = 0;
    for (let length = 1; length <= maxLength; length++) {
      const run = matchRun[i * maxLength + length - 1] ?? 0;
      if (run < length) continue;
      const repeats = Math.floor(run / length) + 1;
      if (repeats * length > bestCovered) {
        bestCovered = repeats * length;
        best = { start: i, cycleLength: length, repeats };
      }
    }
    if (best === undefined) {
      i += 1;
    } else {
      spans.push(best);
      i += bestCovered;
    }
  }
  return spans;
}
