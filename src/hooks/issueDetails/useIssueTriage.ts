import { useCallback, useMemo, useRef, useState } from 'react';
import type { Issue } from '../../core/model';
import type { SentryClient } from '../../sentry/types';
import { applyTriageAction, type IssueTriageAction, triageUpdate } from './triage';

/** The client calls triage needs; a `SentryClient` has them. */
export type IssueTriageClient = Pick<SentryClient, 'updateIssues' | 'deleteIssues'>;

/** Options of `useIssueTriage`. */
export interface UseIssueTriageOptions {
  client: IssueTriageClient;
  organization: string;
  /** The issue as the server last sent it; a new object replaces what the hook confirmed. */
  issue: Issue | undefined;
}

/** A change the server refused; the issue shows as before it. */
export interface IssueTriageFailure {
  action: IssueTriageAction | { type: 'delete' };
  error: unknown;
}

/** What `useIssueTriage` returns. */
export interface UseIssueTriageResult {
  /** The issue with every change applied, the pending ones included. */
  issue: Issue | undefined;
  /** Whether a change is waiting for the server. */
  pending: boolean;
  /** Applies the change at once and sends it; resolves `false` (and rolls back) when it failed. */
  run: (action: IssueTriageAction) => Promise<boolean>;
  /** Deletes the issue; `deleted` turns true once the server accepted. */
  remove: () => Promise<boolean>;
  deleted: boolean;
  /** The last refused change, for an alert; cleared by the next change or `dismissFailure`. */
  failure: IssueTriageFailure | null;
  dismissFailure: () => void;
}

interface PendingChange {
  seq: number;
  action: IssueTriageAction;
}

/**
 * Optimistic triage of one issue (resolve, ignore, assign, bookmark, subscribe, delete) over
 * the Web API's bulk update with `ids: [id]`: the change shows at once, stays when the server
 * agrees and is rolled back, with a failure to show, when it refuses.
 */
export function useIssueTriage({ client, organization, issue }: UseIssueTriageOptions): UseIssueTriageResult {
  const [confirmed, setConfirmed] = useState<{ from: Issue | undefined; issue: Issue | undefined }>({ from: issue, issue });
  const [queue, setQueue] = useState<PendingChange[]>([]);
  const [failure, setFailure] = useState<IssueTriageFailure | null>(null);
  const [deleted, setDeleted] = useState(false);
  const seq = useRef(0);
  const latest = useRef({ client, organization, issue });
  latest.current = { client, organization, issue };

  // A fresh issue from the host carries what the server confirmed, so it replaces ours.
  const base = confirmed.from === issue ? confirmed.issue : issue;
  if (confirmed.from !== issue) setConfirmed({ from: issue, issue });

  const run = useCallback(async (action: IssueTriageAction): Promise<boolean> => {
    const { client, organization, issue } = latest.current;
    if (issue === undefined) return false;
    seq.current += 1;
    const change: PendingChange = { seq: seq.current, action };
    setQueue((q) => [...q, change]);
    setFailure(null);
    try {
      await client.updateIssues({ organization, ids: [issue.id], ...triageUpdate(action) });
      setConfirmed((c) => (c.from === issue && c.issue ? { from: issue, issue: applyTriageAction(c.issue, action) } : c));
      return true;
    } catch (error) {
      setFailure({ action, error });
      return false;
    } finally {
      setQueue((q) => q.filter((p) => p !== change));
    }
  }, []);

  const remove = useCallback(async (): Promise<boolean> => {
    const { client, organization, issue } = latest.current;
    if (issue === undefined) return false;
    setFailure(null);
    try {
      await client.deleteIssues({ organization, ids: [issue.id] });
      setDeleted(true);
      return true;
    } catch (error) {
      setFailure({ action: { type: 'delete' }, error });
      return false;
    }
  }, []);

  const shown = useMemo(() => (base === undefined ? undefined : queue.reduce((acc, p) => applyTriageAction(acc, p.action), base)), [base, queue]);
  const dismissFailure = useCallback(() => setFailure(null), []);
  return { issue: shown, pending: queue.length > 0, run, remove, deleted, failure, dismissFailure };
}
