import type { Frame } from '../model/stacktrace';
import { clipWhole } from '../report/wholeText';
import { type IntegrationInput, maskIntegrationInput, reportPermalink, reportTitle } from './issueReport';

/** What every alert receiver shows, read once from masked input: plain text, not yet escaped. */
export interface AlertSummary {
  title: string;
  permalink?: string;
  level: string;
  culprit?: string;
  /** `Type: value` of the raised exception. */
  exception?: string;
  /** The newest frames (in-app ones when there are any), newest first, one line each. */
  frames: string[];
  /** Level, environment, release, counts and short id, those that are known. */
  facts: [label: string, value: string][];
  /** The issue's short id, or its id. */
  issueRef?: string;
  timestamp?: string;
}

function frameLine(frame: Frame): string {
  const where = frame.filename ?? frame.absPath ?? frame.module ?? frame.package ?? '?';
  const position = frame.lineNo === undefined ? '' : `:${frame.lineNo}${frame.colNo === undefined ? '' : `:${frame.colNo}`}`;
  return `${frame.function ?? '?'} (${where}${position})${frame.inApp ? '' : ' [lib]'}`;
}

/**
 * The masked input summarized for an alert: title, link, level, facts, exception and frames,
 * each clipped to `maxText` so no single field can push a receiver past its limits.
 */
export function summarizeAlert(unmasked: IntegrationInput, maxFrames = 5, maxText = 1000): AlertSummary {
  const input = maskIntegrationInput(unmasked);
  const { event, issue } = input;
  const raised = event?.exceptions[event.exceptions.length - 1];
  const stacktrace = raised?.stacktrace ?? event?.stacktrace ?? event?.threads.find((thread) => thread.crashed)?.stacktrace;
  const all = stacktrace?.frames ?? [];
  const preferred = all.some((frame) => frame.inApp) ? all.filter((frame) => frame.inApp) : all;
  const exception = raised === undefined ? undefined : [raised.type, raised.value].filter(Boolean).join(': ') || undefined;
  const level = event?.level ?? issue?.level ?? 'error';
  const facts: [string, string | undefined][] = [
    ['Level', level],
    ['Environment', event?.environment],
    ['Release', event?.release?.version ?? issue?.lastRelease?.version],
    ['Events', issue === undefined ? undefined : String(issue.count)],
    ['Users', issue === undefined ? undefined : String(issue.userCount)],
    ['Issue', issue?.shortId],
  ];
  const clip = (text: string | undefined) => (text === undefined ? undefined : clipWhole(text, maxText));
  const culprit = event?.culprit ?? issue?.culprit;
  const timestamp = event?.timestamp ?? issue?.lastSeen;
  return {
    title: reportTitle(input),
    ...(reportPermalink(input) === undefined ? {} : { permalink: reportPermalink(input) }),
    level,
    ...(culprit === undefined ? {} : { culprit: clip(culprit) }),
    ...(exception === undefined ? {} : { exception: clip(exception) }),
    frames: preferred.slice(-Math.max(0, maxFrames)).reverse().map((frame) => clipWhole(frameLine(frame), 300)),
    facts: facts.filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '').map(([label, value]) => [label, clipWhole(value, 200)]),
    ...(issue?.shortId ?? issue?.id ? { issueRef: issue?.shortId ?? issue?.id } : {}),
    ...(timestamp === undefined ? {} : { timestamp }),
  };
}
