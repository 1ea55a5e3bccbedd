import type { Event, UnknownBag } from '../model';
import { deriveEventCulprit, deriveEventTitle, deriveUserAgentContexts } from './derive';
import { readApiEntries } from './entries';
import { addExtra, setMessage } from './eventExtra';
import { readLogMessage } from './eventParts';
import { CANONICAL_EVENT_SPEC, INPUT_EVENT_SPEC, readDebugImages } from './eventSpecs';
import { readFields } from './fields';
import { guarded, isObject, type JsonObject, type ReadContext, report } from './reader';

/** Fields read as they come and resolved once every key is known. */
interface PendingFields {
  legacyMessage?: unknown;
  logEntry?: unknown;
  debugMeta?: JsonObject;
  entries?: unknown[];
  dateCreated?: string;
}

function emptyEvent(): Event {
  return { schema: 'faultline.event/1', title: '', exceptions: [], threads: [], breadcrumbs: [], contexts: {}, tags: [] };
}

/**
 * `message` is the formatted text in stored and Web API events; in an SDK payload it is a
 * legacy key the protocol replaced by `logentry`, so using it is reported.
 */
function resolveMessage(ctx: ReadContext, event: Event, pending: PendingFields): void {
  const { legacyMessage, logEntry } = pending;
  if (logEntry !== undefined) {
    const message = readLogMessage(ctx, logEntry, '', 'logentry', ctx.mode === 'sdk');
    if (message !== undefined) setMessage(event, message, 'logentry');
    else addExtra(event, 'logentry', logEntry);
  }
  if (legacyMessage === undefined) return;
  const usable = event.message === undefined && legacyMessage !== '';
  if (usable && ctx.mode === 'sdk') report(ctx, '', 'message', 'logentry', legacyMessage, 'repaired');
  const message = usable ? readLogMessage(ctx, legacyMessage, '', 'message', false) : undefined;
  if (message !== undefined) setMessage(event, message, 'message');
  else addExtra(event, 'message', legacyMessage);
}

function resolveDebugMeta(ctx: ReadContext, event: Event, debugMeta: JsonObject): void {
  const { images, ...rest } = debugMeta;
  const debugImages = images === undefined || images === null ? undefined : readDebugImages(ctx, images, 'debug_meta', 'images');
  if (debugImages !== undefined) event.debugImages = debugImages;
  else if (images !== undefined) rest.images = images;
  if (Object.keys(rest).length > 0) addExtra(event, 'debug_meta', rest);
}

/** Tag objects carrying more than `key` and `value` (Tag has no bag): the list is kept whole in `extra`. */
function keepRichTags(event: Event, input: JsonObject): void {
  try {
    const tags = input.tags;
    if (!Array.isArray(tags)) return;
    const rich = tags.some((tag) => isObject(tag) && Object.keys(tag).some((key) => key !== 'key' && key !== 'value'));
    if (rich) addExtra(event, 'tags', tags);
  } catch {
    // Tags that throw when read were reported once, by readFields, and are left out.
  }
}

function takePending(target: JsonObject): PendingFields {
  const pending: PendingFields = {};
  for (const key of ['legacyMessage', 'logEntry', 'debugMeta', 'entries', 'dateCreated'] as const) {
    if (key in target) {
      (pending as JsonObject)[key] = target[key];
      delete target[key];
    }
  }
  return pending;
}

const bareId = (id: string) => id.replace(/-/g, '').toLowerCase();

/**
 * The Web API repeats the event id as `id` beside `eventID`; that copy says nothing new, so it
 * is not kept as an unknown field. An `id` that differs is data, and stays.
 */
function dropApiIdCopy(extra: UnknownBag, eventId: string | undefined): UnknownBag | undefined {
  const { id, ...rest } = extra as Record<string, unknown>;
  if (typeof id !== 'string' || eventId === undefined || bareId(id) !== bareId(eventId)) return extra;
  return Object.keys(rest).length > 0 ? (rest as UnknownBag) : undefined;
}

/** Reads an SDK payload, stored event or Web API event (already unwrapped from a webhook). */
export function readInputEvent(ctx: ReadContext, input: JsonObject): Event {
  const event = emptyEvent();
  const target = event as unknown as JsonObject;
  const extra = readFields(ctx, input, '', INPUT_EVENT_SPEC, target);
  const pending = takePending(target);
  if (extra !== undefined) event.extra = dropApiIdCopy(extra, event.eventId);
  // These steps look at input a second time, outside the per-key guards of readFields.
  keepRichTags(event, input);
  const { entries, debugMeta, dateCreated } = pending;
  if (entries !== undefined) guarded(ctx, '', 'entries', () => readApiEntries(ctx, event, entries));
  guarded(ctx, '', 'logentry', () => resolveMessage(ctx, event, pending));
  if (debugMeta !== undefined) guarded(ctx, '', 'debug_meta', () => resolveDebugMeta(ctx, event, debugMeta));
  if (dateCreated !== undefined) {
    if (event.timestamp === undefined) event.timestamp = dateCreated;
    else guarded(ctx, '', 'dateCreated', () => addExtra(event, 'dateCreated', input.dateCreated));
  }
  if (ctx.mode !== 'api') deriveUserAgentContexts(event);
  if (event.title === '') event.title = deriveEventTitle(event);
  if (event.culprit === undefined) {
    const culprit = deriveEventCulprit(event);
    if (culprit !== undefined) event.culprit = culprit;
  }
  return event;
}

/** Reads Faultline's canonical event; it comes back unchanged. */
export function readCanonicalEvent(ctx: ReadContext, input: JsonObject): Event {
  const event = emptyEvent();
  const extra: UnknownBag | undefined = readFields(ctx, input, '', CANONICAL_EVENT_SPEC, event as unknown as JsonObject);
  if (extra !== undefined) event.extra = extra;
  keepRichTags(event, input);
  if (event.title === '' && !guarded(ctx, '', 'title', () => typeof input.title === 'string')) event.title = deriveEventTitle(event);
  return event;
}

/** Whether a value is Faultline's canonical event JSON. */
export function isCanonicalEventInput(value: unknown): value is JsonObject {
  return isObject(value) && value.schema === 'faultline.event/1';
}
