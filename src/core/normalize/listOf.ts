import type { NormalizeResult, Problem } from '../model';
import { itemPath, type Path, problemSummary, type ReadContext, report, reportUnreadable } from './reader';

/** Reads one list item; `undefined` drops it (the reader has said why). */
export type ItemReader<T> = (ctx: ReadContext, item: unknown, path: Path) => T | undefined;

/**
 * Reads a list of Web API objects item by item: an item that is off, or throws when read,
 * becomes a problem at its index (`[3].name`) and the others still read. Never throws.
 */
export function normalizeListOf<T>(input: unknown, expected: string, readItem: ItemReader<T>, root: Path = ''): NormalizeResult<T[]> {
  const ctx: ReadContext = { mode: 'api', problems: [] };
  const value = readListItems(ctx, input, expected, readItem, root);
  return finishList(ctx, value);
}

/** The items of `input` read into a list, problems into `ctx`. */
export function readListItems<T>(ctx: ReadContext, input: unknown, expected: string, readItem: ItemReader<T>, root: Path): T[] {
  const value: T[] = [];
  let length = 0;
  try {
    if (!Array.isArray(input)) {
      report(ctx, root === '' ? '$' : root, undefined, expected, input, 'dropped');
      return value;
    }
    length = input.length;
  } catch {
    reportUnreadable(ctx, root === '' ? '$' : root, undefined, expected);
    return value;
  }
  const list = input as unknown[];
  for (let index = 0; index < length; index++) {
    try {
      const read = readItem(ctx, list[index], itemPath(root, index));
      if (read !== undefined) value.push(read);
    } catch {
      reportUnreadable(ctx, itemPath(root, index), undefined);
    }
  }
  return value;
}

/** The result of a list read, with the count of problems past the limit as its last problem. */
export function finishList<T>(ctx: ReadContext, value: T): NormalizeResult<T> {
  const problems: Problem[] = ctx.problems;
  if (ctx.omitted !== undefined) problems.push(problemSummary(ctx.omitted));
  return { value, problems };
}
