import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ALERT_INTERVALS, type AlertCondition, type AlertConditionKind, type AlertInterval, type AlertMatch } from '../../core/alerts';
import type { UseAlertRuleResult } from '../../hooks/alerts';
import { cx } from '../cx';
import { alertWords } from '../AlertRuleList/messages';
import { AlertFieldError } from './FieldError';
import type { FieldWiring } from './fieldIds';
import { alertRuleEditorMessages as messages } from './messages';

/** Props of `AlertConditionFields`. */
export interface AlertConditionFieldsProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  editor: Pick<UseAlertRuleResult, 'draft' | 'update'>;
  wiring: FieldWiring;
}

// Read when rendered, not at import: a module-level read of the messages would not tree-shake.
const conditionKinds = () => Object.keys(messages.conditionKinds) as AlertConditionKind[];
const isFrequency = (kind: AlertConditionKind) => kind === 'event-frequency' || kind === 'user-frequency';

function withKind(condition: AlertCondition, kind: AlertConditionKind): AlertCondition {
  if (!isFrequency(kind)) return { kind };
  return { kind, value: condition.value ?? 100, interval: condition.interval ?? '1h' };
}

/** The "When" part of the editor: how conditions combine, and each condition. */
export const AlertConditionFields = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, AlertConditionFieldsProps>(function AlertConditionFields(
  { editor, wiring, className, ...rest },
  ref,
) {
  const { draft, update } = editor;
  const setCondition = (index: number, change: (condition: AlertCondition) => AlertCondition) =>
    update((previous) => ({ ...previous, conditions: previous.conditions.map((item, at) => (at === index ? change(item) : item)) }));
  return (
    <fieldset {...rest} ref={ref} className={cx('fl-alert-fieldset', className)} data-slot="conditions">
      <legend>{messages.when}</legend>
      <label className="fl-alert-field">
        <span>{messages.conditionMatch}</span>
        <select
          className="fl-input"
          value={draft.conditionMatch}
          onChange={(event) => update((previous) => ({ ...previous, conditionMatch: event.target.value as AlertMatch }))}
        >
          {(['any', 'all', 'none'] as const).map((match) => (
            <option key={match} value={match}>
              {messages.matchOptions[match]}
            </option>
          ))}
        </select>
      </label>
      {draft.conditions.length === 0 && <p data-slot="hint">{messages.noConditions}</p>}
      <ol data-slot="rows">
        {draft.conditions.map((condition, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no id; position is their identity
            <li key={index} data-slot="row" data-kind={condition.kind}>
              <select
                className="fl-input"
                aria-label={messages.conditionKind(n)}
                value={condition.kind}
                onChange={(event) => setCondition(index, (item) => withKind(item, event.target.value as AlertConditionKind))}
              >
                {conditionKinds().map((kind) => (
                  <option key={kind} value={kind}>
                    {messages.conditionKinds[kind]}
                  </option>
                ))}
              </select>
              {isFrequency(condition.kind) && (
                <>
                  <input
                    className="fl-input"
                    type="number"
                    min={1}
                    step={1}
                    inputMode="numeric"
                    aria-label={messages.threshold(n)}
                    value={Number.isFinite(condition.value) ? condition.value : ''}
                    onChange={(event) => setCondition(index, (item) => ({ ...item, value: event.target.value === '' ? Number.NaN : Number(event.target.value) }))}
                    {...wiring.inputProps(`conditions.${index}.value`)}
                  />
                  <select
                    className="fl-input"
                    aria-label={messages.interval(n)}
                    value={condition.interval ?? '1h'}
                    onChange={(event) => setCondition(index, (item) => ({ ...item, interval: event.target.value as AlertInterval }))}
                  >
                    {ALERT_INTERVALS.map((interval) => (
                      <option key={interval} value={interval}>
                        {alertWords.intervals[interval]}
                      </option>
                    ))}
                  </select>
                </>
              )}
              <button
                type="button"
                className="fl-button"
                aria-label={messages.removeCondition(n)}
                onClick={() => update((previous) => ({ ...previous, conditions: previous.conditions.filter((_, at) => at !== index) }))}
              >
                <span aria-hidden="true">✕</span>
              </button>
              <AlertFieldError wiring={wiring} path={`conditions.${index}.value`} />
            </li>
          );
        })}
      </ol>
      <AlertFieldError wiring={wiring} path="conditions" />
      <button
        type="button"
        className="fl-button"
        onClick={() => update((previous) => ({ ...previous, conditions: [...previous.conditions, { kind: 'first-seen' }] }))}
      >
        {messages.addCondition}
      </button>
    </fieldset>
  );
});
