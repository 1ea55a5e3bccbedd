import { useState } from 'react';

/** Props of `ValueTree`. */
export interface ValueTreeProps {
  /** Any JSON-like value. */
  value: unknown;
  /** Nesting depth of this node; deeper nodes start collapsed. @default 0 */
  depth?: number;
  /** Depth up to which objects start expanded. @default 1 */
  expandDepth?: number;
}

const PAGE = 100;
const LONG_STRING = 2000;

function describe(value: object): string {
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  const size = Object.keys(value).length;
  return `{${size} key${size === 1 ? '' : 's'}}`;
}

/** A long string, cut with a button to show the rest, so 10 MB messages do not freeze the page. */
function LongString({ text }: { text: string }) {
  const [full, setFull] = useState(false);
  if (full || text.length <= LONG_STRING) return <span data-type="string">{text}</span>;
  return (
    <span data-type="string">
      {text.slice(0, LONG_STRING)}…{' '}
      <button type="button" className="fl-button" onClick={() => setFull(true)}>
        Show all {text.length.toLocaleString()} characters
      </button>
    </span>
  );
}

function Primitive({ value }: { value: unknown }) {
  if (value === null) return <span data-type="null">null</span>;
  if (value === undefined) return <span data-type="null">undefined</span>;
  if (typeof value === 'string') return <LongString text={value} />;
  if (typeof value === 'number' || typeof value === 'bigint') return <span data-type="number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span data-type="boolean">{String(value)}</span>;
  return <span data-type="other">{String(value)}</span>;
}

/**
 * A readable, collapsible tree of a nested value: objects and arrays as nested key/value
 * lists behind toggles, long arrays paged, long strings cut. Everything renders as text.
 */
export function ValueTree({ value, depth = 0, expandDepth = 1 }: ValueTreeProps) {
  const [open, setOpen] = useState(depth < expandDepth);
  const [shown, setShown] = useState(PAGE);
  if (value === null || typeof value !== 'object') return <Primitive value={value} />;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return <span data-type="empty">{Array.isArray(value) ? '[]' : '{}'}</span>;
  return (
    <span className="fl-value-tree" data-state={open ? 'expanded' : 'collapsed'}>
      <button type="button" className="fl-tree-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {describe(value)}
      </button>
      {open && (
        <dl data-slot="tree-children">
          {entries.slice(0, shown).map(([key, child]) => (
            <div key={key} data-slot="tree-row">
              <dt>{key}</dt>
              <dd>
                <ValueTree value={child} depth={depth + 1} expandDepth={expandDepth} />
              </dd>
            </div>
          ))}
          {entries.length > shown && (
            <div data-slot="tree-row">
              <dt />
              <dd>
                <button type="button" className="fl-button" onClick={() => setShown(shown + PAGE)}>
                  Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
                </button>
              </dd>
            </div>
          )}
        </dl>
      )}
    </span>
  );
}
