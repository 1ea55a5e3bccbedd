// A host page for the IssueActivity stories: a timeline with every kind of entry, served by an
// in-memory client so notes can be added, edited and deleted (or refused) in the story.
import { useState } from 'react';
import { IssueActivity } from '../../src/components/IssueActivity';
import type { ActivityUser, IssueActivity as ActivityItem } from '../../src/core/model';
import { type IssueActivityClient, useIssueActivity } from '../../src/hooks/issueDetails';
import { SAMPLE_NOW } from '../IssueList/sampleIssues';

export const ME: ActivityUser = { id: '2', name: 'Bogdan Ilić', email: 'bogdan@example.com' };
const ALICE: ActivityUser = { id: '1', name: 'Alice Moreau', email: 'alice@example.com' };
const at = (minutesAgo: number) => new Date(SAMPLE_NOW - minutesAgo * 60_000).toISOString();

/** Notes, status changes, assignments, a regression and first seen, newest first. */
export const sampleActivity: ActivityItem[] = [
  { id: '12', type: 'note', dateCreated: at(3), user: ME, data: { text: 'Rolled back 2.4.1 on the pumps; watching for more events.' } },
  { id: '11', type: 'set_regression', dateCreated: at(50), data: { version: 'station@2.4.1' } },
  { id: '10', type: 'note', dateCreated: at(180), user: ALICE, data: { text: 'Only on firmware 7.\nSee the pressure sensor logs.' } },
  { id: '9', type: 'assigned', dateCreated: at(200), user: ALICE, data: { assignee: '2', assigneeType: 'user', assigneeEmail: ME.email } },
  { id: '8', type: 'set_resolved_in_release', dateCreated: at(1500), user: ME, data: { version: 'station@2.4.0' } },
  { id: '7', type: 'set_ignored', dateCreated: at(3000), user: ALICE, data: { ignoreUserCount: 10, ignoreUserWindow: 60 } },
  { id: '6', type: 'set_unresolved', dateCreated: at(4000), user: ME, data: {} },
  { id: '5', type: 'set_escalating', dateCreated: at(5000), data: {} },
  { id: '1', type: 'first_seen', dateCreated: at(9000), data: {} },
];

/** Markup in note text and data, which must show as text. */
export const hostileActivity: ActivityItem[] = [
  { id: '3', type: 'note', dateCreated: at(5), user: { id: '9', name: '<img src=x onerror=alert(1)>' }, data: { text: '<script>alert(1)</script> [link](javascript:alert(2)) <a href="javascript:alert(3)">x</a>' } },
  { id: '2', type: 'set_resolved_in_release', dateCreated: at(10), user: ME, data: { version: '<b>1.0</b>' } },
  { id: '1', type: 'future_kind_<i>x</i>', dateCreated: 'not a date', data: { text: 42 } },
];

/** A client over `items` that answers after `delayMs`, or refuses every note change with `fail`. */
export function activityClient(items: ActivityItem[], { fail = false, loadError = false, delayMs = 120 } = {}): IssueActivityClient {
  let next = 100;
  const later = <T,>(value: () => T) =>
    new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(new Error('503 Service Unavailable')) : resolve(value())), delayMs));
  const result = <T,>(data: T) => ({ data, problems: [], raw: data, url: '', status: 200 });
  return {
    listIssueActivity: () => (loadError ? Promise.reject(new Error('502 Bad Gateway')) : Promise.resolve(result(items))),
    createIssueNote: ({ text }) => later(() => result<ActivityItem | undefined>({ id: String(next++), type: 'note', dateCreated: new Date(SAMPLE_NOW).toISOString(), user: ME, data: { text } })),
    updateIssueNote: () => later(() => result<ActivityItem | undefined>(undefined)),
    deleteIssueNote: () => later(() => ({ url: '', status: 204 })),
  };
}

/** IssueActivity wired to useIssueActivity over `client`, as a host page would; the stories and tests share it. */
export function ActivityPage({ client, now = SAMPLE_NOW }: { client: IssueActivityClient; now?: number }) {
  const activity = useIssueActivity({ client, organization: 'acme', issueId: '4021', currentUser: ME });
  return (
    <IssueActivity
      activity={activity.activity}
      error={activity.error}
      onRetry={activity.refetch}
      onAddNote={activity.addNote}
      onEditNote={activity.editNote}
      onDeleteNote={activity.deleteNote}
      currentUserId={ME.id}
      names={new Map([['user:2', ME.name]])}
      failure={activity.failure}
      onDismissFailure={activity.dismissFailure}
      now={now}
    />
  );
}

/** The page over an in-memory client serving `items`. */
export function ActivityDemo({ items = sampleActivity, fail = false, loadError = false }: { items?: ActivityItem[]; fail?: boolean; loadError?: boolean }) {
  const [client] = useState(() => activityClient(items, { fail, loadError }));
  return <ActivityPage client={client} />;
}
