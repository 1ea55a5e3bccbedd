// A host page for the IssueDetails stories: the issue from the Web API fixture, triaged through
// useIssueTriage against an in-memory client that answers after a short wait (or refuses).
import { useState } from 'react';
import { IssueDetails, type IssueDetailsProps } from '../../src/components/IssueDetails';
import { normalizeIssue } from '../../src/core';
import type { Assignee, Issue } from '../../src/core/model';
import { type IssueTriageClient, useIssueTriage } from '../../src/hooks/issueDetails';
import { rawApiIssues, SAMPLE_NOW } from '../IssueList/sampleIssues';

export { SAMPLE_NOW };

/** The fixture's first issue, unresolved and unassigned so every action has something to do. */
export const sampleIssue: Issue = {
  ...normalizeIssue(rawApiIssues[0]).value,
  status: 'unresolved',
  substatus: 'ongoing',
  assignedTo: undefined,
  isBookmarked: false,
  isSubscribed: false,
};

export const sampleAssignees: Assignee[] = [
  { type: 'user', id: '1', name: 'Alice Moreau', email: 'alice@example.com' },
  { type: 'user', id: '2', name: 'Bogdan Ilić', email: 'bogdan@example.com' },
  { type: 'user', id: '3', name: 'Chen Wei', email: 'chen@example.com' },
  { type: 'team', id: '7', name: 'backend' },
  { type: 'team', id: '8', name: 'mobile' },
];

/** A client that agrees after `delayMs`, or refuses with a 403 when `fail` is set. */
export function demoClient({ fail = false, delayMs = 150 }: { fail?: boolean; delayMs?: number } = {}): IssueTriageClient {
  const answer = <T,>(value: T) =>
    new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('403 Forbidden: you cannot change this issue')) : resolve(value)), delayMs));
  return {
    updateIssues: () => answer({ changes: {}, raw: {}, url: '', status: 200 }),
    deleteIssues: () => answer({ url: '', status: 204 }),
  };
}

/** Props of the demo page. */
export type TriageDemoProps = Partial<Pick<IssueDetailsProps, 'releases' | 'assignees' | 'currentUser'>> & {
  issue?: Issue;
  client?: IssueTriageClient;
  /** Portal menus into a box inside the story, so axe checks them too. */
  portalInside?: boolean;
};

/** IssueDetails wired to useIssueTriage, as a host page would. */
export function TriageDemo({ issue = sampleIssue, client, portalInside = false, releases = ['2.4.1', '2.4.0', '2.3.9'], assignees = sampleAssignees, currentUser = sampleAssignees[1] }: TriageDemoProps) {
  const [fallback] = useState(() => demoClient());
  const [host, setHost] = useState<HTMLDivElement | null>(null);
  const triage = useIssueTriage({ client: client ?? fallback, organization: 'acme', issue });
  if (triage.deleted || triage.issue === undefined) return <p role="status">Issue deleted</p>;
  return (
    <>
      <IssueDetails
        issue={triage.issue}
        now={SAMPLE_NOW}
        onAction={(action) => void triage.run(action)}
        onDelete={() => void triage.remove()}
        assignees={assignees}
        currentUser={currentUser}
        releases={releases}
        failure={triage.failure}
        onDismissFailure={triage.dismissFailure}
        container={portalInside ? host : undefined}
      />
      {portalInside && <div ref={setHost} data-testid="portal-host" />}
    </>
  );
}
