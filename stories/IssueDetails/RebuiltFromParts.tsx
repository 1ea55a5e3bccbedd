// A compact issue card rebuilt from IssueDetails' public parts and useIssueTriage: the status
// badge beside the title, then only Resolve and the assignee, as a host's sidebar might want.
import { useState } from 'react';
import { AssigneePicker, IssueStatusBadge, ResolveMenu } from '../../src/components/IssueDetails';
import { useIssueTriage } from '../../src/hooks/issueDetails';
import { demoClient, sampleAssignees, sampleIssue } from './triageDemo';

export function RebuiltFromParts() {
  const [client] = useState(() => demoClient());
  const triage = useIssueTriage({ client, organization: 'acme', issue: sampleIssue });
  const issue = triage.issue ?? sampleIssue;
  return (
    <article className="fl" aria-labelledby="rebuilt-title" style={{ display: 'grid', gap: '0.5rem', maxWidth: '24rem' }}>
      <h2 id="rebuilt-title" style={{ margin: 0, fontSize: '1rem' }}>
        {issue.title} <IssueStatusBadge issue={issue} />
      </h2>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        <ResolveMenu
          status={issue.status}
          releases={['2.4.1']}
          onResolve={(resolveIn) => void triage.run({ type: 'resolve', resolveIn })}
          onUnresolve={() => void triage.run({ type: 'unresolve' })}
        />
        <AssigneePicker value={issue.assignedTo} options={sampleAssignees} onAssign={(assignee) => void triage.run({ type: 'assign', assignee })} />
      </div>
    </article>
  );
}
