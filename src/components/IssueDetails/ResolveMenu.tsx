import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { IssueStatus } from '../../core/model';
import type { IssueResolveIn } from '../../hooks/issueDetails/triage';
import { cx } from '../cx';
import { type PortalContainer, TriageMenu, TriageMenuItem, TriageSubMenu } from './menuParts';
import { issueDetailsMessages as m } from './messages';

/** Props of `ResolveMenu`. */
export interface ResolveMenuProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  status: IssueStatus;
  /** Release versions to offer under "In a release…", newest first. @default none */
  releases?: readonly string[];
  onResolve: (resolveIn: IssueResolveIn) => void;
  onUnresolve: () => void;
  container?: PortalContainer;
  disabled?: boolean;
}

/**
 * Resolve as a split button: the button resolves now, the menu beside it resolves in the next
 * release or in a chosen one. On a resolved issue the button reopens it instead.
 */
export const ResolveMenu = /* @__PURE__ */ forwardRef<HTMLDivElement, ResolveMenuProps>(function ResolveMenu(
  { status, releases = [], onResolve, onUnresolve, container, disabled, className, ...rest },
  ref,
) {
  const resolved = status === 'resolved';
  return (
    // biome-ignore lint/a11y/useSemanticElements: a split button is a WAI-ARIA group of buttons; a fieldset would add form semantics and a legend
    <div {...rest} ref={ref} role="group" aria-label={m.resolve} className={cx('fl-split-button', className)} data-slot="resolve" data-state={resolved ? 'resolved' : 'open'}>
      <button
        type="button"
        className="fl-button"
        data-slot="primary"
        aria-pressed={resolved}
        disabled={disabled}
        onClick={() => (resolved ? onUnresolve() : onResolve({ kind: 'now' }))}
      >
        {resolved ? m.unresolve : m.resolve}
      </button>
      <TriageMenu trigger={null} triggerLabel={m.resolveOptions} container={container} disabled={disabled}>
        <TriageMenuItem onSelect={() => onResolve({ kind: 'now' })}>{m.resolveNow}</TriageMenuItem>
        <TriageMenuItem onSelect={() => onResolve({ kind: 'nextRelease' })}>{m.resolveNextRelease}</TriageMenuItem>
        <TriageSubMenu label={m.resolveInRelease}>
          {releases.length === 0 ? (
            <TriageMenuItem disabled onSelect={() => undefined}>
              {m.noReleases}
            </TriageMenuItem>
          ) : (
            releases.map((version) => (
              <TriageMenuItem key={version} onSelect={() => onResolve({ kind: 'release', version })}>
                {version}
              </TriageMenuItem>
            ))
          )}
        </TriageSubMenu>
      </TriageMenu>
    </div>
  );
});
