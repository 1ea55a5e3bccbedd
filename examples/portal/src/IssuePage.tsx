import { EventView, IssueActions, IssueActivity, IssueDetails } from 'faultline';
import { useIssueActivity, useIssueTriage, useOrganizationAssignees, useSentryEvent } from 'faultline/hooks';
import type { IssueTriageAction } from 'faultline/hooks';
import { isSentryApiError } from 'faultline/sentry';
import { useEffect, useMemo } from 'react';
import { ORGANIZATION, sentryClient } from './config';
import { useCurrentUser, useIssue, useReleaseVersions } from './issuePageData';
import { lastListHref, navigate, type Route } from './route';

type IssueRoute = Extract<Route, { page: 'issue' }>;

const EVENT_CHOICES: readonly { value: string; label: string }[] = [
  { value: 'recommended', label: 'Recommended' },
  { value: 'latest', label: 'Latest' },
  { value: 'oldest', label: 'Oldest' },
];

/** Says what failed in words a reader can act on: a missing issue is not a broken server. */
function describeError(error: Error): string {
  if (isSentryApiError(error) && error.status === 404) return 'This issue or its event does not exist (it may have been deleted or merged).';
  return `Could not load the event: ${error.message}`;
}

/**
 * One issue as Sentry's issue page lays it out: the main column has the header with triage,
 * the event navigation and the event; the sidebar has the tag facets, the chart and the activity.
 */
export function IssuePage({ route }: { route: IssueRoute }) {
  const { issue, refetch: refetchIssue } = useIssue(route.issueId);
  const event = useSentryEvent({ client: sentryClient, organization: ORGANIZATION, issueId: route.issueId, eventId: route.event });
  const triage = useIssueTriage({ client: sentryClient, organization: ORGANIZATION, issue });
  const members = useOrganizationAssignees({ client: sentryClient, organization: ORGANIZATION });
  const currentUser = useCurrentUser();
  const activity = useIssueActivity({ client: sentryClient, organization: ORGANIZATION, issueId: route.issueId, currentUser });
  const releases = useReleaseVersions(issue?.project?.id);
  const names = useMemo(() => new Map(members.assignees.map((a) => [`${a.type}:${a.id}`, a.type === 'team' ? `#${a.name}` : a.name])), [members.assignees]);
  const backHref = lastListHref();

  useEffect(() => {
    if (triage.deleted) window.location.hash = backHref.slice(1);
  }, [triage.deleted, backHref]);

  // The server records each change in the activity and may fill in more (assignee names,
  // `ignoreUntil`), so both reload once it agreed.
  const onAction = async (action: IssueTriageAction) => {
    if (!(await triage.run(action))) return;
    activity.refetch();
    refetchIssue();
  };

  return (
    <section aria-label={`Issue ${route.issueId}`} className="portal-page portal-issue">
      <nav aria-label="Issue navigation" className="portal-issue-nav">
        <a href={backHref}>← All issues</a>
      </nav>
      <div className="portal-issue-layout">
        <div className="portal-issue-main">
          {triage.issue ? (
            <IssueDetails
              issue={triage.issue}
              onAction={(action) => void onAction(action)}
              onDelete={() => void triage.remove()}
              assignees={members.assignees}
              assigneesLoading={members.loading}
              currentUser={currentUser}
              releases={releases}
              permalink={window.location.href}
              failure={triage.failure}
              onDismissFailure={triage.dismissFailure}
            />
          ) : (
            !event.error && <h1 className="portal-issue-title">Issue {route.issueId}</h1>
          )}
          <div className="portal-event-nav">
            <label>
              Event{' '}
              <select value={route.event} onChange={(change) => navigate({ ...route, event: change.target.value }, { replace: true })}>
                {EVENT_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {event.error ? (
            <div role="alert" className="portal-error">
              <h1>Issue {route.issueId}</h1>
              <p>{describeError(event.error)}</p>
              <button type="button" onClick={event.refetch}>
                Try again
              </button>
            </div>
          ) : event.data === undefined ? (
            <div className="portal-loading" role="status">
              <p>Loading the event…</p>
            </div>
          ) : (
            // No `issue` here: IssueDetails above already shows its counts and first / last seen.
            <EventView
              event={event.data}
              headingLevel={2}
              actions={<IssueActions event={event.data} issue={triage.issue} permalink={window.location.href} />}
            />
          )}
        </div>
        <aside className="portal-issue-sidebar" aria-label="Issue sidebar">
          <IssueActivity
            activity={activity.activity}
            error={activity.error}
            onRetry={activity.refetch}
            onAddNote={activity.addNote}
            onEditNote={activity.editNote}
            onDeleteNote={activity.deleteNote}
            currentUserId={currentUser?.id}
            names={names}
            failure={activity.failure}
            onDismissFailure={activity.dismissFailure}
          />
        </aside>
      </div>
    </section>
  );
}
