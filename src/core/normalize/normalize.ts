import { type Event, type Issue, type NormalizeOptions, type NormalizeResult, SchemaError } from '../model';
import { detectInput, type NormalizeInputKind, webhookEvent, webhookIssue } from './detect';
import { readCanonicalEvent, readInputEvent } from './event';
import { emptyIssue, readIssue } from './issue';
import {
  type InputMode,
  isObject,
  type JsonObject,
  problemSummary,
  type ReadContext,
  report,
  reportUnreadable,
} from './reader';

/** Path Faultline's problems use for the input as a whole. */
const ROOT = '$';

/** Where the document read sits in the input: `data.error` inside a webhook body, else the root. */
interface Placement {
  prefix: string;
}

function finish<T>(ctx: ReadContext, value: T, options: NormalizeOptions | undefined, prefix = ''): NormalizeResult<T> {
  // Paths inside a webhook body name the body's own keys, so a reader of the body finds them.
  if (prefix !== '') for (const problem of ctx.problems) problem.path = `${prefix}.${problem.path}`;
  if (ctx.omitted !== undefined) ctx.problems.push(problemSummary(ctx.omitted));
  if (options?.strict === true && ctx.problems.length > 0) throw new SchemaError(ctx.problems);
  return { value, problems: ctx.problems };
}

function unlabeledEvent(): Event {
  return {
    schema: 'faultline.event/1',
    title: '<unlabeled event>',
    exceptions: [],
    threads: [],
    breadcrumbs: [],
    contexts: {},
    tags: [],
  };
}

/** The kind of input, or `fallback` (read key by key, each guarded) when looking at it threw. */
function detectSafely(ctx: ReadContext, input: JsonObject, fallback: NormalizeInputKind): NormalizeInputKind {
  try {
    return detectInput(input);
  } catch {
    reportUnreadable(ctx, ROOT, undefined, 'object whose shape can be read');
    return fallback;
  }
}

function readEvent(ctx: ReadContext, input: unknown, placement: Placement): Event {
  if (!isObject(input)) {
    report(ctx, ROOT, undefined, 'event object', input, 'dropped');
    return unlabeledEvent();
  }
  const kind = detectSafely(ctx, input, 'event');
  if (kind === 'issue' || kind === 'canonical-issue') {
    report(ctx, ROOT, undefined, 'event object', input, 'dropped');
    return unlabeledEvent();
  }
  if (kind === 'canonical-event') {
    ctx.mode = 'canonical';
    return readCanonicalEvent(ctx, input);
  }
  if (kind === 'webhook') {
    const found = webhookEvent(input);
    if (found === undefined) {
      report(ctx, ROOT, 'data', 'webhook data with an error or event', input.data, 'dropped');
      return unlabeledEvent();
    }
    ctx.mode = detectSafely(ctx, found.event, 'event') === 'api-event' ? 'api' : 'stored';
    placement.prefix = found.path;
    return readInputEvent(ctx, found.event);
  }
  const mode: InputMode = kind === 'api-event' ? 'api' : 'sdk';
  ctx.mode = mode;
  return readInputEvent(ctx, input);
}

/**
 * Normalizes any of Sentry's event shapes (SDK payload, stored event, Web API event, `error`
 * or `event_alert` webhook body) or Faultline's canonical event into the canonical `Event`.
 * Never throws on data (unless `strict`); every part it repairs or drops is a `Problem`,
 * a throwing getter or Proxy included. At most `PROBLEM_LIMIT` problems are listed; a final
 * one counts the rest.
 */
export function normalizeEvent(input: unknown, options?: NormalizeOptions): NormalizeResult<Event> {
  const ctx: ReadContext = { mode: 'sdk', problems: [] };
  const placement: Placement = { prefix: '' };
  let event: Event;
  try {
    event = readEvent(ctx, input, placement);
  } catch {
    // The readers guard each read of input; this is the last net for a hostile object they
    // did not foresee, so the promise of never throwing on data holds.
    placement.prefix = '';
    reportUnreadable(ctx, ROOT, undefined, 'event object');
    event = unlabeledEvent();
  }
  return finish(ctx, event, options, placement.prefix);
}

function readIssueInput(ctx: ReadContext, input: unknown, placement: Placement): Issue {
  if (!isObject(input)) {
    report(ctx, ROOT, undefined, 'issue object', input, 'dropped');
    return emptyIssue();
  }
  const kind = detectSafely(ctx, input, 'issue');
  if (kind === 'canonical-issue') ctx.mode = 'canonical';
  if (kind !== 'webhook') return readIssue(ctx, input);
  const found = webhookIssue(input);
  if (found === undefined) {
    report(ctx, ROOT, 'data', 'webhook data with an issue', input.data, 'dropped');
    return emptyIssue();
  }
  placement.prefix = 'data.issue';
  return readIssue(ctx, found);
}

/**
 * Normalizes an issue (group) of Sentry's Web API, an `issue` webhook body or Faultline's
 * canonical issue into the canonical `Issue`. Never throws on data (unless `strict`).
 */
export function normalizeIssue(input: unknown, options?: NormalizeOptions): NormalizeResult<Issue> {
  const ctx: ReadContext = { mode: 'api', problems: [] };
  const placement: Placement = { prefix: '' };
  let issue: Issue;
  try {
    issue = readIssueInput(ctx, input, placement);
  } catch {
    placement.prefix = '';
    reportUnreadable(ctx, ROOT, undefined, 'issue object');
    issue = emptyIssue();
  }
  return finish(ctx, issue, options, placement.prefix);
}
