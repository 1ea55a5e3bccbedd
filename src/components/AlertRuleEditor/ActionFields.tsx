import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ACTION_FIELDS, ALERT_ACTION_KINDS, type AlertAction, type AlertActionKind } from '../../core/alerts';
import type { UseAlertRuleResult } from '../../hooks/alerts';
import { cx } from '../cx';
import { alertWords } from '../AlertRuleList/messages';
import { AlertFieldError } from './FieldError';
import type { FieldWiring } from './fieldIds';
import { DEFAULT_ACTION_KIND, alertRuleEditorMessages as messages } from './messages';

/** Props of `AlertActionFields`. */
export interface AlertActionFieldsProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  editor: Pick<UseAlertRuleResult, 'draft' | 'update'>;
  wiring: FieldWiring;
}

const newAction = (kind: AlertActionKind): AlertAction => ({ kind, settings: {}, secretsSet: [] });

/**
 * The "Then" part of the editor: each action's receiver and settings. Secret settings are
 * password inputs that start empty: the server never sends them back, so "Saved" in the
 * placeholder is all a page can know, and an empty field keeps the stored value.
 */
export const AlertActionFields = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, AlertActionFieldsProps>(function AlertActionFields(
  { editor, wiring, className, ...rest },
  ref,
) {
  const { draft, update } = editor;
  const setAction = (index: number, change: (action: AlertAction) => AlertAction) =>
    update((previous) => ({ ...previous, actions: previous.actions.map((item, at) => (at === index ? change(item) : item)) }));
  return (
    <fieldset {...rest} ref={ref} className={cx('fl-alert-fieldset', className)} data-slot="actions">
      <legend>{messages.thenLegend}</legend>
      <ol data-slot="rows">
        {draft.actions.map((action, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: actions have no id; position is their identity (the server matches secrets by it)
            <li key={index} data-slot="row" data-kind={action.kind}>
              <div data-slot="row-head">
                <select
                  className="fl-input"
                  aria-label={messages.actionKind(n)}
                  value={action.kind}
                  onChange={(event) => setAction(index, () => newAction(event.target.value as AlertActionKind))}
                >
                  {ALERT_ACTION_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {alertWords.receivers[kind]}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="fl-button"
                  aria-label={messages.removeAction(n)}
                  onClick={() => update((previous) => ({ ...previous, actions: previous.actions.filter((_, at) => at !== index) }))}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
              {ACTION_FIELDS[action.kind].map((field) => {
                const path = `actions.${index}.${field.name}`;
                const saved = field.secret && action.secretsSet.includes(field.name);
                const value = (field.secret ? action.secrets?.[field.name] : action.settings[field.name]) ?? '';
                const name = messages.actionFields[field.name] ?? field.name;
                return (
                  <div key={field.name} className="fl-alert-field" data-slot="setting">
                    <label htmlFor={wiring.id(path)}>{messages.actionField(name, n)}</label>
                    <input
                      className="fl-input"
                      type={field.secret ? 'password' : field.url ? 'url' : 'text'}
                      autoComplete="off"
                      spellCheck={false}
                      required={field.required && !saved}
                      placeholder={saved ? messages.secretSaved : undefined}
                      value={value}
                      onChange={(event) =>
                        setAction(index, (item) =>
                          field.secret
                            ? { ...item, secrets: { ...item.secrets, [field.name]: event.target.value } }
                            : { ...item, settings: { ...item.settings, [field.name]: event.target.value } },
                        )
                      }
                      {...wiring.inputProps(path)}
                    />
                    <AlertFieldError wiring={wiring} path={path} />
                  </div>
                );
              })}
            </li>
          );
        })}
      </ol>
      <AlertFieldError wiring={wiring} path="actions" />
      <button type="button" className="fl-button" onClick={() => update((previous) => ({ ...previous, actions: [...previous.actions, newAction(DEFAULT_ACTION_KIND)] }))}>
        {messages.addAction}
      </button>
    </fieldset>
  );
});
