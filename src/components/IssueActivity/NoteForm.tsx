import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../cx';
import { issueActivityMessages as m } from './messages';

/** Props of `NoteForm`. */
export interface NoteFormProps extends Omit<ComponentPropsWithoutRef<'form'>, 'children' | 'onSubmit'> {
  /** Called with the trimmed text; the field empties when it resolves `true` (or nothing). */
  onSubmitNote: (text: string) => unknown;
  /** Text to start from, for editing. @default "" */
  initialText?: string;
  /** Label of the field. @default "Add a note" */
  label?: string;
  /** Text of the submit button. @default "Add note" */
  submitLabel?: string;
  /** Shows Cancel and calls it. @default none */
  onCancel?: () => void;
}

/** A textarea and a submit button for a note; Ctrl or Cmd + Enter submits, Escape cancels an edit. */
export const NoteForm = /* @__PURE__ */ forwardRef<HTMLFormElement, NoteFormProps>(function NoteForm(
  { onSubmitNote, initialText = '', label = m.noteField, submitLabel = m.addNote, onCancel, className, ...rest },
  ref,
) {
  const id = useId();
  const [text, setText] = useState(initialText);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const editing = onCancel !== undefined;
  // An inline edit starts where the user asked to edit, with the caret after the text.
  useEffect(() => {
    const field = fieldRef.current;
    if (!editing || field === null) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
  }, [editing]);
  const trimmed = text.trim();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (trimmed === '') return;
    const keep = onCancel === undefined;
    if (keep) setText('');
    const ok = await onSubmitNote(trimmed);
    // A refused new note comes back into the field, so nothing typed is lost.
    if (keep && ok === false) setText((current) => (current === '' ? trimmed : current));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape' && onCancel) {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form {...rest} ref={ref} className={cx('fl-note-form', className)} onSubmit={(event) => void submit(event)}>
      <label htmlFor={id} data-slot="note-label">
        {label}
      </label>
      <textarea
        id={id}
        className="fl-input"
        data-slot="note-field"
        rows={3}
        value={text}
        placeholder={onCancel ? undefined : m.notePlaceholder}
        onChange={(change) => setText(change.target.value)}
        onKeyDown={onKeyDown}
        ref={fieldRef}
      />
      <div data-slot="form-actions">
        {onCancel && (
          <button type="button" className="fl-button" onClick={onCancel}>
            {m.cancel}
          </button>
        )}
        <button type="submit" className="fl-button" data-variant="primary" disabled={trimmed === ''}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
});
