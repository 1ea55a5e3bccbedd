export {
  buildIntegrationReport,
  type IntegrationInput,
  type IntegrationReport,
  reportPermalink,
} from './issueReport';
export {
  type GitHubTarget,
  type GitLabTarget,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  type JiraTarget,
  jiraNewIssueUrl,
  type NewIssueLink,
  type NewIssueUrlOptions,
} from './issueTrackers';
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
