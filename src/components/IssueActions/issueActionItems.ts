import {
  type GitHubTarget,
  type GitLabTarget,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  type IntegrationInput,
  type JiraTarget,
  jiraNewIssueUrl,
  type NewIssueLink,
} from '../../core/integrations';
import type { ActionMenuItem } from './ActionMenu';

/** Id of an action `IssueActions` offers. */
export type IssueActionId =
  | 'copy-markdown'
  | 'copy-text'
  | 'copy-link'
  | 'create-github'
  | 'create-gitlab'
  | 'create-jira'
  | 'share-slack';

/** The issue trackers an `IssueActions` menu can file into. */
export interface IssueTrackerTargets {
  github?: GitHubTarget;
  gitlab?: GitLabTarget;
  jira?: JiraTarget;
}

/** A tracker's menu label, name for announcements and link builder. */
export interface TrackerAction {
  name: string;
  build: (input: IntegrationInput) => NewIssueLink;
}

/** The trackers that have a target, keyed by their action id. */
export function trackerActions(targets: IssueTrackerTargets): Partial<Record<IssueActionId, TrackerAction>> {
  const { github, gitlab, jira } = targets;
  const actions: Partial<Record<IssueActionId, TrackerAction>> = {};
  if (github) actions['create-github'] = { name: 'GitHub', build: (input) => gitHubNewIssueUrl(input, github) };
  if (gitlab) actions['create-gitlab'] = { name: 'GitLab', build: (input) => gitLabNewIssueUrl(input, gitlab) };
  if (jira) actions['create-jira'] = { name: 'Jira', build: (input) => jiraNewIssueUrl(input, jira) };
  return actions;
}

/** The menu entries for what the props allow, grouped copy / create / share. */
export function issueActionItems(options: {
  hasPermalink: boolean;
  trackers: Partial<Record<IssueActionId, TrackerAction>>;
  canShare: boolean;
}): ActionMenuItem[] {
  const items: ActionMenuItem[] = [
    { id: 'copy-markdown', label: 'Copy as Markdown', group: 'copy' },
    { id: 'copy-text', label: 'Copy as plain text', group: 'copy' },
  ];
  if (options.hasPermalink) items.push({ id: 'copy-link', label: 'Copy link', group: 'copy' });
  for (const id of ['create-github', 'create-gitlab', 'create-jira'] as const) {
    const tracker = options.trackers[id];
    if (tracker) items.push({ id, label: `Create ${tracker.name} issue`, group: 'create' });
  }
  if (options.canShare) items.push({ id: 'share-slack', label: 'Share to Slack', group: 'share' });
  return items;
}
