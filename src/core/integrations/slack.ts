import type { Event } from '../model/event';
import type { Frame } from '../model/stacktrace';
import { sliceWhole } from '../report/wholeText';
import { type IntegrationInput, maskIntegrationInput, reportPermalink, reportTitle } from './issueReport';

/** A Slack text object. */
export interface SlackText {
  type: 'plain_text' | 'mrkdwn';
  text: string;
}

/** The Block Kit blocks Faultline builds. */
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text?: SlackText; fields?: SlackText[] }
  | { type: 'actions'; elements: { type: 'button'; text: SlackText; url: string; action_id: string }[] };

/** A Slack message: mrkdwn `text` (the notification and fallback) and Block Kit `blocks`. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Options of the Slack formatters. */
export interface SlackMessageOptions {
  /** Stack frames shown, the newest first. @default 5 */
  maxFrames?: number;
}

/**
 * Slack's documented limits (docs.slack.dev, Block Kit reference): at most 50 blocks in a
 * message; header text 150 characters; section text 3000; each of at most 10 section
 * fields 2000; button text 75 and button URL 3000. Slack recommends message `text` stays
 * under 4000 characters.
 */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  buttonText: 75,
  buttonUrl: 3000,
  messageText: 4000,
} as const;

/**
 * Escapes `&`, `<` and `>` as Slack asks ("Escaping text", Slack formatting docs), so text
 * from an event cannot make links or mentions such as `<!channel>` or `<@U123>`.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Clips to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair or an entity. */
export function clipSlack(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = sliceWhole(text, max - 1).length;
  const amp = text.lastIndexOf('&', end);
  if (amp !== -1 && amp > end - 5 && text.indexOf(';', amp) >= end) end = amp;
  return `${text.slice(0, end)}…`;
}

/** Backticks in a code block would end it; a zero-width space between them keeps them text. */
function codeBlock(code: string, max: number): string {
  const safe = escapeSlack(code).replace(/```/g, '`\u200b`\u200b`');
  return `\`\`\`${clipSlack(safe, max - 6)}\`\`\``;
}

function frameLine(frame: Frame): string {
  const where = frame.filename ?? frame.absPath ?? frame.module ?? frame.package ?? '?';
  const position = frame.lineNo === undefined ? '' : `:${frame.lineNo}${frame.colNo === undefined ? '' : `:${frame.colNo}`}`;
  return `${frame.function ?? '?'} (${where}${position})${frame.inApp ? '' : ' [lib]'}`;
}

/** The raised exception and its newest frames, newest first. */
function exceptionSummary(event: Event | undefined, maxFrames: number): { exception?: string; frames: string[] } {
  if (event === undefined) return { frames: [] };
  const raised = event.exceptions[event.exceptions.length - 1];
  const stacktrace = raised?.stacktrace ?? event.stacktrace ?? event.threads.find((thread) => thread.crashed)?.stacktrace;
  const frames = stacktrace?.frames ?? [];
  const preferred = frames.some((frame) => frame.inApp) ? frames.filter((frame) => frame.inApp) : frames;
  const exception = raised === undefined ? undefined : [raised.type, raised.value].filter(Boolean).join(': ') || undefined;
  return { exception, frames: preferred.slice(-Math.max(0, maxFrames)).reverse().map(frameLine) };
}

function facts(input: IntegrationInput): [label: string, value: string][] {
  const { event, issue } = input;
  const list: [string, string | undefined][] = [
    ['Level', event?.level ?? issue?.level],
    ['Environment', event?.environment],
    ['Release', event?.release?.version ?? issue?.lastRelease?.version],
    ['Events', issue === undefined ? undefined : String(issue.count)],
    ['Users', issue === undefined ? undefined : String(issue.userCount)],
    ['Issue', issue?.shortId],
  ];
  return list.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
}

/** The issue as Slack mrkdwn: linked bold title, facts, the exception and a few frames. */
export function toSlackText(unmasked: IntegrationInput, options: SlackMessageOptions = {}): string {
  const input = maskIntegrationInput(unmasked);
  const title = escapeSlack(reportTitle(input));
  const permalink = reportPermalink(input);
  // `|` ends a link's URL part in mrkdwn; http(s) hrefs from URL never hold `<`, `>` or `|`.
  const heading = permalink === undefined ? `*${title}*` : `*<${permalink.replace(/\|/g, '%7C')}|${title}>*`;
  const lines = [heading, facts(input).map(([label, value]) => `*${label}:* ${escapeSlack(value)}`).join('  ·  ')];
  const { exception, frames } = exceptionSummary(input.event, options.maxFrames ?? 5);
  const culprit = input.event?.culprit ?? input.issue?.culprit;
  if (culprit !== undefined) lines.push(`_${escapeSlack(culprit)}_`);
  const code = [exception, ...frames.map((frame) => `  at ${frame}`)].filter(Boolean).join('\n');
  if (code !== '') lines.push(codeBlock(code, 2500));
  return clipSlack(lines.filter((line) => line !== '').join('\n'), SLACK_LIMITS.messageText);
}

/**
 * The issue as Block Kit blocks: a header, a section of fields (level, environment,
 * release, count), the exception, the newest frames and a button to the permalink, each
 * clipped to Slack's limits.
 */
export function toSlackBlocks(unmasked: IntegrationInput, options: SlackMessageOptions = {}): SlackBlock[] {
  const input = maskIntegrationInput(unmasked);
  const blocks: SlackBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clipSlack(reportTitle(input), SLACK_LIMITS.headerText) } },
  ];
  const fields = facts(input)
    .slice(0, SLACK_LIMITS.fields)
    .map(([label, value]): SlackText => ({ type: 'mrkdwn', text: clipSlack(`*${label}*\n${escapeSlack(value)}`, SLACK_LIMITS.fieldText) }));
  if (fields.length > 0) blocks.push({ type: 'section', fields });
  const { exception, frames } = exceptionSummary(input.event, options.maxFrames ?? 5);
  const culprit = input.event?.culprit ?? input.issue?.culprit;
  if (exception !== undefined || culprit !== undefined) {
    const parts = [
      exception === undefined ? undefined : `*${clipSlack(escapeSlack(exception), 2000)}*`,
      culprit === undefined ? undefined : `_${clipSlack(escapeSlack(culprit), 500)}_`,
    ];
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: parts.filter(Boolean).join('\n') } });
  }
  if (frames.length > 0) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: codeBlock(frames.join('\n'), SLACK_LIMITS.sectionText) } });
  }
  const permalink = reportPermalink(input);
  if (permalink !== undefined && permalink.length <= SLACK_LIMITS.buttonUrl) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Sentry' }, url: permalink, action_id: 'faultline-open-issue' }],
    });
  }
  return blocks.slice(0, SLACK_LIMITS.blocks);
}

/** `{ text, blocks }` ready for `chat.postMessage` or an incoming webhook. */
export function toSlackMessage(input: IntegrationInput, options: SlackMessageOptions = {}): SlackMessage {
  return { text: toSlackText(input, options), blocks: toSlackBlocks(input, options) };
}
