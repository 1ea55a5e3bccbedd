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

/** An Azure DevOps (Azure Boards) project to file work items in. */
export interface AzureDevOpsTarget {
  /** Organization, as in `dev.azure.com/{organization}`. */
  organization: string;
  /** Project name or id. */
  project: string;
  /** Work item type, such as `Bug`, `Issue` or `Task`. @default "Bug" */
  type?: string;
  /**
   * Field the report goes in. Bugs of the Agile, Scrum and CMMI processes show Repro Steps
   * instead of Description. @default "Microsoft.VSTS.TCM.ReproSteps" for `Bug`, else "System.Description"
   */
  descriptionField?: string;
  /** Azure DevOps Server collection URL such as `https://tfs.example/tfs/DefaultCollection`. @default "https://dev.azure.com" */
  baseUrl?: string;
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


/**
 * Azure DevOps is served by IIS, whose default `maxQueryString` is 2048 bytes; a longer query
 * gets a 404.15 before the form opens, so its links stay under that.
 */
export const AZURE_DEVOPS_URL_LENGTH = 2048;
// System.Title holds at most 255 characters.
const AZURE_TITLE_LIMIT = 255;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Azure Boards' new work item form, `{base}/{organization}/{project}/_workitems/create/{type}`,
 * with `[System.Title]` and the description field filled in. Rich-text fields take HTML, so the
 * plain-text report is escaped and its lines kept with `<br>`.
 */
export function azureDevOpsNewWorkItemUrl(input: IntegrationInput, target: AzureDevOpsTarget, options: NewIssueUrlOptions = {}): NewIssueLink {
  const type = target.type?.trim() || 'Bug';
  const base = `${requireBaseUrl(target.baseUrl ?? 'https://dev.azure.com', 'Azure DevOps base URL')}/${pathSegment(target.organization, 'Azure DevOps organization')}/${pathSegment(target.project, 'Azure DevOps project')}/_workitems/create/${pathSegment(type, 'Azure DevOps work item type')}`;
  const field = target.descriptionField?.trim() || (type.toLowerCase() === 'bug' ? 'Microsoft.VSTS.TCM.ReproSteps' : 'System.Description');
  if (!/^[A-Za-z][\w.]*$/.test(field)) throw new IntegrationTargetError('invalid-target', 'Azure DevOps description field is not a field reference name');
  const report = buildIntegrationReport(input);
  const title = report.title.length > AZURE_TITLE_LIMIT ? `${report.title.slice(0, AZURE_TITLE_LIMIT - 1)}…` : report.title;
  // The body is cut as text, then escaped, so a cut never lands inside an entity.
  const toUrl = (body: string) => `${base}?${query([['[System.Title]', title], [`[${field}]`, escapeHtml(body).replace(/\n/g, '<br>')]])}`;
  return link(report.text, toUrl, options.maxUrlLength ?? AZURE_DEVOPS_URL_LENGTH, (text) => `-- ${text}`);
}
