import { type ComponentPropsWithoutRef, forwardRef, type Ref, useState } from 'react';
import { cx } from '../cx';

/** Props of `ValueTree`. */
export interface ValueTreeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
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

/** What the root `span` of every shape of value gets: the host's props and ref. */
type RootProps = ComponentPropsWithoutRef<'span'> & { ref: Ref<HTMLSpanElement> };

/** A long string, cut with a button to show the rest, so 10 MB messages do not freeze the page. */
function LongString({ text, root }: { text: string; root: RootProps }) {
  const [full, setFull] = useState(false);
  if (full || text.length <= LONG_STRING) return <span {...root} data-type="string">{text}</span>;
  return (
    <span {...root} data-type="string">
      {text.slice(0, LONG_STRING)}…{' '}
      <button type="button" className="fl-button" onClick={() => setFull(true)}>
        Show all {text.length.toLocaleString('en-US')} characters
      </button>
    </span>
  );
}

function Primitive({ value, root }: { value: unknown; root: RootProps }) {
  if (value === null) return <span {...root} data-type="null">null</span>;
  if (value === undefined) return <span {...root} data-type="null">undefined</span>;
  if (typeof value === 'string') return <LongString text={value} root={root} />;
  if (typeof value === 'number' || typeof value === 'bigint') return <span {...root} data-type="number">{String(value)}</span>;
  if (typeof value === 'boolean') return <span {...root} data-type="boolean">{String(value)}</span>;
  return <span {...root} data-type="other">{String(value)}</span>;
}

/**
 * A readable, collapsible tree of a nested value: objects and arrays as nested key/value
 * lists behind toggles, long arrays paged, long strings cut. Everything renders as text.
 */
export const ValueTree = /* @__PURE__ */ forwardRef<HTMLSpanElement, ValueTreeProps>(function ValueTree({ value, depth = 0, expandDepth = 1, ...rest }, ref) {
  const [open, setOpen] = useState(depth < expandDepth);
  const [shown, setShown] = useState(PAGE);
  const root: RootProps = { ...rest, ref };
  if (value === null || typeof value !== 'object') return <Primitive value={value} root={root} />;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return <span {...root} data-type="empty">{Array.isArray(value) ? '[]' : '{}'}</span>;
  return (
    <span {...root} className={cx('fl-value-tree', rest.className)} data-state={open ? 'expanded' : 'collapsed'}>
      <button type="button" className="fl-tree-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {describe(value)}
      </button>
      {open && (
        <dl data-slot="tree-children">
          {entries.slice(0, shown).map(([key, child]) => (
            <div key={key} data-slot="tree-row">
              <dt>{key}</dt>
              <dd>
                <NestedValue value={child} depth={depth + 1} expandDepth={expandDepth} />
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
});

// Inside the render function its own name is the bare function, not the component.
function NestedValue(props: ValueTreeProps) {
  return <ValueTree {...props} />;
}
