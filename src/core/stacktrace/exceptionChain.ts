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
  const place = (index: number, parent: ChainedException | undefined): ChainedException | undefined => {
    // A parent id loop would otherwise recurse forever.
    if (placed.has(index)) return undefined;
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
    for (const childIndex of childIndexes.get(index) ?? []) {
      const child = place(childIndex, entry);
      if (child !== undefined) entry.children.push(child);
    }
    return entry;
  };

  const roots: ChainedException[] = [];
  for (const index of rootIndexes) {
    const root = place(index, undefined);
    if (root !== undefined) roots.push(root);
  }
  // Exceptions caught in a parent loop have no root above them; show them rather than lose them.
  for (let index = event.exceptions.length - 1; index >= 0; index--) {
    const orphan = place(index, undefined);
    if (orphan !== undefined) roots.push(orphan);
  }
  return { entries, roots, raised: roots[0] };
}
