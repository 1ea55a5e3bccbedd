import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type ComponentPropsWithoutRef, createContext, forwardRef, type ReactNode, useContext, useRef } from 'react';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';

/** Where portalled menus, popovers and dialogs go. @default document.body */
export type PortalContainer = HTMLElement | null | undefined;

const ContainerContext = /* @__PURE__ */ createContext<PortalContainer>(undefined);

/** Props of `TriageMenu`. */
export interface TriageMenuProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Accessible name and content of the trigger. */
  trigger: ReactNode;
  /** Accessible name of the trigger when its content is only an icon. @default none */
  triggerLabel?: string;
  /** The menu's items (`TriageMenuItem`, `TriageSubMenu`, `DropdownMenu.Separator`). */
  children: ReactNode;
  container?: PortalContainer;
  disabled?: boolean;
  /** Called as the menu closes, before focus returns to the trigger; `preventDefault` keeps it. @default none */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * A Radix dropdown menu with the kit's look: it flips and shifts to stay on screen
 * (collision padding 8 px), and its portalled content carries the opener's `.fl` theme.
 */
export const TriageMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, TriageMenuProps>(function TriageMenu(
  { trigger, triggerLabel, children, container, disabled, onCloseAutoFocus, className, ...rest },
  ref,
) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger ref={triggerRef} className={cx('fl-button', className)} data-slot="menu-trigger" aria-label={triggerLabel} disabled={disabled}>
        {trigger}
        <span aria-hidden="true" data-slot="chevron">
          ▾
        </span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container ?? undefined}>
        <MenuContent ref={ref} opener={triggerRef.current} onCloseAutoFocus={onCloseAutoFocus} {...rest}>
          <ContainerContext.Provider value={container}>{children}</ContainerContext.Provider>
        </MenuContent>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
});

type MenuContentProps = ComponentPropsWithoutRef<'div'> & { opener: Element | null; onCloseAutoFocus?: (event: Event) => void };

const MenuContent = /* @__PURE__ */ forwardRef<HTMLDivElement, MenuContentProps>(function MenuContent({ opener, className, ...rest }, ref) {
  return (
    <DropdownMenu.Content
      {...rest}
      {...portalThemeAttributes(opener)}
      ref={ref}
      className={cx('fl fl-triage-menu', className)}
      align="end"
      sideOffset={4}
      collisionPadding={8}
      loop
    />
  );
});

/** One entry of a `TriageMenu`. */
export function TriageMenuItem({ onSelect, children, ...rest }: { onSelect: () => void; children: ReactNode } & Omit<DropdownMenu.DropdownMenuItemProps, 'onSelect'>) {
  return (
    <DropdownMenu.Item {...rest} className="fl-triage-menu-item" onSelect={onSelect}>
      {children}
    </DropdownMenu.Item>
  );
}

/** A nested menu of a `TriageMenu` (releases, durations, counts); it opens to the side that fits. */
export function TriageSubMenu({ label, children }: { label: string; children: ReactNode }) {
  const container = useContext(ContainerContext);
  const triggerRef = useRef<HTMLDivElement>(null);
  return (
    <DropdownMenu.Sub>
      <DropdownMenu.SubTrigger ref={triggerRef} className="fl-triage-menu-item" data-slot="sub-trigger">
        {label}
        <span aria-hidden="true" data-slot="sub-chevron">
          ›
        </span>
      </DropdownMenu.SubTrigger>
      <DropdownMenu.Portal container={container ?? undefined}>
        <DropdownMenu.SubContent {...portalThemeAttributes(triggerRef.current)} className="fl fl-triage-menu" sideOffset={2} collisionPadding={8} loop>
          {children}
        </DropdownMenu.SubContent>
      </DropdownMenu.Portal>
    </DropdownMenu.Sub>
  );
}

/** A line between groups of a `TriageMenu`. */
export function TriageMenuSeparator() {
  return <DropdownMenu.Separator className="fl-triage-menu-separator" />;
}

/** A group heading inside a `TriageMenu`. */
export function TriageMenuLabel({ children }: { children: ReactNode }) {
  return <DropdownMenu.Label className="fl-triage-menu-label">{children}</DropdownMenu.Label>;
}
