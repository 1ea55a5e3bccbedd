import {
  type GitHubTarget,
  type GitLabTarget,
  type IntegrationInput,
  type IssueTrackerId,
  type IssueTrackerTargetMap,
  issueTrackerHandoffs,
  type JiraTarget,
  type TrackerHandoff,
} from '../../core/integrations';
import type { ActionMenuItem } from './ActionMenu';

/** Id of an action `IssueActions` offers. */
export type IssueActionId =
  | 'copy-markdown'
  | 'copy-text'
  | 'copy-link'
  | `create-${IssueTrackerId}`
  | 'share-slack';

/** The issue trackers an `IssueActions` menu can file into. */
export interface IssueTrackerTargets {
  github?: GitHubTarget;
  gitlab?: GitLabTarget;
  jira?: JiraTarget;
  /** Every configured tracker (Azure DevOps, Bitbucket, ClickUp, Asana, Trello too). @default none */
  trackers?: IssueTrackerTargetMap;
}

/** A tracker's menu label, name for announcements and hand-off builder. */
export interface TrackerAction {
  name: string;
  build: (input: IntegrationInput) => TrackerHandoff;
}

/**
 * The trackers that have a target, keyed by their action id. Those reached through a REST
 * call (Bitbucket, ClickUp, Asana, Trello) are listed only when the host can send it.
 */
export function trackerActions(targets: IssueTrackerTargets, viaServer = false): Partial<Record<IssueActionId, TrackerAction>> {
  const { github, gitlab, jira, trackers } = targets;
  const actions: Partial<Record<IssueActionId, TrackerAction>> = {};
  for (const handoff of issueTrackerHandoffs({ github, gitlab, jira, ...trackers })) {
    if (!handoff.viaServer || viaServer) actions[`create-${handoff.id}`] = { name: handoff.name, build: handoff.build };
  }
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
  for (const [id, tracker] of Object.entries(options.trackers)) {
    if (tracker) items.push({ id, label: `Create ${tracker.name} issue`, group: 'create' });
  }
  if (options.canShare) items.push({ id: 'share-slack', label: 'Share to Slack', group: 'share' });
  return items;
}
