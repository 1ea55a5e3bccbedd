import * as AlertDialog from '@radix-ui/react-alert-dialog';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type ComponentPropsWithoutRef, forwardRef, useRef, useState } from 'react';
import type { AlertRule } from '../../core/alerts';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';
import { alertRuleListMessages as messages } from './messages';

/** Props of `AlertRuleRowMenu`. */
export interface AlertRuleRowMenuProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  rule: AlertRule;
  onEdit?: (rule: AlertRule) => void;
  onDuplicate?: (rule: AlertRule) => void;
  /** Called once the user confirms in the dialog. */
  onDelete?: (rule: AlertRule) => void;
  /** Disables the menu while a change to this rule is under way. @default false */
  busy?: boolean;
}

/**
 * A rule's row actions: a Radix menu (edit, duplicate, delete) and, for delete, a Radix alert
 * dialog that names the rule and puts focus on Cancel, so Enter never deletes by accident.
 */
export const AlertRuleRowMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertRuleRowMenuProps>(function AlertRuleRowMenu(
  { rule, onEdit, onDuplicate, onDelete, busy = false, className, ...rest },
  ref,
) {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const theme = () => portalThemeAttributes(trigger.current);
  if (onEdit === undefined && onDuplicate === undefined && onDelete === undefined) return null;
  return (
    <div {...rest} ref={ref} className={cx('fl-alert-row-menu', className)}>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger ref={trigger} className="fl-button" aria-label={messages.rowMenu(rule.name)} disabled={busy} data-slot="menu-button">
          <span aria-hidden="true">⋯</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="fl fl-action-menu-content" align="end" sideOffset={4} collisionPadding={8} {...theme()}>
            {onEdit && (
              <DropdownMenu.Item className="fl-action-menu-item" onSelect={() => onEdit(rule)}>
                {messages.edit}
              </DropdownMenu.Item>
            )}
            {onDuplicate && (
              <DropdownMenu.Item className="fl-action-menu-item" onSelect={() => onDuplicate(rule)}>
                {messages.duplicate}
              </DropdownMenu.Item>
            )}
            {onDelete && (
              <DropdownMenu.Item className="fl-action-menu-item" data-tone="danger" onSelect={() => setConfirming(true)}>
                {messages.delete}
              </DropdownMenu.Item>
            )}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <AlertDialog.Root open={confirming} onOpenChange={setConfirming}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fl-alert-dialog-overlay" {...theme()} />
          <AlertDialog.Content className="fl fl-alert-dialog" {...theme()}>
            <AlertDialog.Title data-slot="title">{messages.confirmTitle(rule.name)}</AlertDialog.Title>
            <AlertDialog.Description data-slot="description">{messages.confirmBody}</AlertDialog.Description>
            <div data-slot="buttons">
              <AlertDialog.Cancel className="fl-button">{messages.cancel}</AlertDialog.Cancel>
              <AlertDialog.Action className="fl-button" data-tone="danger" onClick={() => onDelete?.(rule)}>
                {messages.confirmDelete}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </div>
  );
});
