import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { Issue } from '../../core/model';
import { issueStatusDetails } from '../../hooks/issueDetails/triage';
import { cx } from '../cx';
import { SecretText } from '../KeyValueList/SecretText';
import { LevelBadge } from '../LevelBadge';
import { RelativeTime } from '../RelativeTime';
import { issueDetailsMessages as m } from './messages';

/** Props of `IssueStatusBadge`. */
export interface IssueStatusBadgeProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  issue: Issue;
}

/** The issue's status in words: "Resolved in 1.2.0", "Archived forever", "Unresolved · Regressed". */
export function issueStatusText(issue: Issue): string {
  const details = issueStatusDetails(issue);
  if (issue.status === 'resolved') {
    if (typeof details.inRelease === 'string' && details.inRelease !== '') return m.resolvedInRelease(details.inRelease);
    if (details.inNextRelease === true) return m.resolvedInNextRelease;
  }
  const status = m.status[issue.status] ?? issue.status;
  const sub = issue.substatus === undefined ? undefined : m.substatus[issue.substatus];
  if (sub === undefined || issue.status === 'resolved') return status;
  return issue.status === 'ignored' ? `${status} ${sub}` : `${status} · ${sub}`;
}

/** The issue's status as a badge; `data-status` and `data-substatus` carry the raw values. */
export const IssueStatusBadge = /* @__PURE__ */ forwardRef<HTMLSpanElement, IssueStatusBadgeProps>(function IssueStatusBadge({ issue, className, ...rest }, ref) {
  return (
    <span {...rest} ref={ref} className={cx('fl fl-issue-status', className)} data-status={issue.status} data-substatus={issue.substatus}>
      {issueStatusText(issue)}
    </span>
  );
});

/** Props of `IssueHeader`. */
export interface IssueHeaderProps extends Omit<ComponentPropsWithoutRef<'header'>, 'children'> {
  issue: Issue;
  /** Level of the title's heading. @default 1 */
  headingLevel?: 1 | 2 | 3;
  /** Reference time for "3 hours ago"; live when omitted. @default now */
  now?: Date | number;
}

const numberFormat = /* @__PURE__ */ new Intl.NumberFormat('en-US');

/**
 * The issue's header as on Sentry's issue page: short id, status and level, the title and
 * culprit, event and user counts, and when it was first and last seen, with those releases.
 */
export const IssueHeader = /* @__PURE__ */ forwardRef<HTMLElement, IssueHeaderProps>(function IssueHeader({ issue, headingLevel = 1, now, className, ...rest }, ref) {
  const Heading = `h${headingLevel}` as const;
  return (
    <header {...rest} ref={ref} className={cx('fl fl-issue-header', className)} data-status={issue.status}>
      <div data-slot="badges">
        {issue.shortId && <span data-slot="short-id">{issue.shortId}</span>}
        <IssueStatusBadge issue={issue} />
        {issue.level && <LevelBadge level={issue.level} />}
      </div>
      <Heading data-slot="title">{issue.title ? <SecretText text={issue.title} /> : m.unknownTitle}</Heading>
      {issue.culprit && (
        <p data-slot="culprit">
          <SecretText text={issue.culprit} />
        </p>
      )}
      <dl data-slot="stats">
        <div data-slot="stat">
          <dt>{m.events}</dt>
          <dd>{numberFormat.format(issue.count)}</dd>
        </div>
        <div data-slot="stat">
          <dt>{m.users}</dt>
          <dd>{numberFormat.format(issue.userCount)}</dd>
        </div>
        <div data-slot="stat">
          <dt>{m.firstSeen}</dt>
          <dd>
            <RelativeTime date={issue.firstSeen} now={now} />
            {issue.firstRelease && <span data-slot="release"> {m.inRelease(issue.firstRelease.shortVersion ?? issue.firstRelease.version)}</span>}
          </dd>
        </div>
        <div data-slot="stat">
          <dt>{m.lastSeen}</dt>
          <dd>
            <RelativeTime date={issue.lastSeen} now={now} />
            {issue.lastRelease && <span data-slot="release"> {m.inRelease(issue.lastRelease.shortVersion ?? issue.lastRelease.version)}</span>}
          </dd>
        </div>
      </dl>
    </header>
  );
});
