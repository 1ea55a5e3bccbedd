import type { Event, Frame } from '../model';
import { parseUserAgent } from '../userAgent';
import { userAgentOf } from './request';

/** Sentry cuts the exception value in a title to its first line and 100 characters. */
const TITLE_VALUE_LIMIT = 100;

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  const line = end < 0 ? text : text.slice(0, end);
  return line.length > TITLE_VALUE_LIMIT ? `${line.slice(0, TITLE_VALUE_LIMIT - 3)}...` : line;
}

/** The raised exception: depth 0, the last such in Sentry's order. */
function raisedException(event: Event) {
  for (let index = event.exceptions.length - 1; index >= 0; index--) {
    const exception = event.exceptions[index];
    if (exception?.depth === 0) return exception;
  }
  return event.exceptions[event.exceptions.length - 1];
}

/** Title as Sentry forms it: `Type: value` of the raised exception, else the message, else `<unlabeled event>`. */
export function deriveEventTitle(event: Event): string {
  const exception = raisedException(event);
  if (exception?.type !== undefined) {
    return exception.value ? `${exception.type}: ${firstLine(exception.value)}` : exception.type;
  }
  if (exception?.value) return firstLine(exception.value);
  const message = event.message?.formatted || event.message?.message;
  if (message) return firstLine(message);
  return '<unlabeled event>';
}

// Native frames name a function in a binary, not a module or file: Sentry's culprit is the function.
const NATIVE_PLATFORMS = new Set(['native', 'cocoa', 'objc', 'c']);

function frameCulprit(frame: Frame, platform: string | undefined): string | undefined {
  const location = frame.module || frame.filename;
  if (!location) return NATIVE_PLATFORMS.has(frame.platform ?? platform ?? '') ? frame.function || undefined : undefined;
  return frame.function ? `${location} in ${frame.function}` : location;
}

/** Frames Sentry looks at for the culprit: the raised exception's, else the crashed thread's, else the event's. */
function culpritFrames(event: Event): Frame[] {
  const exceptionFrames = raisedException(event)?.stacktrace?.frames;
  if (exceptionFrames !== undefined && exceptionFrames.length > 0) return exceptionFrames;
  const crashed = event.threads.find((thread) => thread.crashed === true)?.stacktrace?.frames;
  if (crashed !== undefined && crashed.length > 0) return crashed;
  return event.stacktrace?.frames ?? [];
}

/** Culprit as Sentry forms it: the transaction, else `module in function` of the crashing in-app frame. */
export function deriveEventCulprit(event: Event): string | undefined {
  if (event.transaction) return event.transaction;
  const frames = culpritFrames(event);
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index];
    if (frame?.inApp === true) return frameCulprit(frame, event.platform);
  }
  const last = frames[frames.length - 1];
  return last === undefined ? undefined : frameCulprit(last, event.platform);
}

/** Adds browser and OS contexts parsed from the `User-Agent` header when the event has none, as ingestion does. */
export function deriveUserAgentContexts(event: Event): void {
  const userAgent = userAgentOf(event.request);
  if (userAgent === undefined) return;
  const types = new Set(Object.values(event.contexts).map((context) => context.type));
  if (types.has('browser') && types.has('os')) return;
  const parsed = parseUserAgent(userAgent);
  if (parsed.browser !== undefined && !types.has('browser') && !Object.hasOwn(event.contexts, 'browser')) {
    event.contexts.browser = parsed.browser;
  }
  if (parsed.os !== undefined && !types.has('os') && !Object.hasOwn(event.contexts, 'os')) {
    event.contexts.os = parsed.os;
  }
}
