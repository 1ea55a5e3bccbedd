import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { ALERT_LEVELS, type AlertFilter, type AlertFilterMatch, type AlertLevel, type AlertMatch } from '../../core/alerts';
import type { UseAlertRuleResult } from '../../hooks/alerts';
import { cx } from '../cx';
import { alertWords } from '../AlertRuleList/messages';
import { AlertFieldError } from './FieldError';
import type { FieldWiring } from './fieldIds';
import { alertRuleEditorMessages as messages } from './messages';

/** Props of `AlertFilterFields`. */
export interface AlertFilterFieldsProps extends Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'> {
  editor: Pick<UseAlertRuleResult, 'draft' | 'update'>;
  wiring: FieldWiring;
  /** Environments to suggest. @default none */
  environments?: readonly string[];
}

// Read when rendered, not at import: a module-level read of the messages would not tree-shake.
const tagMatches = () => Object.keys(alertWords.tagMatch) as AlertFilterMatch[];

/** The "If" part of the editor: environment, how filters combine, and each level or tag filter. */
export const AlertFilterFields = /* @__PURE__ */ forwardRef<HTMLFieldSetElement, AlertFilterFieldsProps>(function AlertFilterFields(
  { editor, wiring, environments = [], className, ...rest },
  ref,
) {
  const { draft, update } = editor;
  const setFilter = (index: number, next: AlertFilter) => update((previous) => ({ ...previous, filters: previous.filters.map((item, at) => (at === index ? next : item)) }));
  const listId = `${wiring.id('environment')}-options`;
  return (
    <fieldset {...rest} ref={ref} className={cx('fl-alert-fieldset', className)} data-slot="filters">
      <legend>{messages.if}</legend>
      <label className="fl-alert-field">
        <span>{messages.environment}</span>
        <input
          className="fl-input"
          list={listId}
          value={draft.environment ?? ''}
          onChange={(event) => update((previous) => ({ ...previous, environment: event.target.value === '' ? undefined : event.target.value }))}
          {...wiring.inputProps('environment', `${wiring.id('environment')}-hint`)}
        />
      </label>
      <p id={`${wiring.id('environment')}-hint`} data-slot="hint">
        {messages.environmentHint}
      </p>
      <datalist id={listId}>
        {environments.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label className="fl-alert-field">
        <span>{messages.filterMatch}</span>
        <select className="fl-input" value={draft.filterMatch} onChange={(event) => update((previous) => ({ ...previous, filterMatch: event.target.value as AlertMatch }))}>
          {(['all', 'any', 'none'] as const).map((match) => (
            <option key={match} value={match}>
              {messages.matchOptions[match]}
            </option>
          ))}
        </select>
      </label>
      <ol data-slot="rows">
        {draft.filters.map((filter, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: filters have no id; position is their identity
            <li key={index} data-slot="row" data-kind={filter.kind}>
              <select
                className="fl-input"
                aria-label={messages.filterKind(n)}
                value={filter.kind}
                onChange={(event) =>
                  setFilter(index, event.target.value === 'level' ? { kind: 'level', match: 'gte', level: 'error' } : { kind: 'tag', key: '', match: 'eq', value: '' })
                }
              >
                <option value="level">{messages.filterKinds.level}</option>
                <option value="tag">{messages.filterKinds.tag}</option>
              </select>
              {filter.kind === 'level' ? (
                <>
                  <select
                    className="fl-input"
                    aria-label={messages.filterMatchOf(n)}
                    value={filter.match}
                    onChange={(event) => setFilter(index, { ...filter, match: event.target.value as 'eq' | 'gte' | 'lte' })}
                  >
                    {(['gte', 'eq', 'lte'] as const).map((match) => (
                      <option key={match} value={match}>
                        {alertWords.levelMatch[match]}
                      </option>
                    ))}
                  </select>
                  <select className="fl-input" aria-label={messages.level(n)} value={filter.level} onChange={(event) => setFilter(index, { ...filter, level: event.target.value as AlertLevel })}>
                    {ALERT_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {alertWords.levels[level]}
                      </option>
                    ))}
                  </select>
                </>
              ) : (
                <>
                  <input
                    className="fl-input"
                    aria-label={messages.tagKey(n)}
                    value={filter.key}
                    onChange={(event) => setFilter(index, { ...filter, key: event.target.value })}
                    {...wiring.inputProps(`filters.${index}.key`)}
                  />
                  <select
                    className="fl-input"
                    aria-label={messages.filterMatchOf(n)}
                    value={filter.match}
                    onChange={(event) => setFilter(index, { ...filter, match: event.target.value as AlertFilterMatch })}
                  >
                    {tagMatches().map((match) => (
                      <option key={match} value={match}>
                        {alertWords.tagMatch[match]}
                      </option>
                    ))}
                  </select>
                  {filter.match !== 'is' && filter.match !== 'ns' && (
                    <input className="fl-input" aria-label={messages.tagValue(n)} value={filter.value} onChange={(event) => setFilter(index, { ...filter, value: event.target.value })} />
                  )}
                </>
              )}
              <button
                type="button"
                className="fl-button"
                aria-label={messages.removeFilter(n)}
                onClick={() => update((previous) => ({ ...previous, filters: previous.filters.filter((_, at) => at !== index) }))}
              >
                <span aria-hidden="true">✕</span>
              </button>
              <AlertFieldError wiring={wiring} path={`filters.${index}.key`} />
            </li>
          );
        })}
      </ol>
      <AlertFieldError wiring={wiring} path="filters" />
      <button
        type="button"
        className="fl-button"
        onClick={() => update((previous) => ({ ...previous, filters: [...previous.filters, { kind: 'level', match: 'gte', level: 'error' }] }))}
      >
        {messages.addFilter}
      </button>
    </fieldset>
  );
});
