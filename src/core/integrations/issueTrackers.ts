import type { EventReportOptions } from '../report/reportModel';
import { buildIntegrationReport, type IntegrationInput, issueFacts } from './issueReport';
import { escapeJiraWiki, toJiraWiki } from './jiraWiki';
import { IntegrationTargetError, pathSegment, requireBaseUrl } from './safeUrl';
import { wellFormed } from '../report/wholeText';
import { type FittedBody, fitBodyInUrl, SAFE_URL_LENGTH } from './trimBody';

/** A GitHub repository to file issues in. */
export interface GitHubTarget {
  /** User or organization that owns the repository. */
  owner: string;
  /** Repository name. */
  repo: string;
  /** Labels to put on the new issue (the user needs permission to label). */
  labels?: string[];
  /** GitHub Enterprise Server base URL. @default "https://github.com" */
  baseUrl?: string;
}

/** A GitLab project to file issues in. */
export interface GitLabTarget {
  /** Project path with its groups, such as `acme/backend/api`. */
  project: string;
  /** Self-managed GitLab base URL. @default "https://gitlab.com" */
  baseUrl?: string;
}

/** A Jira project to file issues in. */
export interface JiraTarget {
  /** Site name (`acme` for `acme.atlassian.net`) or the base URL of a Jira server. */
  site: string;
  /** Project key such as `OPS`, or the numeric project id. */
  projectKey: string;
  /**
   * Numeric project id. Jira's create-issue link selects the project by id (`pid`); a
   * numeric `projectKey` is used as the id when this is absent.
   */
  projectId?: string;
  /** Numeric issue type id (`issuetype`), such as `10004` for Bug on many sites. */
  issueType?: string;
  /** Description as Jira wiki markup or plain text. @default "wiki" */
  format?: 'wiki' | 'text';
}

/** Options shared by the new-issue link builders. */
export interface NewIssueUrlOptions {
  /** Longest URL to produce, in characters. @default SAFE_URL_LENGTH (8000) */
  maxUrlLength?: number;
  /** Options of the event report inside the body. */
  report?: EventReportOptions;
}

/** A pre-filled new-issue link and the full report to put on the clipboard beside it. */
export interface NewIssueLink {
  /** The provider's new-issue page with title and (maybe trimmed) body filled in. */
  url: string;
  /** The body sent in the URL. */
  body: string;
  /** Whether the body was cut to keep the URL under the limit. */
  trimmed: boolean;
  /** The whole report, for the clipboard. */
  fullReport: string;
}

/**
 * Query string with `%20` for spaces: GitHub, GitLab and Jira all read it the same way. Lone
 * surrogates (an emoji clipped in half upstream) become U+FFFD, since `encodeURIComponent`
 * throws on them.
 */
function query(params: [string, string][]): string {
  return params.map(([key, value]) => `${encodeURIComponent(wellFormed(key))}=${encodeURIComponent(wellFormed(value))}`).join('&');
}

function link(report: string, toUrl: (body: string) => string, limit: number, note: (text: string) => string): NewIssueLink {
  const fullReport = wellFormed(report);
  const fitted: FittedBody = fitBodyInUrl(fullReport, toUrl, limit, note);
  const url = toUrl(fitted.body);
  if (url.length > limit) {
    throw new IntegrationTargetError('invalid-target', 'The link is longer than the URL limit even without the report: shorten the title or the target');
  }
  return { url, body: fitted.body, trimmed: fitted.trimmed, fullReport };
}

const markdownNote = (text: string) => `---\n_${text}_`;

/** `https://github.com/{owner}/{repo}/issues/new?title=…&body=…&labels=…` pre-filled with the report. */
export function gitHubNewIssueUrl(input: IntegrationInput, target: GitHubTarget, options: NewIssueUrlOptions = {}): NewIssueLink {
  const base = `${requireBaseUrl(target.baseUrl ?? 'https://github.com', 'GitHub base URL')}/${pathSegment(target.owner, 'GitHub owner')}/${pathSegment(target.repo, 'GitHub repository')}/issues/new`;
  const report = buildIntegrationReport(input);
  const labels = (target.labels ?? []).map((label) => label.trim()).filter((label) => label !== '');
  const toUrl = (body: string) =>
    `${base}?${query([['title', report.title], ['body', body], ...(labels.length > 0 ? [['labels', labels.join(',')] as [string, string]] : [])])}`;
  return link(report.markdown, toUrl, options.maxUrlLength ?? SAFE_URL_LENGTH, markdownNote);
}

/** `{baseUrl}/{project}/-/issues/new?issue[title]=…&issue[description]=…` pre-filled with the report. */
export function gitLabNewIssueUrl(input: IntegrationInput, target: GitLabTarget, options: NewIssueUrlOptions = {}): NewIssueLink {
  const segments = target.project.split('/').map((segment) => pathSegment(segment, 'GitLab project'));
  const base = `${requireBaseUrl(target.baseUrl ?? 'https://gitlab.com', 'GitLab base URL')}/${segments.join('/')}/-/issues/new`;
  const report = buildIntegrationReport(input);
  const toUrl = (body: string) => `${base}?${query([['issue[title]', report.title], ['issue[description]', body]])}`;
  return link(report.markdown, toUrl, options.maxUrlLength ?? SAFE_URL_LENGTH, markdownNote);
}

function jiraBase(site: string): string {
  const trimmed = site.trim();
  // A bare site name is an Atlassian Cloud site; anything with a scheme is a server URL.
  if (/^[a-z0-9][a-z0-9-]*$/i.test(trimmed)) return `https://${trimmed.toLowerCase()}.atlassian.net`;
  return requireBaseUrl(trimmed, 'Jira site');
}

function jiraDescription(input: IntegrationInput, format: 'wiki' | 'text', report: ReturnType<typeof buildIntegrationReport>): string {
  if (format === 'text' || input.event === undefined) return report.text;
  const facts = issueFacts(input.issue).map(([label, value]) => `* *${label}:* ${escapeJiraWiki(value)}`);
  if (report.permalink !== undefined) facts.push(`* *Link:* [${report.permalink}]`);
  const wiki = toJiraWiki(input.event);
  return facts.length > 0 ? `${wiki.trimEnd()}\n\nh3. Issue\n${facts.join('\n')}\n` : wiki;
}

/**
 * Jira's create-issue screen (`/secure/CreateIssueDetails!init.jspa`) with `pid`,
 * `issuetype`, `summary` and `description` filled in, the description in wiki markup or text.
 */
export function jiraNewIssueUrl(input: IntegrationInput, target: JiraTarget, options: NewIssueUrlOptions = {}): NewIssueLink {
  const base = `${jiraBase(target.site)}/secure/CreateIssueDetails!init.jspa`;
  const projectKey = target.projectKey.trim();
  if (projectKey === '') throw new IntegrationTargetError('invalid-target', 'Jira project key is empty');
  const projectId = target.projectId?.trim() || (/^\d+$/.test(projectKey) ? projectKey : undefined);
  const report = buildIntegrationReport(input);
  const format = target.format ?? 'wiki';
  const description = jiraDescription(input, format, report);
  const head: [string, string][] = [];
  if (projectId !== undefined) head.push(['pid', projectId]);
  if (target.issueType !== undefined && target.issueType.trim() !== '') head.push(['issuetype', target.issueType.trim()]);
  // Jira summaries hold at most 255 characters.
  const summary = report.title.length > 255 ? `${report.title.slice(0, 254)}…` : report.title;
  const toUrl = (body: string) => `${base}?${query([...head, ['summary', summary], ['description', body]])}`;
  const note = format === 'wiki' && input.event !== undefined ? (text: string) => `----\n_${text}_` : (text: string) => `-- ${text}`;
  return link(description, toUrl, options.maxUrlLength ?? SAFE_URL_LENGTH, note);
}

