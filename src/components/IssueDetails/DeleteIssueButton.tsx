import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';
import type { PortalContainer } from './menuParts';
import { issueDetailsMessages as m } from './messages';

/** Props of `DeleteIssueButton`. */
export interface DeleteIssueButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'onClick'> {
  /** The issue's title, named in the confirmation. */
  title: string;
  /** Called once the user confirmed. */
  onDelete: () => void;
  container?: PortalContainer;
}

/** Deletes the issue after an alert dialog confirms it; Cancel has the focus, so Enter is safe. */
export const DeleteIssueButton = /* @__PURE__ */ forwardRef<HTMLButtonElement, DeleteIssueButtonProps>(function DeleteIssueButton(
  { title, onDelete, container, className, ...rest },
  ref,
) {
  const openerRef = useRef<HTMLSpanElement>(null);
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger {...rest} ref={ref} className={cx('fl-button', className)} data-slot="delete" data-variant="danger">
        <span ref={openerRef}>{m.delete}</span>
      </AlertDialog.Trigger>
      <AlertDialog.Portal container={container ?? undefined}>
        <AlertDialog.Overlay {...portalThemeAttributes(openerRef.current)} className="fl fl-dialog-overlay" />
        <AlertDialog.Content {...portalThemeAttributes(openerRef.current)} className="fl fl-dialog">
          <AlertDialog.Title data-slot="dialog-title">{m.deleteTitle}</AlertDialog.Title>
          <AlertDialog.Description data-slot="dialog-description">{m.deleteDescription(title)}</AlertDialog.Description>
          <div data-slot="form-actions">
            <AlertDialog.Cancel className="fl-button">{m.cancel}</AlertDialog.Cancel>
            <AlertDialog.Action className="fl-button" data-variant="danger" onClick={onDelete}>
              {m.deleteConfirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
});
