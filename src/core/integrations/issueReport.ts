import type { Event } from '../model/event';
import type { Issue } from '../model/issue';
import { escapeMarkdown, inlineCode } from '../report/markdownText';
import { toMarkdown } from '../report/toMarkdown';
import { toText } from '../report/toText';
import { clipWhole } from '../report/wholeText';
import { safeHttpUrl } from '../format/safeUrl';
import { maskEvent, maskIssue } from '../privacy/event';
import { maskText } from '../privacy/text';

/** What an integration action reports on: an event, its issue, or both. */
export interface IntegrationInput {
  /** The event whose exception, breadcrumbs and contexts the report shows. */
  event?: Event;
  /** The issue (group) the event belongs to: short id, counts, first and last seen. */
  issue?: Issue;
  /** Link back to the issue or event; only http(s) links are used. @default issue.permalink */
  permalink?: string;
}

/** A report in every shape the integrations need. */
export interface IntegrationReport {
  /** One-line title for an issue tracker or a chat header. */
  title: string;
  /** The full report as Markdown (GitHub, GitLab). */
  markdown: string;
  /** The full report as plain text. */
  text: string;
  /** The http(s) permalink, when one was given. */
  permalink?: string;
}

const MAX_TITLE = 250;

/** The input with its event, issue and permalink masked: what every hand-off formatter works from. */
export function maskIntegrationInput(input: IntegrationInput): IntegrationInput {
  return {
    event: input.event === undefined ? undefined : maskEvent(input.event),
    issue: input.issue === undefined ? undefined : maskIssue(input.issue),
    permalink: input.permalink === undefined ? undefined : maskText(input.permalink),
  };
}

/** Facts about the issue a tracker ticket wants next to the event report. */
export function issueFacts(issue: Issue | undefined): [label: string, value: string][] {
  if (issue === undefined) return [];
  const facts: [string, string][] = [];
  if (issue.shortId !== undefined) facts.push(['Issue', issue.shortId]);
  facts.push(['Events', String(issue.count)], ['Users', String(issue.userCount)], ['Status', issue.status]);
  const project = issue.project?.slug ?? issue.project?.name;
  if (project !== undefined && project !== '') facts.push(['Project', project]);
  if (issue.firstSeen !== undefined) facts.push(['First seen', issue.firstSeen]);
  if (issue.lastSeen !== undefined) facts.push(['Last seen', issue.lastSeen]);
  return facts;
}

/** The title of the report: the event's, else the issue's, on one clipped line. */
export function reportTitle(input: IntegrationInput): string {
  const raw = input.event?.title || input.issue?.title || 'Untitled error';
  return clipWhole(raw.replace(/\s+/g, ' ').trim(), MAX_TITLE);
}

/** The permalink of the input, only when it is an http(s) URL. */
export function reportPermalink(input: IntegrationInput): string | undefined {
  return safeHttpUrl(input.permalink) ?? safeHttpUrl(input.issue?.permalink);
}

function issueOnlyMarkdown(issue: Issue): string {
  const lines = [`## ${escapeMarkdown(issue.title)}`, ''];
  if (issue.culprit !== undefined) lines.push(`- **Culprit:** ${inlineCode(issue.culprit)}`);
  if (issue.level !== undefined) lines.push(`- **Level:** ${issue.level}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The event (and issue) as Markdown and plain text, reusing `toMarkdown` / `toText`, with the
 * issue's counts and the permalink on top so a ticket links back to where the error lives.
 */
export function buildIntegrationReport(unmasked: IntegrationInput): IntegrationReport {
  const input = maskIntegrationInput(unmasked);
  const permalink = reportPermalink(input);
  const facts = issueFacts(input.issue);
  const markdownFacts = facts.map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`);
  const textFacts = facts.map(([label, value]) => `${label}: ${value}`);
  if (permalink !== undefined) {
    // Angle brackets keep a URL with parentheses or spaces one autolink in Markdown.
    markdownFacts.push(`- **Link:** <${permalink}>`);
    textFacts.push(`Link: ${permalink}`);
  }
  let markdown: string;
  let text: string;
  if (input.event !== undefined) {
    markdown = toMarkdown(input.event);
    text = toText(input.event);
  } else if (input.issue !== undefined) {
    markdown = issueOnlyMarkdown(input.issue);
    text = `${input.issue.title}\n${input.issue.culprit === undefined ? '' : `Culprit: ${input.issue.culprit}\n`}`;
  } else {
    markdown = '## Untitled error\n';
    text = 'Untitled error\n';
  }
  if (markdownFacts.length > 0) {
    markdown = `${markdown.trimEnd()}\n\n### Issue\n\n${markdownFacts.join('\n')}\n`;
    text = `${text.trimEnd()}\n\nIssue\n-----\n${textFacts.join('\n')}\n`;
  }
  return { title: reportTitle(input), markdown, text, permalink };
}
