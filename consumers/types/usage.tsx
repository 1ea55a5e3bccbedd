// Every entry imported as an ES module, and components used with typed props.
import { EventView, IssueList, type IssueListProps, LevelBadge } from 'faultline';
import { useBreadcrumbs, useIssueList } from 'faultline/hooks';
import { type Event, type Issue, type NormalizeResult, normalizeEvent } from 'faultline/schema';
import { createSentryClient, fromSentryWebhook, verifySentrySignature } from 'faultline/sentry';
import { useRef } from 'react';

export function Portal({ issues, raw }: { issues: unknown; raw: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  const list = useIssueList(issues);
  const crumbs = useBreadcrumbs(raw);
  const href: IssueListProps['getIssueHref'] = (issue: Issue) => `/errors/${issue.id}`;
  return (
    <main>
      <IssueList ref={ref} issues={issues} getIssueHref={href} density="compact" aria-label="Issues" />
      <EventView event={raw} onTagClick={(key: string, value: string) => console.log(key, value)} />
      <LevelBadge level="error" />
      <p>
        {list.issues.length} issues, {crumbs.total} breadcrumbs
      </p>
    </main>
  );
}

export async function receive(body: string, signature: string | null): Promise<Event[]> {
  if (!(await verifySentrySignature(body, signature, 'secret'))) return [];
  return fromSentryWebhook(body, 'error').events;
}

export const parsed: NormalizeResult<Event> = normalizeEvent({ message: 'hello' });
export const client = createSentryClient({ baseUrl: 'https://sentry.example' });
