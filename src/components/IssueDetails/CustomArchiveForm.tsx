import { type FormEvent, useId, useState } from 'react';
import type { IssueIgnoreUntil } from '../../hooks/issueDetails/triage';
import { issueDetailsMessages as m } from './messages';

/** Which custom archive condition the form asks for. */
export type CustomArchiveKind = 'duration' | 'events' | 'users';

/** Windows for "until N more events / users", in minutes; `0` means any time. */
const WINDOWS: readonly number[] = [0, 60, 1440, 10080];

/** The form's title, also the name of the popover that holds it. */
// A function, not a module-level table, so importing this file costs nothing until it renders.
export const customArchiveTitle = (kind: CustomArchiveKind): string =>
  kind === 'duration' ? m.customDurationTitle : kind === 'events' ? m.customEventsTitle : m.customUsersTitle;

/** The custom values of "Archive for…" and "Archive until N more events / users". */
export function CustomArchiveForm({ kind, onSubmit, onCancel }: { kind: CustomArchiveKind; onSubmit: (until: IssueIgnoreUntil) => void; onCancel: () => void }) {
  const id = useId();
  const [amount, setAmount] = useState(kind === 'duration' ? '60' : '100');
  const [windowMinutes, setWindowMinutes] = useState(0);
  const value = Number(amount);
  const valid = Number.isInteger(value) && value > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    if (kind === 'duration') onSubmit({ kind, minutes: value });
    else onSubmit({ kind, count: value, ...(windowMinutes > 0 ? { windowMinutes } : {}) });
  };

  return (
    <form className="fl-custom-archive" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <p id={`${id}-title`} data-slot="popover-title">
        {customArchiveTitle(kind)}
      </p>
      <label htmlFor={`${id}-amount`}>{kind === 'duration' ? m.minutesField : m.countField}</label>
      <input
        id={`${id}-amount`}
        className="fl-input"
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        required
        value={amount}
        aria-invalid={!valid}
        onChange={(change) => setAmount(change.target.value)}
      />
      {kind !== 'duration' && (
        <>
          <label htmlFor={`${id}-window`}>{m.windowField}</label>
          <select id={`${id}-window`} className="fl-input" value={windowMinutes} onChange={(change) => setWindowMinutes(Number(change.target.value))}>
            {WINDOWS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? m.anyTime : m.minutes(minutes)}
              </option>
            ))}
          </select>
        </>
      )}
      <div data-slot="form-actions">
        <button type="button" className="fl-button" onClick={onCancel}>
          {m.cancel}
        </button>
        <button type="submit" className="fl-button" data-variant="primary" disabled={!valid}>
          {m.apply}
        </button>
      </div>
    </form>
  );
}
