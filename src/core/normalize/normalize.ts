import { type Event, type Issue, type NormalizeOptions, type NormalizeResult, SchemaError } from '../model';
import { detectInput, webhookEvent, webhookIssue } from './detect';
import { readCanonicalEvent, readInputEvent } from './event';
import { emptyIssue, readIssue } from './issue';
import { type InputMode, isObject, type ReadContext, report } from './reader';

/** Path Faultline's problems use for the input as a whole. */
const ROOT = '$';

function finish<T>(ctx: ReadContext, value: T, options: NormalizeOptions | undefined, prefix = ''): NormalizeResult<T> {
  // Paths inside a webhook body name the body's own keys, so a reader of the body finds them.
  if (prefix !== '') for (const problem of ctx.problems) problem.path = `${prefix}.${problem.path}`;
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

/**
 * Normalizes any of Sentry's event shapes (SDK payload, stored event, Web API event, `error`
 * or `event_alert` webhook body) or Faultline's canonical event into the canonical `Event`.
 * Never throws on data (unless `strict`); every part it repairs or drops is a `Problem`.
 */
export function normalizeEvent(input: unknown, options?: NormalizeOptions): NormalizeResult<Event> {
  const ctx: ReadContext = { mode: 'sdk', problems: [] };
  const kind = detectInput(input);
  if (!isObject(input) || kind === 'issue' || kind === 'canonical-issue') {
    report(ctx, ROOT, undefined, 'event object', input, 'dropped');
    return finish(ctx, unlabeledEvent(), options);
  }
  if (kind === 'canonical-event') {
    ctx.mode = 'canonical';
    return finish(ctx, readCanonicalEvent(ctx, input), options);
  }
  if (kind === 'webhook') {
    const found = webhookEvent(input);
    if (found === undefined) {
      report(ctx, ROOT, 'data', 'webhook data with an error or event', input.data, 'dropped');
      return finish(ctx, unlabeledEvent(), options);
    }
    ctx.mode = detectInput(found.event) === 'api-event' ? 'api' : 'stored';
    return finish(ctx, readInputEvent(ctx, found.event), options, found.path);
  }
  const mode: InputMode = kind === 'api-event' ? 'api' : 'sdk';
  ctx.mode = mode;
  return finish(ctx, readInputEvent(ctx, input), options);
}

/**
 * Normalizes an issue (group) of Sentry's Web API, an `issue` webhook body or Faultline's
 * canonical issue into the canonical `Issue`. Never throws on data (unless `strict`).
 */
export function normalizeIssue(input: unknown, options?: NormalizeOptions): NormalizeResult<Issue> {
  const ctx: ReadContext = { mode: 'api', problems: [] };
  if (!isObject(input)) {
    report(ctx, ROOT, undefined, 'issue object', input, 'dropped');
    return finish(ctx, emptyIssue(), options);
  }
  const kind = detectInput(input);
  if (kind === 'canonical-issue') ctx.mode = 'canonical';
  let issue = input;
  let prefix = '';
  if (kind === 'webhook') {
    const found = webhookIssue(input);
    if (found === undefined) {
      report(ctx, ROOT, 'data', 'webhook data with an issue', input.data, 'dropped');
      return finish(ctx, emptyIssue(), options);
    }
    issue = found;
    prefix = 'data.issue';
  }
  return finish(ctx, readIssue(ctx, issue), options, prefix);
}
