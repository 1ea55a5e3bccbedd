import * as Popover from '@radix-ui/react-popover';
import { type ComponentPropsWithoutRef, forwardRef, useRef, useState } from 'react';
import type { IssueStatus } from '../../core/model';
import type { IssueIgnoreUntil } from '../../hooks/issueDetails/triage';
import { cx } from '../cx';
import { portalThemeAttributes } from '../portalTheme';
import { type CustomArchiveKind, CustomArchiveForm, customArchiveTitle } from './CustomArchiveForm';
import { type PortalContainer, TriageMenu, TriageMenuItem, TriageMenuSeparator, TriageSubMenu } from './menuParts';
import { ARCHIVE_COUNTS, ARCHIVE_DURATIONS, issueDetailsMessages as m } from './messages';

/** Props of `IgnoreMenu`. */
export interface IgnoreMenuProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  status: IssueStatus;
  onIgnore: (until: IssueIgnoreUntil) => void;
  onUnresolve: () => void;
  container?: PortalContainer;
  disabled?: boolean;
}

/**
 * Archive (Sentry's "ignore") as a split button: the button archives until the issue escalates,
 * as Sentry's does; the menu archives forever, for a duration, or until N more events or users
 * (presets, or custom values with a window in a popover). On an archived issue the button
 * reopens it.
 */
export const IgnoreMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, IgnoreMenuProps>(function IgnoreMenu(
  { status, onIgnore, onUnresolve, container, disabled, className, ...rest },
  ref,
) {
  const ignored = status === 'ignored';
  const [custom, setCustom] = useState<CustomArchiveKind | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // The menu would hand focus back to its trigger as it closes, which the popover would take
  // for a focus outside and close at once: so the popover opens in the menu's place instead.
  const chosen = useRef<CustomArchiveKind | null>(null);
  const openCustom = (kind: CustomArchiveKind) => {
    chosen.current = kind;
  };
  const onMenuCloseAutoFocus = (event: Event) => {
    if (chosen.current === null) return;
    event.preventDefault();
    setCustom(chosen.current);
    chosen.current = null;
  };
  return (
    <Popover.Root open={custom !== null} onOpenChange={(open) => !open && setCustom(null)}>
      <Popover.Anchor asChild>
        {/* biome-ignore lint/a11y/useSemanticElements: a split button is a WAI-ARIA group of buttons; a fieldset would add form semantics and a legend */}
        <div {...rest} ref={ref} role="group" aria-label={m.archive} className={cx('fl-split-button', className)} data-slot="archive" data-state={ignored ? 'archived' : 'open'}>
          <button
            type="button"
            className="fl-button"
            data-slot="primary"
            aria-pressed={ignored}
            disabled={disabled}
            ref={openerRef}
            onClick={() => (ignored ? onUnresolve() : onIgnore({ kind: 'escalating' }))}
          >
            {ignored ? m.unarchive : m.archive}
          </button>
          <TriageMenu trigger={null} triggerLabel={m.archiveOptions} container={container} disabled={disabled} onCloseAutoFocus={onMenuCloseAutoFocus}>
            <TriageMenuItem onSelect={() => onIgnore({ kind: 'escalating' })}>{m.archiveEscalating}</TriageMenuItem>
            <TriageMenuItem onSelect={() => onIgnore({ kind: 'forever' })}>{m.archiveForever}</TriageMenuItem>
            <TriageMenuSeparator />
            <TriageSubMenu label={m.archiveFor}>
              {ARCHIVE_DURATIONS.map((minutes) => (
                <TriageMenuItem key={minutes} onSelect={() => onIgnore({ kind: 'duration', minutes })}>
                  {m.minutes(minutes)}
                </TriageMenuItem>
              ))}
              <TriageMenuItem onSelect={() => openCustom('duration')}>{m.custom}</TriageMenuItem>
            </TriageSubMenu>
            <TriageSubMenu label={m.archiveUntilEvents}>
              {ARCHIVE_COUNTS.map((count) => (
                <TriageMenuItem key={count} onSelect={() => onIgnore({ kind: 'events', count })}>
                  {m.eventsLabel(count)}
                </TriageMenuItem>
              ))}
              <TriageMenuItem onSelect={() => openCustom('events')}>{m.custom}</TriageMenuItem>
            </TriageSubMenu>
            <TriageSubMenu label={m.archiveUntilUsers}>
              {ARCHIVE_COUNTS.map((count) => (
                <TriageMenuItem key={count} onSelect={() => onIgnore({ kind: 'users', count })}>
                  {m.usersLabel(count)}
                </TriageMenuItem>
              ))}
              <TriageMenuItem onSelect={() => openCustom('users')}>{m.custom}</TriageMenuItem>
            </TriageSubMenu>
          </TriageMenu>
        </div>
      </Popover.Anchor>
      <Popover.Portal container={container ?? undefined}>
        <Popover.Content
          {...portalThemeAttributes(openerRef.current)}
          aria-label={custom === null ? m.archive : customArchiveTitle(custom)}
          onCloseAutoFocus={(event) => {
            // No popover trigger to return to: focus goes back to the Archive button.
            event.preventDefault();
            openerRef.current?.focus();
          }}
          className="fl fl-triage-popover" align="end" sideOffset={4} collisionPadding={8}>
          {custom !== null && (
            <CustomArchiveForm
              kind={custom}
              onCancel={() => setCustom(null)}
              onSubmit={(until) => {
                setCustom(null);
                onIgnore(until);
              }}
            />
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
});
