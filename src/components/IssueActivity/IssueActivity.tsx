import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { IssueActivity as IssueActivityItem } from '../../core/model';
import type { IssueActivityFailure } from '../../hooks/issueDetails/useIssueActivity';
import { cx } from '../cx';
import { ActivityEntry } from './ActivityEntry';
import { issueActivityMessages as m } from './messages';
import { NoteForm } from './NoteForm';

/** Props of `IssueActivity`. */
export interface IssueActivityProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** Entries, newest first (`useIssueActivity().activity`); `undefined` while loading. */
  activity: readonly IssueActivityItem[] | undefined;
  /** Why the activity could not load; shows with a retry when `onRetry` is given. @default none */
  error?: Error;
  onRetry?: () => void;
  /** Adds a note; no form without it. Resolve `false` to put the text back in the field. @default none */
  onAddNote?: (text: string) => unknown;
  onEditNote?: (noteId: string, text: string) => unknown;
  onDeleteNote?: (noteId: string) => unknown;
  /** The viewer's user id: their notes get Edit and Delete. @default none */
  currentUserId?: string;
  /** `user:<id>` / `team:<id>` to names, for assignments. @default none */
  names?: ReadonlyMap<string, string>;
  /** The last refused note change (`useIssueActivity().failure`). @default none */
  failure?: IssueActivityFailure | null;
  onDismissFailure?: () => void;
  /** Level of the "Activity" heading. @default 2 */
  headingLevel?: 2 | 3 | 4;
  /** Reference time for relative times; live when omitted. @default now */
  now?: Date | number;
  /** Where delete confirmations are portalled. @default document.body */
  container?: HTMLElement | null;
}

function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : '';
  } catch {
    return '';
  }
}

/**
 * An issue's timeline: a form for a new note, then notes, status changes, assignments, first
 * seen and regressions, newest first, each with who, what and when. Note text is shown as text.
 */
export const IssueActivity = /* @__PURE__ */ forwardRef<HTMLElement, IssueActivityProps>(function IssueActivity(
  { activity, error, onRetry, onAddNote, onEditNote, onDeleteNote, currentUserId, names, failure, onDismissFailure, headingLevel = 2, now, container, className, ...rest },
  ref,
) {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section {...rest} ref={ref} className={cx('fl fl-issue-activity', className)} aria-labelledby={headingId} data-state={error ? 'error' : activity ? 'ready' : 'loading'}>
      <Heading id={headingId} data-slot="heading">
        {m.heading}
      </Heading>
      {onAddNote && <NoteForm onSubmitNote={onAddNote} />}
      {failure && (
        <div role="alert" data-slot="activity-error">
          <span>{m.failed(m.changeNames[failure.change] ?? m.changeNames.add ?? '', reasonOf(failure.error))}</span>
          {onDismissFailure && (
            <button type="button" className="fl-button" onClick={onDismissFailure}>
              {m.dismiss}
            </button>
          )}
        </div>
      )}
      {error ? (
        <div role="alert" data-slot="activity-error">
          <span>{m.loadFailed(reasonOf(error))}</span>
          {onRetry && (
            <button type="button" className="fl-button" onClick={onRetry}>
              {m.retry}
            </button>
          )}
        </div>
      ) : activity === undefined ? (
        <p role="status" data-slot="loading">
          {m.loading}
        </p>
      ) : activity.length === 0 ? (
        <p data-slot="empty">{m.empty}</p>
      ) : (
        <ol aria-label={m.timeline} data-slot="timeline">
          {activity.map((item) => (
            <ActivityEntry
              key={item.id}
              item={item}
              own={currentUserId !== undefined && item.user?.id === currentUserId}
              names={names}
              onEditNote={onEditNote}
              onDeleteNote={onDeleteNote}
              now={now}
              container={container}
            />
          ))}
        </ol>
      )}
    </section>
  );
});
