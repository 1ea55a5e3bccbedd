import { createHash } from 'node:crypto';
import type { Event, ExceptionValue, Frame } from '../src/core';

/** How an event is grouped: the hash that names its issue and the parts it was made of. */
export interface Grouping {
  hash: string;
  components: string[];
}

// Sentry's placeholder for "what grouping would have used"; SDKs write it with or without spaces.
const DEFAULT_PLACEHOLDER = /^\{\{\s*default\s*\}\}$/i;

/** The exception Sentry titles an issue after: the last one, which is the outermost. */
export function mainException(event: Event): ExceptionValue | undefined {
  const { exceptions } = event;
  for (let i = exceptions.length - 1; i >= 0; i--) {
    const exception = exceptions[i]!;
    if (exception.type || exception.value || exception.stacktrace) return exception;
  }
  return undefined;
}

/** The frame that names where an exception happened: the newest in-app frame, else the newest. */
export function topFrame(exception: ExceptionValue | undefined, event: Event): Frame | undefined {
  const frames = exception?.stacktrace?.frames ?? event.stacktrace?.frames ?? [];
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.inApp) return frames[i];
  return frames[frames.length - 1];
}

function messageText(event: Event): string | undefined {
  // The template (`message`) groups "User 12 failed" and "User 13 failed" together; the
  // formatted text is the fallback for SDKs that send only that.
  return event.message?.message ?? event.message?.formatted;
}

/** What grouping would use without a fingerprint: exception type + top in-app frame, or message. */
export function defaultComponents(event: Event): string[] {
  const exception = mainException(event);
  if (exception) {
    const frame = topFrame(exception, event);
    const where = frame ? [frame.module ?? frame.filename ?? frame.absPath ?? '', frame.function ?? ''] : [exception.value ?? ''];
    return ['exception', exception.type ?? 'Error', ...where];
  }
  const message = messageText(event);
  if (message) return ['message', message];
  return ['title', event.title];
}

/** Groups an event by its fingerprint (`{{ default }}` expanded), else by its default parts. */
export function groupEvent(event: Event): Grouping {
  const fingerprint = event.fingerprint?.filter((part) => typeof part === 'string');
  const components =
    fingerprint && fingerprint.length > 0
      ? fingerprint.flatMap((part) => (DEFAULT_PLACEHOLDER.test(part) ? defaultComponents(event) : [`fingerprint:${part}`]))
      : defaultComponents(event);
  const hash = createHash('sha256').update(JSON.stringify(components)).digest('hex').slice(0, 32);
  return { hash, components };
}

/** Sentry's issue `metadata`: what the title is made of. */
export function issueMetadata(event: Event): Record<string, string> {
  const exception = mainException(event);
  if (!exception) return { title: event.title };
  const frame = topFrame(exception, event);
  const metadata: Record<string, string> = { title: event.title };
  if (exception.type) metadata.type = exception.type;
  if (exception.value) metadata.value = exception.value;
  if (frame?.filename) metadata.filename = frame.filename;
  if (frame?.function) metadata.function = frame.function;
  return metadata;
}
