import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { type ComponentPropsWithoutRef, forwardRef, useRef } from 'react';
import { cx } from '../cx';
import { ConfirmDialogContent } from './ConfirmDialogContent';
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
      <ConfirmDialogContent
        container={container}
        opener={openerRef}
        title={m.deleteTitle}
        description={m.deleteDescription(title)}
        cancel={m.cancel}
        confirm={m.deleteConfirm}
        onConfirm={onDelete}
      />
    </AlertDialog.Root>
  );
});
