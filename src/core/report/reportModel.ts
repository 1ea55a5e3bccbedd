import type { Breadcrumb } from '../model/breadcrumb';
import type { Event, Tag } from '../model/event';
import { maskEvent } from '../privacy/event';
import { formatRawEvent } from '../stacktrace/rawStacktrace';
import { getReportContextLines } from './contextLines';
import { clipWhole } from './wholeText';

/** Options of `toMarkdown` and `toText`. */
export interface EventReportOptions {
  /** Frames shown per stack trace, the newest kept. @default 30 */
  maxFrames?: number;
  /** Breadcrumbs shown, the latest kept. @default 10 */
  maxBreadcrumbs?: number;
  /** Show only frames that are the app's own code, when some are. @default false */
  inAppOnly?: boolean;
}

/** One breadcrumb line of a report. */
export interface ReportBreadcrumb {
  /** `HH:MM:SS.mmm` (UTC) when the timestamp has that shape, else the timestamp as given. */
  time?: string;
  category?: string;
  /** Level, only when it is worth a reader's eye (warning and worse). */
  level?: string;
  message: string;
}

/** What a report says, before it is written as Markdown or plain text. */
export interface ReportModel {
  title: string;
  /** `[label, value]` pairs: level, culprit, handled, event id, time, release, environment, request, user. */
  facts: [label: string, value: string][];
  /** The exception chain (or stack trace) in the platform's own format. */
  stacktrace?: string;
  breadcrumbs: ReportBreadcrumb[];
  /** Breadcrumbs the event has in all. */
  breadcrumbCount: number;
  /** `[label, summary]` per key context. */
  contexts: [label: string, summary: string][];
  tags: Tag[];
}

const MAX_MESSAGE = 500;

function clip(text: string): string {
  return clipWhole(text.replace(/\s*[\r\n]+\s*/g, ' ').trim(), MAX_MESSAGE);
}

function breadcrumbMessage(breadcrumb: Breadcrumb): string {
  if (breadcrumb.message !== undefined && breadcrumb.message !== '') return clip(breadcrumb.message);
  const data = breadcrumb.data ?? {};
  const text = (key: string) => (typeof data[key] === 'string' || typeof data[key] === 'number' ? String(data[key]) : undefined);
  const url = text('url');
  if (url !== undefined) {
    const status = text('status_code');
    return clip([text('method'), url, status === undefined ? undefined : `[${status}]`].filter(Boolean).join(' '));
  }
  if (text('to') !== undefined) return clip(`${text('from') ?? '?'} → ${text('to')}`);
  return Object.keys(data).length === 0 ? '' : clip(JSON.stringify(data));
}

function reportBreadcrumb(breadcrumb: Breadcrumb): ReportBreadcrumb {
  const time = breadcrumb.timestamp;
  const level = breadcrumb.level;
  return {
    time: time !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}/.test(time) ? time.slice(11, 23) : time,
    category: breadcrumb.category ?? breadcrumb.type,
    level: level === 'warning' || level === 'error' || level === 'fatal' ? level : undefined,
    message: breadcrumbMessage(breadcrumb),
  };
}

/**
 * Gathers what a report on the event says, clipped by the options. Every report and hand-off
 * (Markdown, text, Jira wiki, issue links) starts here, so the event's secrets are masked here
 * once, by the same rules the views use: nothing leaves the kit unmasked.
 */
export function buildReportModel(input: Event, options: EventReportOptions = {}): ReportModel {
  const event = maskEvent(input);
  const facts: [string, string][] = [];
  const fact = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push([label, clip(value)]);
  };
  fact('Level', event.level);
  fact('Culprit', event.culprit);
  const handled = event.exceptions[event.exceptions.length - 1]?.mechanism?.handled;
  fact('Handled', handled === undefined ? undefined : handled ? 'yes' : 'no');
  fact('Event ID', event.eventId);
  fact('Time', event.timestamp);
  fact('Release', event.release?.version);
  fact('Environment', event.environment);
  fact('Request', [event.request?.method, event.request?.url].filter(Boolean).join(' '));
  fact('User', event.user?.id);

  const hasTrace =
    event.exceptions.length > 0 ||
    event.stacktrace !== undefined ||
    event.threads.some((thread) => thread.stacktrace !== undefined);
  const maxBreadcrumbs = Math.max(0, options.maxBreadcrumbs ?? 10);
  return {
    title: clip(event.title),
    facts,
    stacktrace: hasTrace
      ? formatRawEvent(event, { maxFrames: options.maxFrames ?? 30, inAppOnly: options.inAppOnly })
      : undefined,
    breadcrumbs: maxBreadcrumbs === 0 ? [] : event.breadcrumbs.slice(-maxBreadcrumbs).map(reportBreadcrumb),
    breadcrumbCount: event.breadcrumbs.length,
    contexts: getReportContextLines(event.contexts),
    tags: event.tags,
  };
}
