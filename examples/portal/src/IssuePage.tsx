import { EventView, IssueActions } from 'faultline';
import { useSentryEvent } from 'faultline/hooks';
import { isSentryApiError } from 'faultline/sentry';
import { useEffect, useState } from 'react';
import { ORGANIZATION, sentryClient } from './config';
import { lastListHref, navigate, type Route } from './route';
import type { Issue } from 'faultline/schema';

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

/** The issue, for the header's counts and first / last seen; loaded beside the event. */
function useIssue(issueId: string): Issue | undefined {
  const [issue, setIssue] = useState<Issue>();
  useEffect(() => {
    const controller = new AbortController();
    setIssue(undefined);
    sentryClient.getIssue({ organization: ORGANIZATION, issueId }, { signal: controller.signal }).then(
      (result) => setIssue(result.data),
      // The event page still works without the issue's counts; the event's own error says more.
      () => undefined,
    );
    return () => controller.abort();
  }, [issueId]);
  return issue;
}

/** One issue: its recommended, latest or oldest event with an actions menu, and a way back. */
export function IssuePage({ route }: { route: IssueRoute }) {
  const issue = useIssue(route.issueId);
  const event = useSentryEvent({ client: sentryClient, organization: ORGANIZATION, issueId: route.issueId, eventId: route.event });
  const backHref = lastListHref();

  return (
    <section aria-label={`Issue ${route.issueId}`} className="portal-page">
      <nav aria-label="Issue navigation" className="portal-issue-nav">
        <a href={backHref}>
        ← All issues
        </a>
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
      </nav>
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
          <h1>Issue {route.issueId}</h1>
          <p>Loading the event…</p>
        </div>
      ) : (
        <EventView
          event={event.data}
          issue={issue}
          headingLevel={1}
          actions={<IssueActions event={event.data} issue={issue} permalink={window.location.href} />}
        />
      )}
    </section>
  );
}
