import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { Assignee, Issue } from '../../core/model';
import { maskText } from '../../core/privacy';
import type { IssueTriageAction } from '../../hooks/issueDetails/triage';
import type { IssueTriageFailure } from '../../hooks/issueDetails/useIssueTriage';
import { cx } from '../cx';
import { AssigneePicker } from './AssigneePicker';
import { DeleteIssueButton } from './DeleteIssueButton';
import { IgnoreMenu } from './IgnoreMenu';
import { BookmarkButton, ShareButton, SubscribeButton } from './IssueToggles';
import type { PortalContainer } from './menuParts';
import { issueDetailsMessages as m } from './messages';
import { ResolveMenu } from './ResolveMenu';

/** Props of `IssueTriageBar`. */
export interface IssueTriageBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  issue: Issue;
  /** Called with every triage change (`useIssueTriage().run`). */
  onAction: (action: IssueTriageAction) => void;
  /** Deletes the issue after the dialog confirmed; no Delete button without it. @default none */
  onDelete?: () => void;
  /** The organization's members and teams for the assignee picker. @default none */
  assignees?: readonly Assignee[];
  /** Offers "Assign to me". @default none */
  currentUser?: Assignee;
  /** While members and teams load. @default false */
  assigneesLoading?: boolean;
  /** Releases for "Resolve in a release…", newest first. @default none */
  releases?: readonly string[];
  /** The issue's link for Share; only http(s) is copied. @default the issue's permalink */
  permalink?: string;
  /** The last refused change, shown as an alert (`useIssueTriage().failure`). @default none */
  failure?: IssueTriageFailure | null;
  onDismissFailure?: () => void;
  /** Where menus, popovers and the dialog are portalled. @default document.body */
  container?: PortalContainer;
  /** Disables every control, as while a delete runs. @default false */
  disabled?: boolean;
}

function failureText(failure: IssueTriageFailure): string {
  let reason = '';
  try {
    reason = failure.error instanceof Error ? failure.error.message : '';
  } catch {
    reason = '';
  }
  return m.failed(m.actionNames[failure.action.type] ?? m.actionNames.resolve ?? '', reason);
}

/**
 * The issue page's triage controls in a toolbar: Resolve, Archive, the assignee, Bookmark,
 * Subscribe, Share and Delete, with an alert when the server refused a change.
 */
export const IssueTriageBar = /* @__PURE__ */ forwardRef<HTMLDivElement, IssueTriageBarProps>(function IssueTriageBar(
  { issue, onAction, onDelete, assignees = [], currentUser, assigneesLoading, releases, permalink, failure, onDismissFailure, container, disabled, className, ...rest },
  ref,
) {
  return (
    <div {...rest} ref={ref} className={cx('fl fl-issue-triage', className)} data-status={issue.status}>
      <div role="toolbar" aria-label={m.triage} data-slot="triage-controls">
        <ResolveMenu
          status={issue.status}
          releases={releases}
          disabled={disabled}
          container={container}
          onResolve={(resolveIn) => onAction({ type: 'resolve', resolveIn })}
          onUnresolve={() => onAction({ type: 'unresolve' })}
        />
        <IgnoreMenu
          status={issue.status}
          disabled={disabled}
          container={container}
          onIgnore={(until) => onAction({ type: 'ignore', until })}
          onUnresolve={() => onAction({ type: 'unresolve' })}
        />
        <AssigneePicker
          value={issue.assignedTo}
          options={assignees}
          currentUser={currentUser}
          loading={assigneesLoading}
          disabled={disabled}
          container={container}
          onAssign={(assignee) => onAction({ type: 'assign', assignee })}
        />
        <BookmarkButton pressed={issue.isBookmarked === true} disabled={disabled} onPressedChange={(value) => onAction({ type: 'bookmark', value })} />
        <SubscribeButton pressed={issue.isSubscribed === true} disabled={disabled} onPressedChange={(value) => onAction({ type: 'subscribe', value })} />
        <ShareButton url={permalink ?? issue.permalink} disabled={disabled} />
        {onDelete && <DeleteIssueButton title={maskText(issue.title)} onDelete={onDelete} disabled={disabled} container={container} />}
      </div>
      {failure && (
        <div role="alert" data-slot="triage-error">
          <span>{failureText(failure)}</span>
          {onDismissFailure && (
            <button type="button" className="fl-button" onClick={onDismissFailure}>
              {m.dismiss}
            </button>
          )}
        </div>
      )}
    </div>
  );
});
