import { EventNavigation, EventView, IssueActions, IssueActivity, IssueDetails, IssueEventChart, IssueEvents, TagFacets } from 'faultline';
import { useEventNavigation, useIssueActivity, useIssueEvents, useIssueStats, useIssueTags, useIssueTriage, useOrganizationAssignees } from 'faultline/hooks';
import type { IssueTriageAction } from 'faultline/hooks';
import { isSentryApiError } from 'faultline/sentry';
import { useEffect, useMemo, useState } from 'react';
import { ORGANIZATION, sentryClient } from './config';
import { useCurrentUser, useIssue, useReleaseVersions } from './issuePageData';
import { lastListHref, navigate, type Route } from './route';

type IssueRoute = Extract<Route, { page: 'issue' }>;

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
  const issueRef = { client: sentryClient, organization: ORGANIZATION, issueId: route.issueId };
  const nav = useEventNavigation({ ...issueRef, eventId: route.event });
  const event = { data: nav.event, error: nav.error, refetch: nav.refetch };
  const tags = useIssueTags(issueRef);
  const [statsPeriod, setStatsPeriod] = useState<'24h' | '14d' | '30d'>('24h');
  const stats = useIssueStats({ ...issueRef, period: statsPeriod, project: issue?.project?.id });
  const [eventsQuery, setEventsQuery] = useState({ query: '', cursor: '' });
  const events = useIssueEvents({ ...issueRef, query: eventsQuery.query, cursor: eventsQuery.cursor || undefined, limit: 10 });
  // The event id goes into the hash, so a reload or a shared link shows the same event.
  const eventHref = `#/issues/${encodeURIComponent(route.issueId)}/?event={eventId}`;
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
          <EventNavigation
            className="portal-event-nav"
            eventId={nav.eventId}
            selected={nav.selected}
            targets={nav.targets}
            eventHref={eventHref}
            loading={nav.loading}
          />
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
            <EventView
              event={event.data}
              issue={triage.issue}
              headingLevel={2}
              actions={<IssueActions event={event.data} issue={triage.issue} permalink={window.location.href} />}
            />
          )}
          <IssueEvents
            id="issue-events"
            events={events.events}
            loading={events.loading}
            error={events.error}
            query={eventsQuery.query}
            onQueryChange={(query) => setEventsQuery({ query, cursor: '' })}
            previousCursor={events.previousCursor}
            nextCursor={events.nextCursor}
            onPageChange={(cursor) => setEventsQuery((current) => ({ ...current, cursor }))}
            eventHref={eventHref}
            onEventOpen={(opened) => opened.eventId && navigate({ ...route, event: opened.eventId })}
            currentEventId={nav.eventId}
          />
        </div>
        <aside className="portal-issue-sidebar" aria-label="Issue sidebar">
          <IssueEventChart
            stats={stats.stats ?? issue?.stats}
            releases={stats.releases}
            period={statsPeriod}
            onPeriodChange={(period) => setStatsPeriod(period as '24h' | '14d' | '30d')}
            loading={stats.loading}
            error={stats.error}
          />
          <TagFacets
            tags={tags.tags}
            loading={tags.loading}
            error={tags.error}
            moreValues={tags.moreValues}
            onExpandedChange={tags.onExpandedChange}
            onValueSelect={(query) => {
              setEventsQuery({ query, cursor: '' });
              document.getElementById('issue-events')?.scrollIntoView({ block: 'start' });
            }}
          />
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
