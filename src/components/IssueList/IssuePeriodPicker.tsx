import { type ComponentPropsWithoutRef, type FormEvent, forwardRef, useId, useState } from 'react';
import { cx } from '../cx';
import { issueListMessages as m } from './messages';

/** A relative period of the issue stream, as Sentry's `statsPeriod` names it. */
export type IssueStatsPeriod = '1h' | '24h' | '7d' | '14d' | '30d';

/** The time window of an issue list: a relative period, or an absolute range (ISO 8601 instants, `start` before `end`). */
export type IssueListPeriod = { statsPeriod: IssueStatsPeriod } | { start: string; end: string };

/** The periods offered, in Sentry's order. */
export const ISSUE_STATS_PERIODS: readonly IssueStatsPeriod[] = ['1h', '24h', '7d', '14d', '30d'];

/** Props of `IssuePeriodPicker`. */
export interface IssuePeriodPickerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange'> {
  /** The period shown. */
  value: IssueListPeriod;
  /** Called with a chosen period, or a custom range once it is valid and applied. */
  onValueChange: (period: IssueListPeriod) => void;
  /** Relative periods to offer. @default ISSUE_STATS_PERIODS */
  periods?: readonly IssueStatsPeriod[];
  /** Whether a custom range can be chosen. @default true */
  allowCustomRange?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as a `datetime-local` value in the viewer's zone; "" when it does not parse. */
function toLocalInput(iso: string | undefined): string {
  const date = iso === undefined ? undefined : new Date(iso);
  if (!date || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (the viewer's zone) as an ISO instant; undefined when empty or invalid. */
function fromLocalInput(value: string): string | undefined {
  if (value === '') return undefined;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * The issue list's time window: Sentry's relative periods (last hour to last 30 days) and a
 * custom range of two local date-times, checked (both given, start before end) before it applies.
 */
export const IssuePeriodPicker = /* @__PURE__ */ forwardRef<HTMLDivElement, IssuePeriodPickerProps>(function IssuePeriodPicker(
  { value, onValueChange, periods = ISSUE_STATS_PERIODS, allowCustomRange = true, className, ...rest }: IssuePeriodPickerProps,
  ref,
) {
  const id = useId();
  const custom = 'start' in value;
  const [editing, setEditing] = useState(custom);
  const [start, setStart] = useState(() => toLocalInput(custom ? value.start : undefined));
  const [end, setEnd] = useState(() => toLocalInput(custom ? value.end : undefined));
  const [problem, setProblem] = useState<string | null>(null);
  const selected = editing || custom ? 'custom' : value.statsPeriod;

  const choose = (next: string) => {
    setProblem(null);
    if (next === 'custom') {
      setEditing(true);
      return;
    }
    setEditing(false);
    onValueChange({ statsPeriod: next as IssueStatsPeriod });
  };
  const applyRange = (event: FormEvent) => {
    event.preventDefault();
    const startIso = fromLocalInput(start);
    const endIso = fromLocalInput(end);
    if (startIso === undefined || endIso === undefined) return setProblem(m.rangeMissing);
    if (Date.parse(startIso) >= Date.parse(endIso)) return setProblem(m.rangeOrder);
    setProblem(null);
    onValueChange({ start: startIso, end: endIso });
  };

  return (
    <div {...rest} ref={ref} className={cx('fl-issue-period', className)} data-slot="period" data-state={selected === 'custom' ? 'custom' : 'relative'}>
      <label data-slot="period-select">
        <span>{m.period}</span>
        <select className="fl-button" value={selected} onChange={(event) => choose(event.target.value)}>
          {periods.map((period) => (
            <option key={period} value={period}>
              {m.periods[period]}
            </option>
          ))}
          {allowCustomRange ? <option value="custom">{m.customRange}</option> : null}
        </select>
      </label>
      {selected === 'custom' ? (
        // A div, not a form: the list may sit inside a host's form. Enter in a field applies.
        // biome-ignore lint/a11y/useSemanticElements: a nested <form> is invalid HTML when the host wraps the list in one
        <div role="group" aria-label={m.customRange} data-slot="range" onKeyDown={(event) => event.key === 'Enter' && applyRange(event)}>
          <label>
            <span>{m.rangeStart}</span>
            <input className="fl-input" type="datetime-local" value={start} max={end || undefined} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(event) => setStart(event.target.value)} />
          </label>
          <label>
            <span>{m.rangeEnd}</span>
            <input className="fl-input" type="datetime-local" value={end} min={start || undefined} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(event) => setEnd(event.target.value)} />
          </label>
          <button type="button" className="fl-button" onClick={applyRange}>
            {m.applyRange}
          </button>
          {problem ? (
            <p id={`${id}-problem`} role="alert" data-slot="range-problem">
              {problem}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
});
