// The host's own server-component page (not the README's): the kit's client components get
// plain JSON from the server, and no functions, which cannot cross to the client.
import { BreadcrumbTimeline, EventView, IssueList } from 'faultline';
import 'faultline/styles.css';
import { browserEvent, event, issues } from '../../shared/sample';

export default function PortalPage() {
  return (
    <main data-fl-theme="light">
      <h1>Errors</h1>
      <IssueList issues={issues} aria-label="Issues" />
      <EventView event={event} issue={issues[0]} />
      <BreadcrumbTimeline event={event} />
      <EventView event={browserEvent} />
    </main>
  );
}
