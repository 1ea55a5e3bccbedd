import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type Issue, normalizeIssue } from '../../core';
import {
  buildIntegrationReport,
  type IntegrationInput,
  reportPermalink,
  type SlackMessage,
  type TrackerHandoff,
  type TrackerRequest,
  toSlackMessage,
} from '../../core/integrations';
import { copyText } from '../../hooks/useCopy';
import { useNormalizedEvent } from '../../hooks/useNormalized';
import { cx } from '../cx';
import { ActionMenu } from './ActionMenu';
import { type IssueActionId, type IssueTrackerTargets, issueActionItems, trackerActions } from './issueActionItems';

/** Props of `IssueActions`. */
export interface IssueActionsProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, IssueTrackerTargets {
  /** The event, in any Sentry shape or canonical. */
  event?: unknown;
  /** The issue, in any Sentry shape or canonical. */
  issue?: unknown;
  /** Link back to the issue; only http(s) links are used. @default the issue's permalink */
  permalink?: string;
  /** Receives the Slack message (`{ text, blocks }`) to post; "Share to Slack" shows only with it. */
  onShare?: (message: SlackMessage) => void | Promise<void>;
  /**
   * Sends a tracker's create call (Bitbucket, ClickUp, Asana, Trello) from the host's server with
   * its own token; those trackers show only with it. @default none
   */
  onTrackerRequest?: (request: TrackerRequest) => unknown;
  /** Content of the menu button. @default "Actions" */
  label?: ReactNode;
  /** How long an announcement stays, in ms. @default 4000 */
  statusDuration?: number;
}

type Status = { tone: 'success' | 'danger'; message: string } | undefined;

const errorText = (error: unknown) => (error instanceof Error && error.message !== '' ? `: ${error.message}` : '');

/**
 * A menu of hand-offs for an issue or event: copy it as Markdown, plain text or a link, open
 * a pre-filled GitHub, GitLab or Jira issue (the full report goes on the clipboard, since a
 * URL holds only part of it) and share it to Slack through `onShare`. A live region says
 * what happened.
 */
export const IssueActions = /* @__PURE__ */ forwardRef<HTMLDivElement, IssueActionsProps>(function IssueActions({
  event,
  issue,
  permalink,
  github,
  gitlab,
  jira,
  trackers: trackerTargets,
  onTrackerRequest,
  onShare,
  label = 'Actions',
  statusDuration = 4000,
  className,
  ...rest
}: IssueActionsProps, ref) {
  const normalizedEvent = useNormalizedEvent(event);
  const normalizedIssue = useMemo<Issue | undefined>(() => (issue === undefined ? undefined : normalizeIssue(issue).value), [issue]);
  const input = useMemo<IntegrationInput>(
    () => ({ event: event === undefined ? undefined : normalizedEvent.value, issue: normalizedIssue, permalink }),
    [event, normalizedEvent, normalizedIssue, permalink],
  );
  const link = reportPermalink(input);
  const viaServer = onTrackerRequest !== undefined;
  const trackers = useMemo(() => trackerActions({ github, gitlab, jira, trackers: trackerTargets }, viaServer), [github, gitlab, jira, trackerTargets, viaServer]);
  const items = issueActionItems({ hasPermalink: link !== undefined, trackers, canShare: onShare !== undefined });

  const [status, setStatus] = useState<Status>();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const announce = (next: Status) => {
    clearTimeout(timer.current);
    setStatus(next);
    timer.current = setTimeout(() => setStatus(undefined), statusDuration);
  };

  const copy = async (text: string, success: string) => {
    try {
      await copyText(text);
      announce({ tone: 'success', message: success });
    } catch (error) {
      announce({ tone: 'danger', message: `Copy failed${errorText(error)}` });
    }
  };

  const run = async (id: IssueActionId) => {
    if (id === 'copy-markdown') return copy(buildIntegrationReport(input).markdown, 'Copied as Markdown');
    if (id === 'copy-text') return copy(buildIntegrationReport(input).text, 'Copied as plain text');
    if (id === 'copy-link') return link === undefined ? undefined : copy(link, 'Link copied');
    if (id === 'share-slack') {
      try {
        await onShare?.(toSlackMessage(input));
        announce({ tone: 'success', message: 'Shared to Slack' });
      } catch (error) {
        announce({ tone: 'danger', message: `Sharing to Slack failed${errorText(error)}` });
      }
      return;
    }
    const tracker = trackers[id];
    if (tracker === undefined) return;
    let handoff: TrackerHandoff;
    try {
      handoff = tracker.build(input);
    } catch (error) {
      announce({ tone: 'danger', message: `Could not create the ${tracker.name} issue${errorText(error)}` });
      return;
    }
    if (handoff.kind === 'request') {
      try {
        await onTrackerRequest?.(handoff.request);
        announce({ tone: 'success', message: `Created the ${tracker.name} issue` });
      } catch (error) {
        announce({ tone: 'danger', message: `Could not create the ${tracker.name} issue${errorText(error)}` });
      }
      return;
    }
    const issueLink = handoff;
    // The clipboard write starts before the new tab takes focus: browsers refuse it from a
    // document that is no longer focused.
    const copied = copyText(issueLink.fullReport);
    window.open(issueLink.url, '_blank', 'noopener,noreferrer');
    try {
      await copied;
      const cut = issueLink.trimmed ? ' (the form has a trimmed copy)' : '';
      announce({ tone: 'success', message: `Opened a new ${tracker.name} issue; full report copied${cut}` });
    } catch (error) {
      announce({ tone: 'danger', message: `Opened a new ${tracker.name} issue, but copying the report failed${errorText(error)}` });
    }
  };

  return (
    <div {...rest} ref={ref} className={cx('fl fl-issue-actions', className)} data-state={status?.tone ?? 'idle'}>
      <ActionMenu label={label} items={items} onSelect={(id) => void run(id as IssueActionId)} />
      <span role="status" data-slot="status" data-tone={status?.tone}>
        {status?.message ?? ''}
      </span>
    </div>
  );
});
