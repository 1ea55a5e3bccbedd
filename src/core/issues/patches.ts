import type { Assignee, Issue, IssueSubstatus } from '../model';

/** A bulk action from the issue list's toolbar, as Sentry offers them. */
export type IssueBulkAction =
  | { type: 'resolve' }
  | { type: 'unresolve' }
  | { type: 'ignore'; substatus?: Extract<IssueSubstatus, `archived_${string}`> }
  | { type: 'assign'; assignee: Assignee | null }
  | { type: 'bookmark' }
  | { type: 'unbookmark' }
  | { type: 'merge'; parentId?: string }
  | { type: 'delete' };

/** A bulk action shown before the host confirms it. */
export interface IssuePatch {
  id: string;
  action: IssueBulkAction;
  issueIds: readonly string[];
  /**
   * `committed` once the host's promise resolved: still applied, because the host's issue
   * list may not show the change yet, until `settleIssuePatches` drops it.
   */
  state: 'pending' | 'committed';
}

/** The patches over an issue list, oldest first. */
export interface IssuePatchQueue {
  readonly patches: readonly IssuePatch[];
  /** Sequence for the next patch id. */
  readonly nextId: number;
}

/** No patches. */
export const EMPTY_ISSUE_PATCHES: IssuePatchQueue = { patches: [], nextId: 1 };

/** Queues an optimistic patch; returns the new queue and the patch (its `id` commits or rolls it back). */
export function addIssuePatch(
  queue: IssuePatchQueue,
  action: IssueBulkAction,
  issueIds: readonly string[],
): { queue: IssuePatchQueue; patch: IssuePatch } {
  const patch: IssuePatch = { id: `patch-${queue.nextId}`, action, issueIds: [...issueIds], state: 'pending' };
  return { queue: { patches: [...queue.patches, patch], nextId: queue.nextId + 1 }, patch };
}

/** Marks a patch confirmed by the host (its promise resolved). */
export function commitIssuePatch(queue: IssuePatchQueue, patchId: string): IssuePatchQueue {
  if (!queue.patches.some((p) => p.id === patchId && p.state === 'pending')) return queue;
  return { ...queue, patches: queue.patches.map((p) => (p.id === patchId ? { ...p, state: 'committed' } : p)) };
}

/** Drops a patch the host refused (its promise rejected): its issues show as before. */
export function rollbackIssuePatch(queue: IssuePatchQueue, patchId: string): IssuePatchQueue {
  if (!queue.patches.some((p) => p.id === patchId)) return queue;
  return { ...queue, patches: queue.patches.filter((p) => p.id !== patchId) };
}

/** Drops committed patches; call when the host hands over a fresh issue list that includes them. */
export function settleIssuePatches(queue: IssuePatchQueue): IssuePatchQueue {
  if (!queue.patches.some((p) => p.state === 'committed')) return queue;
  return { ...queue, patches: queue.patches.filter((p) => p.state === 'pending') };
}

function patchOne(issue: Issue, action: IssueBulkAction): Issue | null {
  switch (action.type) {
    case 'resolve':
      return { ...issue, status: 'resolved', substatus: undefined };
    case 'unresolve':
      return { ...issue, status: 'unresolved', substatus: 'ongoing' };
    case 'ignore':
      return { ...issue, status: 'ignored', substatus: action.substatus ?? 'archived_forever' };
    case 'assign':
      return { ...issue, assignedTo: action.assignee ?? undefined };
    case 'bookmark':
      return { ...issue, isBookmarked: true };
    case 'unbookmark':
      return { ...issue, isBookmarked: false };
    case 'delete':
      return null;
    case 'merge':
      return issue;
  }
}

const earliest = (a?: string, b?: string) => (!a ? b : !b ? a : a < b ? a : b);
const latest = (a?: string, b?: string) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Merges issues as Sentry does: into `parentId`, or else the one with the most events. The
 * others disappear; the parent sums events and spans their dates. Users may overlap between
 * issues, so the parent keeps the largest user count rather than a sum.
 */
function mergeIssues(issues: Issue[], ids: ReadonlySet<string>, parentId: string | undefined): Issue[] {
  const merged = issues.filter((issue) => ids.has(issue.id));
  if (merged.length < 2) return issues;
  const parent = merged.find((issue) => issue.id === parentId) ?? merged.reduce((a, b) => (b.count > a.count ? b : a));
  const combined: Issue = { ...parent };
  for (const child of merged) {
    if (child === parent) continue;
    combined.count += child.count;
    combined.userCount = Math.max(combined.userCount, child.userCount);
    combined.firstSeen = earliest(combined.firstSeen, child.firstSeen);
    combined.lastSeen = latest(combined.lastSeen, child.lastSeen);
  }
  return issues.flatMap((issue) => (issue === parent ? [combined] : ids.has(issue.id) ? [] : [issue]));
}

/**
 * The issues as they will be once the queued patches land, applied oldest first. Returns the
 * input array itself when there is nothing to apply, so memoised views stay put.
 */
export function applyIssuePatches(issues: readonly Issue[], queue: IssuePatchQueue | readonly IssuePatch[]): readonly Issue[] {
  const patches = 'patches' in queue ? queue.patches : queue;
  if (patches.length === 0) return issues;
  let result: Issue[] = [...issues];
  for (const { action, issueIds } of patches) {
    const ids = new Set(issueIds);
    if (action.type === 'merge') {
      result = mergeIssues(result, ids, action.parentId);
      continue;
    }
    const next: Issue[] = [];
    for (const issue of result) {
      const patched = ids.has(issue.id) ? patchOne(issue, action) : issue;
      if (patched) next.push(patched);
    }
    result = next;
  }
  return result;
}
