import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, useId, useRef } from 'react';
import type { UseAlertRuleResult } from '../../hooks/alerts';
import { cx } from '../cx';
import { AlertActionFields } from './ActionFields';
import { AlertConditionFields } from './ConditionFields';
import { AlertFieldError } from './FieldError';
import { AlertFilterFields } from './FilterFields';
import { fieldWiring } from './fieldIds';
import { alertRuleEditorMessages as messages } from './messages';
import { AlertTestNotification } from './TestNotification';

/** Props of `AlertRuleEditor`. */
export interface AlertRuleEditorProps extends Omit<ComponentPropsWithoutRef<'form'>, 'children' | 'onSubmit'> {
  /** The editor state from `useAlertRule`. */
  editor: UseAlertRuleResult;
  /** Environments to suggest. @default none */
  environments?: readonly string[];
  /** Shows "Cancel", which calls this. @default no Cancel button */
  onCancel?: () => void;
}

/**
 * An alert rule form: a name; when (any / all / none of: a new issue, a regression, more than N
 * events or M users in a window); if (environment, level and tag filters); then (webhook, Slack,
 * Teams, Discord, PagerDuty or Opsgenie actions with masked secrets); a frequency cap; and a test
 * notification. Problems show after the first save attempt as sentences under their fields
 * (`aria-describedby`), and focus moves to the first field to fix.
 */
export const AlertRuleEditor = /* @__PURE__ */ forwardRef<HTMLFormElement, AlertRuleEditorProps>(function AlertRuleEditor(
  { editor, environments, onCancel, className, ...rest },
  ref,
) {
  const prefix = useId().replace(/:/g, '');
  const wiring = fieldWiring(`fl-rule${prefix}`, editor);
  const form = useRef<HTMLFormElement | null>(null);
  const { draft, update } = editor;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (editor.saving) return;
    const saved = await editor.save();
    if (saved !== undefined) return;
    // After the render that shows the errors, focus the first field that has one.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const setRef = (node: HTMLFormElement | null) => {
    form.current = node;
    if (typeof ref === 'function') ref(node);
    else if (ref) ref.current = node;
  };

  const problemCount = editor.showProblems ? editor.problems.length : 0;
  return (
    <form
      {...rest}
      ref={setRef}
      noValidate
      aria-label={messages.label(draft.name.trim())}
      className={cx('fl fl-alert-rule-editor', className)}
      data-dirty={editor.dirty || undefined}
      data-saving={editor.saving || undefined}
      onSubmit={(event) => void submit(event)}
    >
      <div data-slot="head">
        <div className="fl-alert-field" data-slot="name">
          <label htmlFor={wiring.id('name')}>{messages.name}</label>
          <input
            className="fl-input"
            maxLength={1000}
            value={draft.name}
            onChange={(event) => update((previous) => ({ ...previous, name: event.target.value }))}
            {...wiring.inputProps('name')}
          />
          <AlertFieldError wiring={wiring} path="name" />
        </div>
        <label className="fl-alert-check">
          <input
            type="checkbox"
            checked={draft.status === 'active'}
            onChange={(event) => update((previous) => ({ ...previous, status: event.target.checked ? 'active' : 'disabled' }))}
          />
          <span>{messages.active}</span>
        </label>
      </div>
      <AlertConditionFields editor={editor} wiring={wiring} />
      <AlertFilterFields editor={editor} wiring={wiring} environments={environments} />
      <AlertActionFields editor={editor} wiring={wiring} />
      <div className="fl-alert-field" data-slot="frequency">
        <label htmlFor={wiring.id('frequency')}>{messages.frequency}</label>
        <input
          className="fl-input"
          type="number"
          min={5}
          max={43200}
          step={1}
          inputMode="numeric"
          value={Number.isFinite(draft.frequency) ? draft.frequency : ''}
          onChange={(event) => update((previous) => ({ ...previous, frequency: event.target.value === '' ? Number.NaN : Number(event.target.value) }))}
          {...wiring.inputProps('frequency')}
        />
        <AlertFieldError wiring={wiring} path="frequency" />
      </div>
      <AlertTestNotification test={editor.test} onSend={() => void editor.sendTest()} disabled={draft.actions.length === 0} />
      {problemCount > 0 && <p data-slot="problems">{messages.problemsTitle(problemCount)}</p>}
      {editor.saveError && (
        <p role="alert" data-slot="save-error">
          {messages.saveFailed(editor.saveError.message)}
        </p>
      )}
      <div data-slot="buttons">
        <button type="submit" className="fl-button" data-variant="primary" aria-disabled={editor.saving || undefined}>
          {editor.saving ? messages.saving : messages.save}
        </button>
        <button type="button" className="fl-button" onClick={editor.rollback} disabled={!editor.dirty}>
          {messages.revert}
        </button>
        {onCancel && (
          <button type="button" className="fl-button" onClick={onCancel}>
            {messages.cancel}
          </button>
        )}
        {editor.dirty && <span data-slot="dirty">{messages.unsaved}</span>}
      </div>
    </form>
  );
});
