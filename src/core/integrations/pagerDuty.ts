import { clipWhole } from '../report/wholeText';
import type { IntegrationInput } from './issueReport';
import { summarizeAlert } from './alertSummary';

/** PagerDuty's severities. */
export type PagerDutySeverity = 'critical' | 'error' | 'warning' | 'info';

/** An Events API v2 trigger. */
export interface PagerDutyTrigger {
  routing_key: string;
  event_action: 'trigger';
  dedup_key: string;
  payload: {
    summary: string;
    source: string;
    severity: PagerDutySeverity;
    timestamp?: string;
    component?: string;
    group?: string;
    class?: string;
    custom_details: Record<string, string | string[]>;
  };
  links: { href: string; text: string }[];
  client: string;
  client_url?: string;
}

/** An Events API v2 resolve: the dedup key closes the incident the trigger opened. */
export interface PagerDutyResolve {
  routing_key: string;
  event_action: 'resolve';
  dedup_key: string;
}

/** Events API v2 limits: summary 1024 characters, dedup key 255, the whole event 512 KB. */
export const PAGERDUTY_LIMITS = { summary: 1024, dedupKey: 255, source: 255, detail: 2000 } as const;

const SEVERITY: Record<string, PagerDutySeverity> = { fatal: 'critical', error: 'error', warning: 'warning', info: 'info', debug: 'info' };

/** Sentry's level as PagerDuty's severity: fatal is critical, debug is info. */
export function pagerDutySeverity(level: string | undefined): PagerDutySeverity {
  return level !== undefined && Object.hasOwn(SEVERITY, level) ? SEVERITY[level]! : 'error';
}

/** Options of `toPagerDutyTrigger`. */
export interface PagerDutyOptions {
  routingKey: string;
  /** One per issue, so later triggers join the open incident and a resolve closes it. */
  dedupKey: string;
  /** Where the problem is, such as the project or server name. @default the culprit, else "faultline" */
  source?: string;
  /** The sending tool's name. @default "Faultline" */
  client?: string;
}

/** The issue as a PagerDuty trigger: summary, severity from the level, details and a link. */
export function toPagerDutyTrigger(input: IntegrationInput, options: PagerDutyOptions): PagerDutyTrigger {
  const summary = summarizeAlert(input, 5, PAGERDUTY_LIMITS.detail);
  const details: Record<string, string | string[]> = Object.fromEntries(summary.facts);
  if (summary.exception !== undefined) details.Exception = summary.exception;
  if (summary.frames.length > 0) details.Frames = summary.frames;
  const project = input.issue?.project?.slug;
  return {
    routing_key: options.routingKey,
    event_action: 'trigger',
    dedup_key: clipWhole(options.dedupKey, PAGERDUTY_LIMITS.dedupKey),
    payload: {
      summary: clipWhole(summary.title, PAGERDUTY_LIMITS.summary),
      source: clipWhole(options.source ?? summary.culprit ?? 'faultline', PAGERDUTY_LIMITS.source) || 'faultline',
      severity: pagerDutySeverity(summary.level),
      ...(summary.timestamp !== undefined && !Number.isNaN(Date.parse(summary.timestamp)) ? { timestamp: new Date(summary.timestamp).toISOString() } : {}),
      ...(project === undefined ? {} : { component: clipWhole(project, 255) }),
      ...(summary.issueRef === undefined ? {} : { group: clipWhole(summary.issueRef, 255) }),
      ...(input.event?.exceptions.at(-1)?.type === undefined ? {} : { class: clipWhole(input.event.exceptions.at(-1)!.type!, 255) }),
      custom_details: details,
    },
    links: summary.permalink === undefined ? [] : [{ href: summary.permalink, text: 'Open in Sentry' }],
    client: options.client ?? 'Faultline',
    ...(summary.permalink === undefined ? {} : { client_url: summary.permalink }),
  };
}

/** The resolve for an issue's incident. */
export function toPagerDutyResolve(options: Pick<PagerDutyOptions, 'routingKey' | 'dedupKey'>): PagerDutyResolve {
  return { routing_key: options.routingKey, event_action: 'resolve', dedup_key: clipWhole(options.dedupKey, PAGERDUTY_LIMITS.dedupKey) };
}
