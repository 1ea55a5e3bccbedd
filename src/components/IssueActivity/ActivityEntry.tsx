import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { type ComponentPropsWithoutRef, forwardRef, useRef, useState } from 'react';
import type { IssueActivity } from '../../core/model';
import { cx } from '../cx';
import { ConfirmDialogContent } from '../IssueDetails/ConfirmDialogContent';
import { RelativeTime } from '../RelativeTime';
import { describeActivity, noteText } from './activityText';
import { issueActivityMessages as m } from './messages';
import { NoteForm } from './NoteForm';

/** Props of `ActivityEntry`. */
export interface ActivityEntryProps extends Omit<ComponentPropsWithoutRef<'li'>, 'children'> {
  item: IssueActivity;
  /** Whether the viewer wrote this note, so may edit and delete it. @default false */
  own?: boolean;
  /** `user:<id>` / `team:<id>` to names, for assignments. @default none */
  names?: ReadonlyMap<string, string>;
  onEditNote?: (noteId: string, text: string) => unknown;
  onDeleteNote?: (noteId: string) => unknown;
  now?: Date | number;
  /** Where the delete confirmation is portalled. @default document.body */
  container?: HTMLElement | null;
}

/** One entry of the timeline: who, what, when; a note's text as plain text, editable when own. */
export const ActivityEntry = /* @__PURE__ */ forwardRef<HTMLLIElement, ActivityEntryProps>(function ActivityEntry(
  { item, own = false, names, onEditNote, onDeleteNote, now, container, className, ...rest },
  ref,
) {
  const [editing, setEditing] = useState(false);
  const openerRef = useRef<HTMLDivElement>(null);
  const who = item.user?.name || (item.type === 'note' ? m.unknownUser : m.system);
  const isNote = item.type === 'note';
  const pending = item.id.startsWith('pending-');
  const text = isNote ? noteText(item) : '';
  return (
    <li {...rest} ref={ref} className={cx('fl-activity-entry', className)} data-type={item.type} data-state={pending ? 'pending' : undefined}>
      <div ref={openerRef} data-slot="entry-line">
        <strong data-slot="actor">{who}</strong> <span data-slot="what">{describeActivity(item, names)}</span>{' '}
        <RelativeTime date={item.dateCreated} now={now} data-slot="when" />
        {pending && <span data-slot="pending"> · {m.pending}</span>}
      </div>
      {isNote && editing && onEditNote ? (
        <NoteForm
          initialText={text}
          label={m.editNoteField}
          submitLabel={m.save}
          onCancel={() => setEditing(false)}
          onSubmitNote={(next) => {
            setEditing(false);
            return onEditNote(item.id, next);
          }}
        />
      ) : (
        isNote && <p data-slot="note-text">{text}</p>
      )}
      {isNote && own && !pending && !editing && (
        <div data-slot="note-actions">
          {onEditNote && (
            <button type="button" className="fl-button" aria-label={m.editNamed(who)} onClick={() => setEditing(true)}>
              {m.edit}
            </button>
          )}
          {onDeleteNote && (
            <AlertDialog.Root>
              <AlertDialog.Trigger className="fl-button" aria-label={m.deleteNamed(who)}>
                {m.delete}
              </AlertDialog.Trigger>
              <ConfirmDialogContent
                container={container}
                opener={openerRef}
                title={m.deleteTitle}
                description={m.deleteDescription}
                cancel={m.cancel}
                confirm={m.deleteConfirm}
                onConfirm={() => onDeleteNote(item.id)}
              />
            </AlertDialog.Root>
          )}
        </div>
      )}
    </li>
  );
});
