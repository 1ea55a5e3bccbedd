import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { cx } from '../cx';

/** One entry of an `ActionMenu`. */
export interface ActionMenuItem {
  /** Stable id handed to `onSelect`. */
  id: string;
  /** Visible name of the item; type-ahead matches its first letter. */
  label: string;
  /** Items with different groups get a separator between them. */
  group?: string;
}

/** Props of `ActionMenu`. */
export interface ActionMenuProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'> {
  /** Content of the menu button. */
  label: ReactNode;
  /** Entries, in order. */
  items: ActionMenuItem[];
  /** Called with the item's id after the menu closed and focus went back to the button. */
  onSelect: (id: string) => void;
}

/**
 * A menu button following the WAI-ARIA menu button pattern: the button opens the menu with
 * Enter, Space or the arrows; Up/Down move and wrap, Home/End jump, a letter jumps to the next
 * item starting with it, Escape closes and returns focus to the button, Tab and a click
 * outside close it.
 */
export const ActionMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, ActionMenuProps>(function ActionMenu({ label, items, onSelect, className, ...rest }: ActionMenuProps, ref) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const menuId = useId();

  // Focus follows `active` while the menu is open; the items are rendered before this runs.
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const root = menuRef.current?.parentElement;
      if (root && event.target instanceof Node && !root.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const openAt = (index: number) => {
    if (items.length === 0) return;
    setActive((index + items.length) % items.length);
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') openAt(0);
    else if (event.key === 'ArrowUp') openAt(items.length - 1);
    else return;
    event.preventDefault();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        setActive((index) => (index >= last ? 0 : index + 1));
        break;
      case 'ArrowUp':
        setActive((index) => (index <= 0 ? last : index - 1));
        break;
      case 'Home':
        setActive(0);
        break;
      case 'End':
        setActive(last);
        break;
      case 'Escape':
        close(true);
        break;
      case 'Tab':
        // Tab leaves the menu to the next stop on the page, as a native menu would.
        setOpen(false);
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        const letter = event.key.toLowerCase();
        const order = items.map((_, offset) => (active + 1 + offset) % items.length);
        const next = order.find((index) => items[index]?.label.toLowerCase().startsWith(letter));
        if (next === undefined) return;
        setActive(next);
      }
    }
    event.preventDefault();
  };

  return (
    // The root holds the button and the menu it places, and is what a click outside must miss.
    <div {...rest} ref={ref} className={cx('fl-action-menu', className)} data-slot="action-menu">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="fl fl-button"
        data-slot="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
        <span aria-hidden="true" data-slot="chevron">
          ▾
        </span>
      </button>
      <div ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} hidden={!open} data-slot="menu" onKeyDown={onMenuKeyDown}>
        {items.map((item, index) => (
          <MenuEntry
            key={item.id}
            item={item}
            separated={index > 0 && items[index - 1]?.group !== item.group}
            onActivate={() => {
              close(true);
              onSelect(item.id);
            }}
          />
        ))}
      </div>
    </div>
  );
});

function MenuEntry({ item, separated, onActivate }: { item: ActionMenuItem; separated: boolean; onActivate: () => void }) {
  return (
    <>
      {separated && <hr data-slot="menu-separator" />}
      <button type="button" role="menuitem" tabIndex={-1} data-slot="menu-item" data-action={item.id} onClick={onActivate}>
        {item.label}
      </button>
    </>
  );
}
