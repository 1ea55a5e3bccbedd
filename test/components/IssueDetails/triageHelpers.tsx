import { vi } from 'vitest';
import { IssueDetails } from '../../../src/components/IssueDetails';
import { normalizeIssueList } from '../../../src/core';
import type { Assignee, Issue } from '../../../src/core/model';
import { type IssueTriageClient, useIssueTriage } from '../../../src/hooks/issueDetails';
import issuesList from '../../fixtures/api/issues-list.json';

const first = normalizeIssueList(issuesList).value[0];
if (first === undefined) throw new Error('issues-list fixture has no issue');
/** An unresolved, unassigned, unbookmarked issue from the Web API fixture. */
export const baseIssue: Issue = { ...first, status: 'unresolved', substatus: 'ongoing', assignedTo: undefined, isBookmarked: false, isSubscribed: false };

export const ASSIGNEES: Assignee[] = [
  { type: 'user', id: '1', name: 'Alice Moreau', email: 'alice@example.com' },
  { type: 'user', id: '2', name: 'Bogdan Ilić', email: 'bogdan@example.com' },
  { type: 'team', id: '7', name: 'backend' },
];

/** A client whose calls wait until the test settles them, so the optimistic state can be seen. */
export function deferredClient() {
  const settle: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const wait = () =>
    new Promise<void>((resolve, reject) => {
      settle.push({ resolve, reject });
    });
  const client = {
    updateIssues: vi.fn(async () => {
      await wait();
      return { changes: {}, raw: {}, url: '', status: 200 };
    }),
    deleteIssues: vi.fn(async () => {
      await wait();
      return { url: '', status: 204 };
    }),
  } satisfies IssueTriageClient;
  return { client, settle };
}

/** IssueDetails wired to useIssueTriage, as a host page would. */
export function TriagePage({ client, issue = baseIssue }: { client: IssueTriageClient; issue?: Issue }) {
  const triage = useIssueTriage({ client, organization: 'acme', issue });
  if (triage.issue === undefined) return null;
  return (
    <IssueDetails
      issue={triage.issue}
      onAction={(action) => void triage.run(action)}
      onDelete={() => void triage.remove()}
      assignees={ASSIGNEES}
      currentUser={ASSIGNEES[1]}
      releases={['2.4.0', '2.3.1']}
      failure={triage.failure}
      onDismissFailure={triage.dismissFailure}
      data-deleted={triage.deleted ? '' : undefined}
    />
  );
}
