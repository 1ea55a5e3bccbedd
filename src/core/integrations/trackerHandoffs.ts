import type { IntegrationInput } from './issueReport';
import {
  type AzureDevOpsTarget,
  azureDevOpsNewWorkItemUrl,
  type GitHubTarget,
  type GitLabTarget,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  type JiraTarget,
  jiraNewIssueUrl,
  type NewIssueLink,
} from './issueTrackers';
import {
  type AsanaTarget,
  asanaTaskRequest,
  type BitbucketTarget,
  bitbucketIssueRequest,
  type ClickUpTarget,
  clickUpTaskRequest,
  type TrackerRequest,
  type TrelloTarget,
  trelloCardRequest,
} from './trackerRequests';

/** Where each configured tracker files issues; a tracker without a target is not offered. */
export interface IssueTrackerTargetMap {
  github?: GitHubTarget;
  gitlab?: GitLabTarget;
  jira?: JiraTarget;
  azureDevOps?: AzureDevOpsTarget;
  bitbucket?: BitbucketTarget;
  clickUp?: ClickUpTarget;
  asana?: AsanaTarget;
  trello?: TrelloTarget;
}

/** A tracker's name in the field's words. */
export type IssueTrackerId = keyof IssueTrackerTargetMap;

/** What handing an issue to a tracker gives: a form to open, or a call for the host's server. */
export type TrackerHandoff = ({ kind: 'link' } & NewIssueLink) | { kind: 'request'; request: TrackerRequest };

/** One configured tracker: its id, display name and hand-off builder. */
export interface IssueTrackerHandoff {
  id: IssueTrackerId;
  name: string;
  /** Whether the hand-off is a request the host's server must send. */
  viaServer: boolean;
  build: (input: IntegrationInput) => TrackerHandoff;
}

const link = (value: NewIssueLink): TrackerHandoff => ({ kind: 'link', ...value });
const request = (value: TrackerRequest): TrackerHandoff => ({ kind: 'request', request: value });

const BUILDERS: { [K in IssueTrackerId]: { name: string; viaServer: boolean; build: (input: IntegrationInput, target: NonNullable<IssueTrackerTargetMap[K]>) => TrackerHandoff } } = {
  github: { name: 'GitHub', viaServer: false, build: (input, target) => link(gitHubNewIssueUrl(input, target)) },
  gitlab: { name: 'GitLab', viaServer: false, build: (input, target) => link(gitLabNewIssueUrl(input, target)) },
  jira: { name: 'Jira', viaServer: false, build: (input, target) => link(jiraNewIssueUrl(input, target)) },
  azureDevOps: { name: 'Azure DevOps', viaServer: false, build: (input, target) => link(azureDevOpsNewWorkItemUrl(input, target)) },
  bitbucket: { name: 'Bitbucket', viaServer: true, build: (input, target) => request(bitbucketIssueRequest(input, target)) },
  clickUp: { name: 'ClickUp', viaServer: true, build: (input, target) => request(clickUpTaskRequest(input, target)) },
  asana: { name: 'Asana', viaServer: true, build: (input, target) => request(asanaTaskRequest(input, target)) },
  trello: { name: 'Trello', viaServer: true, build: (input, target) => request(trelloCardRequest(input, target)) },
};

/** The trackers with a target, in a stable order: the link ones, then those sent by a server. */
export function issueTrackerHandoffs(targets: IssueTrackerTargetMap): IssueTrackerHandoff[] {
  return (Object.keys(BUILDERS) as IssueTrackerId[]).flatMap((id) => {
    const target = targets[id];
    if (target === undefined || target === null) return [];
    const { name, viaServer, build } = BUILDERS[id] as { name: string; viaServer: boolean; build: (input: IntegrationInput, target: unknown) => TrackerHandoff };
    return [{ id, name, viaServer, build: (input: IntegrationInput) => build(input, target) }];
  });
}
