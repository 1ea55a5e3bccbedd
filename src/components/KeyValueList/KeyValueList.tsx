import { type ComponentPropsWithRef, type ReactNode, useState } from 'react';
import { cx } from '../cx';
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
  /** Whether the value was removed or changed by data scrubbing (`[Filtered]`, `_meta`). */
  scrubbed?: boolean;
  /** Why it was scrubbed, shown next to the marker. */
  scrubbedReason?: string;
  /** Whether the value is a secret hidden until revealed. */
  masked?: boolean;
}

/** Props of `KeyValueList`. */
export interface KeyValueListProps extends Omit<ComponentPropsWithRef<'dl'>, 'children'> {
  /** The rows, in order. */
  rows: readonly KeyValueRow[];
  /** Whether masked values may be revealed. @default true */
  allowReveal?: boolean;
  /** Shown when there are no rows. @default "No data" */
  empty?: ReactNode;
}

const MASK = '••••••••';

function rowValue(row: KeyValueRow): ReactNode {
  if (row.display !== undefined) return row.display;
  return <ValueTree value={row.value} />;
}

function MaskedValue({ row, allowReveal }: { row: KeyValueRow; allowReveal: boolean }) {
  const [revealed, setRevealed] = useState(false);
  return (
    <>
      <span data-slot="masked-value" data-state={revealed ? 'revealed' : 'hidden'}>
        {revealed ? rowValue(row) : <>
            <span aria-hidden="true">{MASK}</span>
            <span className="fl-visually-hidden">hidden value</span>
          </>}
      </span>
      {allowReveal && (
        <button
          type="button"
          className="fl-button"
          aria-pressed={revealed}
          aria-label={`${revealed ? 'Hide' : 'Reveal'} ${typeof row.label === 'string' ? row.label : 'value'}`}
          onClick={() => setRevealed(!revealed)}
        >
          {revealed ? 'Hide' : 'Reveal'}
        </button>
      )}
    </>
  );
}

/** A definition list of labelled values: formatted, nested, scrubbed or masked. */
export function KeyValueList({ rows, allowReveal = true, empty = 'No data', className, ...rest }: KeyValueListProps) {
  if (rows.length === 0) {
    return (
      <div className={cx('fl fl-key-value-list', className)} data-state="empty">
        {empty}
      </div>
    );
  }
  return (
    <dl {...rest} className={cx('fl fl-key-value-list', className)}>
      {rows.map((row) => (
        <div key={row.key} data-slot="kv-row" data-scrubbed={row.scrubbed ? '' : undefined} data-masked={row.masked ? '' : undefined}>
          <dt>{row.label}</dt>
          <dd>
            {row.masked ? <MaskedValue row={row} allowReveal={allowReveal} /> : rowValue(row)}
            {row.scrubbed && (
              <span data-slot="scrubbed-marker" title={row.scrubbedReason ?? 'Removed or changed by data scrubbing'}>
                scrubbed{row.scrubbedReason ? `: ${row.scrubbedReason}` : ''}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
