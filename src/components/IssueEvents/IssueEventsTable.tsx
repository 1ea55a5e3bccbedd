import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import type { Event } from '../../core/model';
import { fillEventHref } from '../EventNavigation/eventHref';
import { SecretText } from '../KeyValueList';
import { RelativeTime } from '../RelativeTime';
import { cx } from '../cx';
import { eventEnvironment, eventRelease, eventTag, eventTime, eventUser } from './eventFields';
import { type IssueEventsMessages, issueEventsMessages } from './messages';

/** Props of `IssueEventsTable`. */
export interface IssueEventsTableProps extends Omit<ComponentPropsWithoutRef<'table'>, 'children'> {
  events: readonly Event[];
  /** Tag keys shown as their own columns. @default ["browser", "os"] */
  tagColumns?: readonly string[];
  /** Opens an event: from its id's button, a row click, or Enter on the row's link. @default none */
  onEventOpen?: (event: Event) => void;
  /** Link template such as `#/issues/7/events/{eventId}`; unsafe results make no link. @default none */
  eventHref?: string;
  /** The event shown on the page, marked in its row. @default none */
  currentEventId?: string;
  /** The time to measure relative times from. @default live */
  now?: Date | number;
  messages?: Partial<IssueEventsMessages>;
}

const DEFAULT_TAGS = ['browser', 'os'];

/** The issue's events as a table: id, time, title, release, environment, user and a few tags. */
export const IssueEventsTable = /* @__PURE__ */ forwardRef<HTMLTableElement, IssueEventsTableProps>(function IssueEventsTable(
  { events, tagColumns = DEFAULT_TAGS, onEventOpen, eventHref, currentEventId, now, messages: overrides, className, ...rest },
  ref,
) {
  const messages = { ...issueEventsMessages, ...overrides };
  const text = (value: string | undefined) => value || messages.none;
  const onRowClick = (event: Event) => (click: MouseEvent<HTMLTableRowElement>) => {
    // The id's own link or button handles its click; elsewhere in the row, a click opens the event.
    if ((click.target as Element).closest('a, button') || !onEventOpen) return;
    onEventOpen(event);
  };
  return (
    <table {...rest} ref={ref} className={cx('fl-issue-events-table', className)}>
      <thead>
        <tr>
          {['id', 'time', 'title', 'release', 'environment', 'user'].map((column) => (
            <th key={column} scope="col" data-column={column}>
              {messages.columns[column]}
            </th>
          ))}
          {tagColumns.map((key) => (
            <th key={`tag:${key}`} scope="col" data-column="tag">
              {key}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((event, index) => {
          const id = event.eventId ?? '';
          const short = id.slice(0, 8) || messages.none;
          const href = fillEventHref(eventHref, id || undefined);
          return (
            <tr
              key={id || `row-${index}`}
              data-current={id && id === currentEventId ? '' : undefined}
              aria-current={id && id === currentEventId ? 'true' : undefined}
              data-clickable={onEventOpen ? '' : undefined}
              onClick={onRowClick(event)}
            >
              <td data-column="id">
                {href ? (
                  <a href={href} aria-label={messages.openEvent(short)} onClick={() => onEventOpen?.(event)}>
                    <code>{short}</code>
                  </a>
                ) : onEventOpen && id ? (
                  <button type="button" aria-label={messages.openEvent(short)} onClick={() => onEventOpen(event)}>
                    <code>{short}</code>
                  </button>
                ) : (
                  <code>{short}</code>
                )}
              </td>
              <td data-column="time">
                <RelativeTime date={eventTime(event)} now={now} />
              </td>
              <td data-column="title">
                <SecretText text={text(event.title || event.message?.formatted)} />
              </td>
              <td data-column="release">{text(eventRelease(event))}</td>
              <td data-column="environment">{text(eventEnvironment(event))}</td>
              <td data-column="user">{text(eventUser(event))}</td>
              {tagColumns.map((key) => (
                <td key={`tag:${key}`} data-column="tag">
                  {text(eventTag(event, key))}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
