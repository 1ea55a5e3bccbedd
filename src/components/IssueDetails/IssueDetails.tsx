import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { Issue } from '../../core/model';
import { maskText } from '../../core/privacy';
import { cx } from '../cx';
import { IssueHeader } from './IssueHeader';
import { IssueTriageBar, type IssueTriageBarProps } from './IssueTriageBar';

/** Props of `IssueDetails`. */
export interface IssueDetailsProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>, Omit<IssueTriageBarProps, 'issue' | keyof ComponentPropsWithoutRef<'div'>> {
  issue: Issue;
  /** Level of the title's heading. @default 1 */
  headingLevel?: 1 | 2 | 3;
  /** Reference time for relative times; live when omitted. @default now */
  now?: Date | number;
  /** Shown under the triage bar, such as the event. @default none */
  children?: ReactNode;
}

/**
 * The top of an issue page: `IssueHeader` and `IssueTriageBar` in one section. Pair it with
 * `useIssueTriage` for optimistic changes; rebuild it from those parts for another layout.
 */
export const IssueDetails = /* @__PURE__ */ forwardRef<HTMLElement, IssueDetailsProps>(function IssueDetails(
  {
    issue,
    headingLevel,
    now,
    children,
    onAction,
    onDelete,
    assignees,
    currentUser,
    assigneesLoading,
    releases,
    permalink,
    failure,
    onDismissFailure,
    container,
    disabled,
    className,
    ...rest
  },
  ref,
) {
  const triage = { onAction, onDelete, assignees, currentUser, assigneesLoading, releases, permalink, failure, onDismissFailure, container, disabled };
  return (
    <section {...rest} ref={ref} className={cx('fl fl-issue-details', className)} aria-label={rest['aria-label'] ?? maskText(issue.title)} data-status={issue.status}>
      <IssueHeader issue={issue} headingLevel={headingLevel} now={now} />
      <IssueTriageBar issue={issue} {...triage} />
      {children}
    </section>
  );
});
