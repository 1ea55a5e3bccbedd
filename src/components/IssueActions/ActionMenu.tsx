import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type ComponentPropsWithoutRef, Fragment, forwardRef, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';

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
  /** Called with the item's id as the menu closes; focus goes back to the button. */
  onSelect: (id: string) => void;
  /** Where the menu is portalled. @default document.body */
  container?: HTMLElement | null;
}

/**
 * A menu button on Radix's dropdown menu: Enter, Space or Down open it on the first item, Up on
 * the last; the arrows wrap, Home/End jump, letters type ahead, Escape and Tab close it. The
 * menu is portalled and flips or shifts to stay inside the viewport (8 px padding), so a button
 * at the right edge opens leftwards; it carries the button's theme.
 */
export const ActionMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, ActionMenuProps>(function ActionMenu({ label, items, onSelect, container, className, ...rest }: ActionMenuProps, ref) {
  const [open, setOpen] = useState(false);
  const fromEnd = useRef(false);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Radix opens on Down only; the menu button pattern also opens on Up, at the last item.
    if (event.key !== 'ArrowUp' || items.length === 0) return;
    event.preventDefault();
    fromEnd.current = true;
    setOpen(true);
  };

  // Runs as the menu mounts: after Radix put focus on its first item, move it to the last.
  const focusLastOnOpen = (menu: HTMLDivElement | null) => {
    if (menu === null || !fromEnd.current) return;
    fromEnd.current = false;
    setTimeout(() => {
      const entries = menu.querySelectorAll<HTMLElement>('[role="menuitem"]');
      entries[entries.length - 1]?.focus();
    }, 0);
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Tab leaves the menu, as a native menu would, instead of being swallowed by it.
    if (event.key === 'Tab') setOpen(false);
  };

  return (
    // The root holds the button; the menu itself is portalled.
    <div {...rest} ref={ref} className={cx('fl-action-menu', className)} data-slot="action-menu" data-state={open ? 'open' : 'closed'}>
      <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
        <DropdownMenu.Trigger ref={buttonRef} className="fl fl-button" data-slot="menu-button" disabled={items.length === 0} onKeyDown={onButtonKeyDown}>
          {label}
          <span aria-hidden="true" data-slot="chevron">
            ▾
          </span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal container={container ?? undefined}>
          <DropdownMenu.Content
            {...portalThemeAttributes(buttonRef.current)}
            className="fl fl-action-menu-content"
            data-slot="menu"
            align="start"
            sideOffset={4}
            collisionPadding={8}
            loop
            onKeyDown={onMenuKeyDown}
            ref={focusLastOnOpen}
          >
            {items.map((item, index) => (
              <Fragment key={item.id}>
                {index > 0 && items[index - 1]?.group !== item.group && <DropdownMenu.Separator data-slot="menu-separator" />}
                <DropdownMenu.Item data-slot="menu-item" data-action={item.id} onSelect={() => onSelect(item.id)}>
                  {item.label}
                </DropdownMenu.Item>
              </Fragment>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
    </div>
  );
});
