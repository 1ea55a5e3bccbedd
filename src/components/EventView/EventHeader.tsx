import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { cx } from '../cx';
import type { Event, Issue } from '../../core';
import { CopyButton } from '../CopyButton';
import { SecretText } from '../KeyValueList/SecretText';
import { LevelBadge } from '../LevelBadge';
import { RelativeTime } from '../RelativeTime';

/** Props of `EventHeader`. */
export interface EventHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'children'> {
  /** The canonical event. */
  event: Event;
  /** The issue the event belongs to, for counts, short id and first / last seen. */
  issue?: Issue;
  /** The time relative times are measured from. @default now, refreshed */
  now?: Date | number;
  /** Level of the title heading. @default 2 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Extra content at the end of the header, such as an actions menu. */
  actions?: ReactNode;
  /** Id of the title heading, for `aria-labelledby` of the page around it. */
  titleId?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div data-slot="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The top of an event page: level, title, culprit, then the facts Sentry lists beside them. */
export const EventHeader = /* @__PURE__ */ forwardRef<HTMLElement, EventHeaderProps>(function EventHeader({ event, issue, now, headingLevel = 2, actions, titleId, className, ...rest }: EventHeaderProps, ref) {
  const Heading = `h${headingLevel}` as const;
  const release = event.release?.shortVersion ?? event.release?.version;
  return (
    <header {...rest} ref={ref} className={cx('fl-event-header', className)} data-slot="event-header">
      <div data-slot="event-title-row">
        <LevelBadge level={event.level ?? issue?.level} />
        <Heading id={titleId} data-slot="event-title">
          <SecretText text={event.title || issue?.title || ''} />
        </Heading>
        {actions && <div data-slot="event-actions">{actions}</div>}
      </div>
      {(event.culprit ?? issue?.culprit) && (
        <p data-slot="event-culprit">
          <SecretText text={event.culprit ?? issue?.culprit ?? ''} />
        </p>
      )}
      <dl data-slot="event-facts">
        {issue?.shortId && <Fact label="Issue">{issue.shortId}</Fact>}
        {issue && (
          <>
            <Fact label="Events">{count(issue.count)}</Fact>
            <Fact label="Users">{count(issue.userCount)}</Fact>
            {issue.firstSeen && (
              <Fact label="First seen">
                <RelativeTime date={issue.firstSeen} now={now} />
              </Fact>
            )}
            {issue.lastSeen && (
              <Fact label="Last seen">
                <RelativeTime date={issue.lastSeen} now={now} />
              </Fact>
            )}
            <Fact label="Status">{issue.status}</Fact>
          </>
        )}
        {event.eventId && (
          <Fact label="Event ID">
            <code data-slot="event-id">{event.eventId.slice(0, 8)}</code>{' '}
            <CopyButton text={event.eventId} aria-label="Copy event ID">
              Copy
            </CopyButton>
          </Fact>
        )}
        {event.timestamp && (
          <Fact label="Occurred">
            <RelativeTime date={event.timestamp} now={now} />
          </Fact>
        )}
        {release && <Fact label="Release">{release}</Fact>}
        {event.dist && <Fact label="Distribution">{event.dist}</Fact>}
        {event.environment && <Fact label="Environment">{event.environment}</Fact>}
        {event.platform && <Fact label="Platform">{event.platform}</Fact>}
        {event.serverName && <Fact label="Server">{event.serverName}</Fact>}
        {event.transaction && <Fact label="Transaction">{event.transaction}</Fact>}
        {event.logger && <Fact label="Logger">{event.logger}</Fact>}
      </dl>
    </header>
  );
});
