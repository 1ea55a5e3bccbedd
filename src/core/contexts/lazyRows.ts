import type { ContextPanel, ContextRow, ContextRowGroup } from './types';

/** A run of rows in one group, known by count and key before any row is built. */
export interface RowRun {
  /** Sub-heading the rows belong under; `undefined` for the panel's own fields. */
  group?: string;
  size: number;
  /** The row's key before duplicates are numbered: cheap, no formatting. */
  keyAt: (index: number) => string;
  /** Builds the row: labels, formatting, scrubbing and masking. */
  build: (index: number) => ContextRow;
}

/** A run over a list, one row per item. */
export function runOf<T>(
  items: readonly T[],
  keyOf: (item: T, index: number) => string,
  build: (item: T, index: number) => ContextRow,
  group?: string,
): RowRun {
  return { group, size: items.length, keyAt: (i) => keyOf(items[i] as T, i), build: (i) => build(items[i] as T, i) };
}

/**
 * A panel whose rows are built when read. Formatting, `_meta` lookups and masking cost
 * microseconds a row, and a context of 100,000 keys took seconds to build before a page of
 * 200 showed; now a panel reads its groups' sizes and builds only the rows it shows. Every
 * row is built once and kept; `rows` builds them all, for callers that want the list.
 */
export function lazyPanel(head: Pick<ContextPanel, 'key' | 'type' | 'title'>, allRuns: readonly RowRun[]): ContextPanel {
  const runs = allRuns.filter((run) => run.size > 0);
  const built = runs.map(() => new Map<number, ContextRow>());
  let uniqueKeys: string[][] | undefined;
  // Headers and tags may repeat a name; React keys and reveal state need each row key once.
  const keysOf = (): string[][] => {
    if (uniqueKeys) return uniqueKeys;
    const seen = new Map<string, number>();
    uniqueKeys = runs.map((run) =>
      Array.from({ length: run.size }, (_, i) => {
        const key = run.keyAt(i);
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        return count > 1 ? `${key}#${count}` : key;
      }),
    );
    return uniqueKeys;
  };
  const rowAt = (runIndex: number, index: number): ContextRow => {
    const cache = built[runIndex] as Map<number, ContextRow>;
    let row = cache.get(index);
    if (row === undefined) {
      row = (runs[runIndex] as RowRun).build(index);
      row.key = keysOf()[runIndex]?.[index] ?? row.key;
      cache.set(index, row);
    }
    return row;
  };

  // Rows of a group stay together under one heading even when runs of it are apart.
  const byGroup = new Map<string | undefined, Member[]>();
  runs.forEach((run, i) => {
    const member: Member = [run.size, (at) => rowAt(i, at)];
    const members = byGroup.get(run.group);
    if (members) members.push(member);
    else byGroup.set(run.group, [member]);
  });
  const groups = [...byGroup].map(([group, members]) => new RowGroup(group, members));
  let all: ContextRow[] | undefined;
  return {
    ...head,
    rowCount: runs.reduce((sum, run) => sum + run.size, 0),
    groups,
    get rows() {
      all ??= runs.flatMap((run, i) => Array.from({ length: run.size }, (_, at) => rowAt(i, at)));
      return all;
    },
  };
}

type Member = [size: number, rowAt: (index: number) => ContextRow];

// A class, so two panels of equal rows compare equal: its builders are private, not own fields.
class RowGroup implements ContextRowGroup {
  readonly size: number;
  readonly #members: readonly Member[];

  constructor(
    readonly group: string | undefined,
    members: readonly Member[],
  ) {
    this.#members = members;
    this.size = members.reduce((sum, [size]) => sum + size, 0);
  }

  slice(start: number, end: number): ContextRow[] {
    const rows: ContextRow[] = [];
    let offset = 0;
    for (const [size, rowAt] of this.#members) {
      for (let at = Math.max(start - offset, 0); at < Math.min(end - offset, size); at++) rows.push(rowAt(at));
      offset += size;
      if (offset >= end) break;
    }
    return rows;
  }
}
