import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from 'react';
import { cx } from '../cx';
import { ValueTree } from '../KeyValueList';
import { contextPanelMessages } from './messages';

/** Lists longer than this start collapsed behind their count. */
export const COLLAPSE_AFTER = 8;

/** Props of `CountDisclosure`. */
export interface CountDisclosureProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  items: readonly unknown[];
  /** What the items are, plural: `integrations`. */
  noun: string;
}

const itemText = (item: unknown): string | undefined =>
  typeof item === 'string' ? item : typeof item === 'number' || typeof item === 'boolean' ? String(item) : undefined;

/**
 * A long list (the SDK's 59 integrations) as its count behind a disclosure button, collapsed
 * past `COLLAPSE_AFTER` items, so one row does not push the rest of the panel off screen.
 */
export const CountDisclosure = /* @__PURE__ */ forwardRef<HTMLDivElement, CountDisclosureProps>(function CountDisclosure({ items, noun, className, ...rest }, ref) {
  const [open, setOpen] = useState(items.length <= COLLAPSE_AFTER);
  const listId = useId();
  return (
    <div {...rest} ref={ref} className={cx('fl-count-disclosure', className)} data-state={open ? 'expanded' : 'collapsed'}>
      <button type="button" className="fl-tree-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {contextPanelMessages.listCount(items.length, noun)}
      </button>
      {open && (
        <ul id={listId} data-slot="disclosure-items">
          {items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; the list is the SDK's, in its order
            <li key={i}>{itemText(item) ?? <ValueTree value={item} />}</li>
          ))}
        </ul>
      )}
    </div>
  );
});
