/*
 * `*` wildcards matched by scanning for the literal pieces left to right. Greedy leftmost
 * matching is exact for globs and runs in linear time, where a regex built from user input
 * (`a*a*a*a*b`) can backtrack for seconds over 100k rows.
 */

/** Whether the pieces occur in order in `text` from `from` on; returns the end or -1. */
function findInOrder(text: string, pieces: readonly string[], from: number, limit: number): number {
  let at = from;
  for (const piece of pieces) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > limit) return -1;
    at = found + piece.length;
  }
  return at;
}

/** A matcher for the whole of `candidate` against `pattern` (already lowercased), `*` for any run. */
export function globMatcher(pattern: string): (candidate: string) => boolean {
  const pieces = pattern.split('*');
  if (pieces.length === 1) return (candidate) => candidate === pattern;
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter(Boolean);
  return (candidate) =>
    candidate.length >= head.length + tail.length &&
    candidate.startsWith(head) &&
    candidate.endsWith(tail) &&
    findInOrder(candidate, middle, head.length, candidate.length - tail.length) >= 0;
}

/**
 * A matcher for `pattern` anywhere inside one `separator`-delimited field of the text, so a
 * wildcard never joins the end of a title to the start of a culprit.
 */
export function globFinder(pattern: string, separator: string): (text: string) => boolean {
  const pieces = pattern.split('*').filter(Boolean);
  return (text) => {
    let start = 0;
    while (start <= text.length) {
      const next = text.indexOf(separator, start);
      const end = next < 0 ? text.length : next;
      if (findInOrder(text, pieces, start, end) >= 0) return true;
      if (next < 0) return false;
      start = next + separator.length;
    }
    return false;
  };
}
