import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  addIssuePatch,
  applyIssuePatches,
  commitIssuePatch,
  EMPTY_ISSUE_PATCHES,
  type IssueBulkAction,
  type IssuePatchQueue,
  rollbackIssuePatch,
  settleIssuePatches,
} from '../../core/issues';
import type { Issue } from '../../core/model';

/** What a bulk action acts on, passed to the host's callback. */
export interface IssueBulkActionTarget {
  /** Selected issues among the visible ones, in visible order. */
  issueIds: string[];
  /** Whether "all issues matching the search" was chosen, reaching past the loaded list. */
  allMatching: boolean;
  /** The query the selection belongs to. */
  query: string;
}

/** The host's handler for bulk actions; a rejected promise rolls the optimistic change back. */
export type IssueBulkActionHandler = (action: IssueBulkAction, target: IssueBulkActionTarget) => unknown;

/** An action the host refused, kept so the list can say so. */
export interface IssueActionFailure {
  action: IssueBulkAction;
  issueIds: string[];
  error: unknown;
}

/**
 * Optimistic bulk actions: the patch shows at once, is confirmed when the host's promise
 * resolves and removed when it rejects; confirmed patches settle when fresh issues arrive.
 */
export function useIssueActions(issues: readonly Issue[], onBulkAction: IssueBulkActionHandler | undefined) {
  const [queue, setQueue] = useState<IssuePatchQueue>(EMPTY_ISSUE_PATCHES);
  const [failure, setFailure] = useState<IssueActionFailure | null>(null);
  // A ref mirrors the queue so patch ids stay unique across actions started in one tick.
  const queueRef = useRef(queue);
  const update = useCallback((change: (queue: IssuePatchQueue) => IssuePatchQueue) => {
    queueRef.current = change(queueRef.current);
    setQueue(queueRef.current);
  }, []);
  const handlerRef = useRef(onBulkAction);
  handlerRef.current = onBulkAction;

  // The host's new list already carries what it confirmed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the host hands over a new issue list
  useEffect(() => update(settleIssuePatches), [issues, update]);

  const run = useCallback(
    async (action: IssueBulkAction, target: IssueBulkActionTarget): Promise<boolean> => {
      if (target.issueIds.length === 0) return false;
      const { queue: next, patch } = addIssuePatch(queueRef.current, action, target.issueIds);
      update(() => next);
      setFailure(null);
      try {
        await handlerRef.current?.(action, target);
        update((q) => commitIssuePatch(q, patch.id));
        return true;
      } catch (error) {
        update((q) => rollbackIssuePatch(q, patch.id));
        setFailure({ action, issueIds: target.issueIds, error });
        return false;
      }
    },
    [update],
  );

  // Returns the input itself while nothing is queued, so the search index is not rebuilt.
  const patched = useMemo(() => applyIssuePatches(issues, queue), [issues, queue]);
  const dismissFailure = useCallback(() => setFailure(null), []);
  return { issues: patched, patches: queue.patches, run, failure, dismissFailure };
}
