export { type AlertSummary, summarizeAlert } from './alertSummary';
export { DISCORD_LIMITS, type DiscordEmbed, type DiscordMessage, escapeDiscord, toDiscordMessage } from './discord';
export {
  OPSGENIE_LIMITS,
  type OpsgenieAlert,
  type OpsgenieClose,
  type OpsgenieOptions,
  type OpsgeniePriority,
  opsgeniePriority,
  toOpsgenieAlert,
  toOpsgenieClose,
} from './opsgenie';
export {
  PAGERDUTY_LIMITS,
  type PagerDutyOptions,
  type PagerDutyResolve,
  type PagerDutySeverity,
  type PagerDutyTrigger,
  pagerDutySeverity,
  toPagerDutyResolve,
  toPagerDutyTrigger,
} from './pagerDuty';
export { type SentryHookKind, type SentryWebhookInput, type SentryWebhookMessage, toSentryWebhook } from './sentryWebhookPayload';
export { escapeTeams, TEAMS_LIMITS, type TeamsCardElement, type TeamsMessage, toTeamsMessage } from './teams';
export {
  buildIntegrationReport,
  type IntegrationInput,
  type IntegrationReport,
  reportPermalink,
} from './issueReport';
export {
  AZURE_DEVOPS_URL_LENGTH,
  type AzureDevOpsTarget,
  azureDevOpsNewWorkItemUrl,
  type GitHubTarget,
  type GitLabTarget,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  type JiraTarget,
  jiraNewIssueUrl,
  type NewIssueLink,
  type NewIssueUrlOptions,
} from './issueTrackers';
export { type IssueTrackerHandoff, type IssueTrackerId, type IssueTrackerTargetMap, issueTrackerHandoffs, type TrackerHandoff } from './trackerHandoffs';
export {
  type AsanaTarget,
  asanaTaskRequest,
  type BitbucketTarget,
  bitbucketIssueRequest,
  type ClickUpTarget,
  clickUpTaskRequest,
  TRACKER_BODY_LIMIT,
  type TrackerRequest,
  type TrackerRequestAuth,
  type TrackerRequestProvider,
  TRELLO_TEXT_LIMIT,
  type TrelloTarget,
  trelloCardRequest,
} from './trackerRequests';
export { escapeJiraWiki, toJiraWiki } from './jiraWiki';
export { IntegrationTargetError, type IntegrationTargetProblem } from './safeUrl';
export {
  clipSlack,
  escapeSlack,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
  type SlackMessageOptions,
  type SlackText,
  toSlackBlocks,
  toSlackMessage,
  toSlackText,
} from './slack';
export { type FittedBody, fitBodyInUrl, SAFE_URL_LENGTH, TRIMMED_NOTE } from './trimBody';
