import * as AlertDialog from '@radix-ui/react-alert-dialog';
import type { ReactNode, RefObject } from 'react';
import { portalThemeAttributes } from '../portalTheme';
import type { PortalContainer } from './menuParts';

/** Props of `ConfirmDialogContent`. */
export interface ConfirmDialogContentProps {
  /** Where the dialog is portalled. @default document.body */
  container?: PortalContainer;
  /** An element inside the opener, whose theme the portalled dialog takes. */
  opener: RefObject<HTMLElement | null>;
  title: ReactNode;
  description: ReactNode;
  cancel: ReactNode;
  confirm: ReactNode;
  onConfirm: () => void;
}

/** The portalled body of a destructive `AlertDialog`: title, description, cancel and a danger action. */
export function ConfirmDialogContent({ container, opener, title, description, cancel, confirm, onConfirm }: ConfirmDialogContentProps) {
  return (
    <AlertDialog.Portal container={container ?? undefined}>
      <AlertDialog.Overlay {...portalThemeAttributes(opener.current)} className="fl fl-dialog-overlay" />
      <AlertDialog.Content {...portalThemeAttributes(opener.current)} className="fl fl-dialog">
        <AlertDialog.Title data-slot="dialog-title">{title}</AlertDialog.Title>
        <AlertDialog.Description data-slot="dialog-description">{description}</AlertDialog.Description>
        <div data-slot="form-actions">
          <AlertDialog.Cancel className="fl-button">{cancel}</AlertDialog.Cancel>
          <AlertDialog.Action className="fl-button" data-variant="danger" onClick={onConfirm}>
            {confirm}
          </AlertDialog.Action>
        </div>
      </AlertDialog.Content>
    </AlertDialog.Portal>
  );
}
