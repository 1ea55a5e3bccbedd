import type { Event } from '../model/event';
import type { ExceptionRelation, ExceptionValue } from '../model/exception';

/** How an exception in the chain relates to the exception shown before it. */
export type ExceptionLink =
  /** The exception before it was raised because of this one (`raise … from`, Java `Caused by`). */
  | 'caused-by'
  /** This one was being handled when the exception before it was raised (Python `__context__`). */
  | 'during-handling-of'
  /** This one is a member of an exception group further up the chain. */
  | 'group-member';

/** Words for each `ExceptionLink`, as a chain shows them between two exceptions. */
export const EXCEPTION_LINK_LABELS: Record<ExceptionLink, string> = {
  'caused-by': 'Caused by',
  'during-handling-of': 'During handling of',
  'group-member': 'Member of exception group',
};

/** One exception of the chain, placed in the tree of causes and groups. */
export interface ChainedException {
  /** The exception itself. */
  exception: ExceptionValue;
  /** Position of the exception in `event.exceptions`. */
  index: number;
  /** Distance from the raised exception in the tree: 0 for the raised one (and unrelated roots). */
  depth: number;
  /** Position in `event.exceptions` of the entry this one hangs under; `undefined` for a root. */
  parentIndex?: number;
  /** How it relates to its parent; `undefined` for a root. */
  link?: ExceptionLink;
  /** Whether this exception is an exception group (aggregate). */
  isGroup: boolean;
  /** Entries hanging directly under this one, in raised order. */
  children: ChainedException[];
}

/** The exceptions of an event in raised order, as a tree of causes and group members. */
export interface ExceptionChain {
  /** Every exception, depth first: the raised one first, then its cause, its cause's cause… */
  entries: ChainedException[];
  /** Top-level entries: normally only the raised exception. */
  roots: ChainedException[];
  /** The exception that was raised, when the event has any. */
  raised?: ChainedException;
}

function linkOf(relation: ExceptionRelation | undefined, parent: ExceptionValue): ExceptionLink {
  if (relation === 'context') return 'during-handling-of';
  if (relation === 'group' || (relation === undefined && parent.mechanism?.isExceptionGroup === true)) {
    return 'group-member';
  }
  return 'caused-by';
}

/**
 * Orders the exceptions of an event as they were raised: the raised exception first, then
 * what caused it, and each exception group with its members beneath it. Sentry lists the
 * raised exception last, so input order reversed is raised order among siblings.
 */
export function getExceptionChain(event: Pick<Event, 'exceptions'>): ExceptionChain {
  const byId = new Map<number, number>();
  event.exceptions.forEach((exception, index) => {
    if (!byId.has(exception.id)) byId.set(exception.id, index);
  });
  const childIndexes = new Map<number, number[]>();
  const rootIndexes: number[] = [];
  for (let index = event.exceptions.length - 1; index >= 0; index--) {
    const exception = event.exceptions[index] as ExceptionValue;
    const parentIndex = exception.parentId === undefined ? undefined : byId.get(exception.parentId);
    if (parentIndex === undefined || parentIndex === index) {
      rootIndexes.push(index);
    } else {
      const siblings = childIndexes.get(parentIndex) ?? [];
      siblings.push(index);
      childIndexes.set(parentIndex, siblings);
    }
  }

  const entries: ChainedException[] = [];
  const placed = new Set<number>();
  const roots: ChainedException[] = [];
  // Depth first with a stack of its own, not recursion: a chain of 10,000 causes is 10,000
  // levels deep, past the engine's call stack.
  const place = (rootIndex: number): void => {
    const pending: [index: number, parent: ChainedException | undefined][] = [[rootIndex, undefined]];
    while (pending.length > 0) {
      const [index, parent] = pending.pop() as [number, ChainedException | undefined];
      // A parent id loop would otherwise place an exception twice (and loop forever).
      if (placed.has(index)) continue;
      placed.add(index);
      const exception = event.exceptions[index] as ExceptionValue;
      const entry: ChainedException = {
        exception,
        index,
        depth: parent === undefined ? 0 : parent.depth + 1,
        parentIndex: parent?.index,
        link: parent === undefined ? undefined : linkOf(exception.relation, parent.exception),
        isGroup: exception.mechanism?.isExceptionGroup === true,
        children: [],
      };
      entries.push(entry);
      if (parent === undefined) roots.push(entry);
      else parent.children.push(entry);
      const children = childIndexes.get(index) ?? [];
      // Pushed last first, so the first child comes off the stack first: raised order.
      for (let child = children.length - 1; child >= 0; child--) pending.push([children[child] as number, entry]);
    }
  };

  for (const index of rootIndexes) place(index);
  // Exceptions caught in a parent loop have no root above them; show them rather than lose them.
  for (let index = event.exceptions.length - 1; index >= 0; index--) place(index);
  return { entries, roots, raised: roots[0] };
}

/**
 * Exceptions a view or a text of the chain shows at most. A chain of thousands (a retry loop
 * wrapping each failure, hostile input) would otherwise mean thousands of blocks to render and
 * megabytes of text; no reader follows a chain that long, and the event's JSON keeps them all.
 */
export const MAX_SHOWN_EXCEPTIONS = 100;

/** The first exceptions of a chain in its depth-first order, and how many were left out. */
export interface LimitedExceptionChain {
  /** Kept entries, depth first; each a copy whose `children` hold only kept entries. */
  entries: ChainedException[];
  /** Top-level kept entries. */
  roots: ChainedException[];
  /** Exceptions of the chain left out. */
  omitted: number;
}

/**
 * Keeps the first `max` exceptions of a chain in depth-first (raised) order: the raised
 * exception and its nearest causes. Walks with a stack of its own, never recursion.
 */
export function limitExceptionChain(chain: Pick<ExceptionChain, 'roots'>, max = MAX_SHOWN_EXCEPTIONS): LimitedExceptionChain {
  const entries: ChainedException[] = [];
  const roots: ChainedException[] = [];
  let seen = 0;
  const pending: [entry: ChainedException, parent: ChainedException | undefined][] = [];
  for (let index = chain.roots.length - 1; index >= 0; index--) pending.push([chain.roots[index] as ChainedException, undefined]);
  while (pending.length > 0) {
    const [entry, parent] = pending.pop() as [ChainedException, ChainedException | undefined];
    seen++;
    if (entries.length >= max) {
      // Past the limit only the count matters: its subtree is counted as it comes off the stack.
      for (const child of entry.children) pending.push([child, undefined]);
      continue;
    }
    const copy: ChainedException = { ...entry, children: [] };
    entries.push(copy);
    if (parent === undefined) roots.push(copy);
    else parent.children.push(copy);
    for (let child = entry.children.length - 1; child >= 0; child--) pending.push([entry.children[child] as ChainedException, copy]);
  }
  return { entries, roots, omitted: seen - entries.length };
}

/** The line a view or text shows for exceptions it left out, saying where they are. */
export function omittedExceptionsNote(omitted: number): string {
  const count = omitted.toLocaleString('en-US');
  return `… ${count} more exception${omitted === 1 ? '' : 's'} not shown: the event's raw JSON lists every one.`;
}
