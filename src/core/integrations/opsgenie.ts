import { clipWhole } from '../report/wholeText';
import type { IntegrationInput } from './issueReport';
import { summarizeAlert } from './alertSummary';

/** Opsgenie's priorities, P1 the highest. */
export type OpsgeniePriority = 'P1' | 'P2' | 'P3' | 'P4' | 'P5';

/** A body of Opsgenie's Create Alert API (`POST /v2/alerts`). */
export interface OpsgenieAlert {
  message: string;
  alias: string;
  description: string;
  tags: string[];
  details: Record<string, string>;
  entity?: string;
  source: string;
  priority: OpsgeniePriority;
}

/** A body of Opsgenie's Close Alert API (`POST /v2/alerts/{alias}/close?identifierType=alias`). */
export interface OpsgenieClose {
  source: string;
  note: string;
}

/**
 * Opsgenie's limits (Alert API): message 130 characters, alias 512, description 15000, entity
 * 512, source 100, at most 20 tags of 50 characters, details 8000 characters in all.
 */
export const OPSGENIE_LIMITS = { message: 130, alias: 512, description: 15_000, entity: 512, source: 100, tags: 20, tag: 50, details: 8000 } as const;

const PRIORITY: Record<string, OpsgeniePriority> = { fatal: 'P1', error: 'P2', warning: 'P3', info: 'P4', debug: 'P5' };

/** Sentry's level as Opsgenie's priority: fatal P1 down to debug P5. */
export function opsgeniePriority(level: string | undefined): OpsgeniePriority {
  return level !== undefined && Object.hasOwn(PRIORITY, level) ? PRIORITY[level]! : 'P3';
}

/** Details within Opsgenie's 8000-character total: entries that do not fit are left out. */
function fitDetails(entries: readonly [string, string][]): Record<string, string> {
  const details: Record<string, string> = {};
  let used = 0;
  for (const [key, value] of entries) {
    const clipped = clipWhole(value, 1000);
    if (used + key.length + clipped.length > OPSGENIE_LIMITS.details) break;
    used += key.length + clipped.length;
    details[key] = clipped;
  }
  return details;
}

/** Options of `toOpsgenieAlert`. */
export interface OpsgenieOptions {
  /** One per issue: a second create for it adds to the open alert, and a close by alias ends it. */
  alias: string;
  /** @default "Faultline" */
  source?: string;
}

/** The issue as an Opsgenie alert: message, description with the stack, priority from the level, tags and details. */
export function toOpsgenieAlert(input: IntegrationInput, options: OpsgenieOptions): OpsgenieAlert {
  const summary = summarizeAlert(input, 10, 5000);
  const lines = [summary.title, summary.culprit, summary.exception, ...summary.frames.map((frame) => `  at ${frame}`), summary.permalink];
  const tag = (text: string) => clipWhole(text.replace(/[\s,]+/g, '_'), OPSGENIE_LIMITS.tag);
  const tags = ['faultline', `level:${summary.level}`, ...summary.facts.filter(([label]) => label === 'Environment' || label === 'Release').map(([label, value]) => `${label.toLowerCase()}:${value}`)];
  const project = input.issue?.project?.slug;
  return {
    message: clipWhole(summary.title, OPSGENIE_LIMITS.message),
    alias: clipWhole(options.alias, OPSGENIE_LIMITS.alias),
    description: clipWhole(lines.filter((line) => line !== undefined && line !== '').join('\n'), OPSGENIE_LIMITS.description),
    tags: [...new Set(tags.map(tag))].slice(0, OPSGENIE_LIMITS.tags),
    details: fitDetails([...summary.facts, ...(summary.permalink === undefined ? [] : [['Link', summary.permalink] as [string, string]])]),
    ...(project === undefined ? {} : { entity: clipWhole(project, OPSGENIE_LIMITS.entity) }),
    source: clipWhole(options.source ?? 'Faultline', OPSGENIE_LIMITS.source),
    priority: opsgeniePriority(summary.level),
  };
}

/** The close body for an issue's alert, sent when the issue is resolved. */
export function toOpsgenieClose(note = 'The issue was resolved.', source = 'Faultline'): OpsgenieClose {
  return { source: clipWhole(source, OPSGENIE_LIMITS.source), note: clipWhole(note, 25_000) };
}
