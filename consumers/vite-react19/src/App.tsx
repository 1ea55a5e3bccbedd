// A host page as an admin portal would build it: the kit's components side by side, each
// given a ref. Once mounted, the page records whether every ref reached a DOM element, for the
// consumer check to read (`ref.current instanceof HTMLElement`).
import { BreadcrumbTimeline, EventView, IssueList, StackTraceView } from 'faultline';
import { useEffect, useRef, useState } from 'react';
import { event, makeIssues, withBreadcrumbs } from '../shared/sample';

const issues = makeIssues(500);
const crumbs = withBreadcrumbs(600);

export function App() {
  const issueList = useRef<HTMLDivElement>(null);
  const eventView = useRef<HTMLElement>(null);
  const timeline = useRef<HTMLElement>(null);
  const stackTrace = useRef<HTMLElement>(null);
  const [refs, setRefs] = useState<Record<string, boolean> | null>(null);

  useEffect(() => {
    setRefs({
      IssueList: issueList.current instanceof HTMLElement,
      EventView: eventView.current instanceof HTMLElement,
      BreadcrumbTimeline: timeline.current instanceof HTMLElement,
      StackTraceView: stackTrace.current instanceof HTMLElement,
    });
  }, []);

  return (
    <main data-fl-theme="light" style={{ maxWidth: 960, margin: '0 auto' }}>
      <IssueList ref={issueList} issues={issues} aria-label="Issues" style={{ height: 480 }} />
      <BreadcrumbTimeline ref={timeline} event={crumbs} maxHeight="24rem" />
      <StackTraceView ref={stackTrace} event={event} />
      <EventView ref={eventView} event={event} issue={issues[0]} />
      {refs && <output data-testid="refs">{JSON.stringify(refs)}</output>}
    </main>
  );
}
