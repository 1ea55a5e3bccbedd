import type { Event, Issue, Problem } from '../core/model';
import { normalizeEvent, normalizeIssue } from '../core/normalize';
import { appendProblems, describeValue, problemSummary } from '../core/normalize/reader';

/** The `Sentry-Hook-Resource` kinds of the integration platform. */
export type SentryHookResource =
  | 'installation'
  | 'issue'
  | 'error'
  | 'event_alert'
  | 'metric_alert'
  | 'activity_alert'
  | 'comment'
  | 'seer';

/** A webhook body read into Faultline's canonical model. */
export interface SentryWebhook {
  /** The resource: as given (the `Sentry-Hook-Resource` header), else recognised from the body. */
  resource: string | undefined;
  /** The body's `action`: `created`, `resolved`, `assigned`, `ignored`, `triggered`… */
  action: string | undefined;
  /** The issue of an `issue` (or `activity_alert`) webhook. */
  issues: Issue[];
  /** The event of an `error` or `event_alert` webhook. */
  events: Event[];
  /** Everything the normalizers repaired or dropped, named by the body's own paths (`data.issue.count`). */
  problems: Problem[];
  /** The alert rule that fired, for `event_alert`. */
  triggeredRule: string | undefined;
  /** The installation's `uuid`, to tell which Sentry organization sent it. */
  installationId: string | undefined;
}

// A webhook body is a single event; anything near this size is not one.
const MAX_TEXT_LENGTH = 20 * 1024 * 1024;

type Body = Record<string, unknown>;

function isRecord(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Which resource a body is, from the part of `data` it carries. */
function recognise(data: Body): string | undefined {
  if (isRecord(data.error)) return 'error';
  if (isRecord(data.event)) return 'event_alert';
  if (isRecord(data.issue)) return isRecord(data.activity) || isRecord(data.alert) ? 'activity_alert' : 'issue';
  if (isRecord(data.metric_alert)) return 'metric_alert';
  if ('comment' in data) return 'comment';
  if (isRecord(data.installation)) return 'installation';
  return undefined;
}

function parseBody(payload: unknown, problems: Problem[]): unknown {
  if (typeof payload !== 'string') return payload;
  if (payload.length > MAX_TEXT_LENGTH) {
    problems.push({ path: '$', expected: `webhook body of at most ${MAX_TEXT_LENGTH} characters`, found: `string of ${payload.length}`, action: 'dropped' });
    return undefined;
  }
  try {
    return JSON.parse(payload);
  } catch {
    problems.push({ path: '$', expected: 'webhook body (JSON)', found: describeValue(payload), action: 'dropped' });
    return undefined;
  }
}

/** The part of `data` a resource carries its model in. */
const PART: Record<string, string> = { issue: 'issue', activity_alert: 'issue', error: 'error', event_alert: 'event' };

/**
 * Reads an integration-platform webhook body (the object, or its raw JSON text) into canonical
 * issues and events: `issue` and `activity_alert` give an issue, `error` and `event_alert` an
 * event; other resources (`metric_alert`, `comment`, `installation`…) give neither. `resource` is
 * the `Sentry-Hook-Resource` header when the host has it; without it the body decides. Never throws.
 */
export function fromSentryWebhook(payload: unknown, resource?: string | null): SentryWebhook {
  const problems: Problem[] = [];
  const body = parseBody(payload, problems);
  const result: SentryWebhook = {
    resource: typeof resource === 'string' && resource.trim() !== '' ? resource.trim().toLowerCase() : undefined,
    action: undefined,
    issues: [],
    events: [],
    problems,
    triggeredRule: undefined,
    installationId: undefined,
  };
  if (body === undefined && problems.length > 0) return result;
  if (!isRecord(body) || !isRecord(body.data)) {
    problems.push({ path: isRecord(body) ? 'data' : '$', expected: 'webhook body with a data object', found: describeValue(isRecord(body) ? body.data : body), action: 'dropped' });
    return result;
  }
  const data = body.data;
  result.action = text(body.action);
  result.installationId = isRecord(body.installation) ? text(body.installation.uuid) : undefined;
  result.triggeredRule = text(data.triggered_rule);
  result.resource ??= recognise(data);
  const part = result.resource === undefined ? undefined : PART[result.resource];
  if (part === undefined) return result;
  if (!isRecord(data[part])) {
    problems.push({ path: `data.${part}`, expected: `${part} object of a ${result.resource} webhook`, found: describeValue(data[part]), action: 'dropped' });
    return result;
  }
  // Only the part the resource names goes to the normalizer, so a body that carries other
  // parts too is read as the header says; the wrapper keeps problem paths as `data.<part>.…`.
  const wrapper = { action: result.action ?? 'unknown', data: { [part]: data[part] } };
  const normalized = part === 'issue' ? normalizeIssue(wrapper) : normalizeEvent(wrapper);
  if (part === 'issue') result.issues.push(normalized.value as Issue);
  else result.events.push(normalized.value as Event);
  // Through the capped helper, not a spread: a body with 100k bad keys gives at most the cap and a count.
  const omitted = appendProblems(problems, normalized.problems, (path) => path);
  if (omitted > 0) problems.push(problemSummary(omitted));
  return result;
}
