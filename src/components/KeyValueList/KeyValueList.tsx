import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, type Ref, useState } from 'react';
import { maskEntry } from '../../core/privacy';
import { cx } from '../cx';
import { FilteredValue } from './FilteredValue';
import { MaskedValue } from './MaskedValue';
import { messages } from './messages';
import { useRevealSecrets } from './revealSecrets';
import { ValueTree } from './ValueTree';

/** One row of a `KeyValueList`. */
export interface KeyValueRow {
  /** Stable key of the row. */
  key: string;
  /** Label shown in the key column. */
  label: ReactNode;
  /** The raw value; shown as a tree when it is an object or array and `display` is absent. */
  value: unknown;
  /** Formatted value to show instead of the raw one, such as `23.5 GiB`. */
  display?: ReactNode;
  /**
   * Whether Sentry removed or changed the value (`[Filtered]`, `_meta`): a privacy rule shows
   * "Filtered by Sentry" (no Reveal: there is nothing to reveal), trimming a "trimmed" note.
   */
  scrubbed?: boolean;
  /** Why, from `_meta` ("removed by rule @password"): the marker's accessible description. */
  scrubbedReason?: string;
  /**
   * Whether the value is a secret hidden until revealed: `true` hides it whole; absent lets the
   * list check the label and the value by Relay's default rules (`maskEntry`); `false` shows it
   * as it is (the caller checked).
   */
  masked?: boolean;
  /** What shows while a masked row is hidden, with `[Masked]` in place of the secret parts; absent shows dots. */
  maskedValue?: unknown;
  /** The caller's own rendering of a masked row (a controlled reveal); replaces the built-in mask and button. */
  maskedView?: ReactNode;
}

/** Props of `KeyValueList`. */
export interface KeyValueListProps extends Omit<ComponentPropsWithoutRef<'dl'>, 'children'> {
  /** The rows, in order. */
  rows: readonly KeyValueRow[];
  /** Whether masked values get a Reveal button, one value at a time. @default true, or the nearest `EventView`'s */
  revealSecrets?: boolean;
  /** @deprecated Use `revealSecrets`. */
  allowReveal?: boolean;
  /** Shown when there are no rows. @default "No data" */
  empty?: ReactNode;
}

function rowValue(row: KeyValueRow): ReactNode {
  if (row.display !== undefined) return row.display;
  return <ValueTree value={row.value} />;
}

/** The row as shown: masked by the caller, or checked here by the kit's privacy rules. */
function maskedRow(row: KeyValueRow): KeyValueRow {
  if (row.masked !== undefined || row.scrubbed) return row;
  const name = typeof row.label === 'string' ? row.label : row.key.slice(row.key.lastIndexOf('.') + 1);
  const entry = maskEntry(name, row.value);
  const display = typeof row.display === 'string' ? maskEntry(undefined, row.display) : undefined;
  if (!entry.masked && !display?.masked) return row;
  // A formatted display holds the same secret as the value: hidden, the masked text stands for both.
  const hidden = entry.whole ? undefined : display?.masked ? display.value : entry.value;
  return { ...row, masked: true, maskedValue: hidden };
}

// What `describeScrubbing` says for a privacy rule ("removed by rule @password", "!config");
// trimming (`!limit`) and ingestion errors keep the value, which stays readable.
const BY_RULE = / by rule /;

/** Whether Sentry's own scrubbers filtered the row: `[Filtered]`, an emptied value, or a rule in `_meta`. */
function isSentryFiltered(row: KeyValueRow): boolean {
  if (!row.scrubbed) return false;
  const { value } = row;
  return value === '[Filtered]' || value === null || value === undefined || value === '' || BY_RULE.test(row.scrubbedReason ?? '');
}

function ScrubbedValue({ row }: { row: KeyValueRow }) {
  const { value } = row;
  if (isSentryFiltered(row)) {
    const gone = value === '[Filtered]' || value === null || value === undefined || value === '';
    return (
      <>
        {!gone && rowValue(row)}
        <FilteredValue reason={row.scrubbedReason} />
      </>
    );
  }
  return (
    <>
      {rowValue(row)}
      <span data-slot="trimmed-marker">{row.scrubbedReason === undefined ? messages.trimmedBySentry : messages.reason(row.scrubbedReason)}</span>
    </>
  );
}

function SecretRow({ row, revealSecrets }: { row: KeyValueRow; revealSecrets: boolean }) {
  const [revealed, setRevealed] = useState(false);
  const label = typeof row.label === 'string' ? row.label : 'value';
  const hidden = row.maskedValue === undefined ? undefined : typeof row.maskedValue === 'string' ? row.maskedValue : <ValueTree value={row.maskedValue} />;
  return (
    <MaskedValue
      label={label}
      hidden={hidden}
      shown={rowValue(row)}
      revealed={revealSecrets && revealed}
      onRevealedChange={revealSecrets ? setRevealed : undefined}
    />
  );
}

/** A definition list of labelled values: formatted, nested, scrubbed or masked. */
export const KeyValueList = /* @__PURE__ */ forwardRef<HTMLElement, KeyValueListProps>(function KeyValueList({ rows, revealSecrets: revealProp, allowReveal, empty = 'No data', className, ...rest }: KeyValueListProps, ref) {
  const revealSecrets = useRevealSecrets(revealProp ?? allowReveal);
  if (rows.length === 0) {
    return (
      // The same props as the list: a `dl` holding only text would not be a valid list.
      <div {...(rest as ComponentPropsWithoutRef<'div'>)} ref={ref as Ref<HTMLDivElement>} className={cx('fl fl-key-value-list', className)} data-state="empty">
        {empty}
      </div>
    );
  }
  return (
    <dl {...rest} ref={ref as Ref<HTMLDListElement>} className={cx('fl fl-key-value-list', className)}>
      {rows.map(maskedRow).map((row) => (
        <div
          key={row.key}
          data-slot="kv-row"
          data-scrubbed={row.scrubbed ? '' : undefined}
          data-masked={row.masked ? 'kit' : isSentryFiltered(row) ? 'sentry' : undefined}
        >
          <dt>{row.label}</dt>
          <dd>
            {row.masked ? (
              (row.maskedView ?? <SecretRow row={row} revealSecrets={revealSecrets} />)
            ) : row.scrubbed ? (
              <ScrubbedValue row={row} />
            ) : (
              rowValue(row)
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
});
