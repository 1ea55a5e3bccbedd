import type { Event } from '../model';
import { setMessage } from './eventExtra';
import { readLogMessage } from './eventParts';
import { readDebugImages } from './eventSpecs';
import { readExceptions } from './exception';
import { isObject, type JsonObject, type ReadContext, report } from './reader';
import { readRequest } from './request';
import { readStacktrace } from './stacktrace';
import { readBreadcrumbs, readThreads } from './threadsAndBreadcrumbs';

/** Reads one entry's data into the event; returns false when the entry is kept verbatim instead. */
function readEntry(ctx: ReadContext, event: Event, type: string, data: unknown, path: string): boolean {
  switch (type) {
    case 'exception': {
      const exceptions = readExceptions(ctx, data, path);
      if (exceptions !== undefined) event.exceptions = exceptions;
      return exceptions !== undefined;
    }
    case 'breadcrumbs': {
      const breadcrumbs = readBreadcrumbs(ctx, data, path);
      if (breadcrumbs !== undefined) event.breadcrumbs = breadcrumbs;
      return breadcrumbs !== undefined;
    }
    case 'threads': {
      const threads = readThreads(ctx, data, path);
      if (threads !== undefined) event.threads = threads;
      return threads !== undefined;
    }
    case 'request': {
      const request = readRequest(ctx, data, path);
      if (request !== undefined) event.request = request;
      return request !== undefined;
    }
    case 'stacktrace': {
      const stacktrace = readStacktrace(ctx, data, path);
      if (stacktrace !== undefined) event.stacktrace = stacktrace;
      return stacktrace !== undefined;
    }
    case 'message': {
      const message = readLogMessage(ctx, data, path, undefined, false);
      if (message !== undefined) setMessage(event, message, 'message');
      return message !== undefined;
    }
    case 'debugmeta': {
      const images = isObject(data) ? data.images : undefined;
      const debugImages = images === undefined ? undefined : readDebugImages(ctx, images, path, 'images');
      if (debugImages !== undefined) event.debugImages = debugImages;
      return debugImages !== undefined && isObject(data) && Object.keys(data).length === 1;
    }
    default:
      return false;
  }
}

/**
 * Reads the Web API's `entries: [{type, data}]` into the event's interfaces. Entries the
 * model has no place for (`csp`, `expectct`, `template`…) stay in `extra.entries`.
 */
export function readApiEntries(ctx: ReadContext, event: Event, entries: unknown[]): void {
  const kept: unknown[] = [];
  entries.forEach((entry, index) => {
    const path = `entries[${index}]`;
    if (!isObject(entry) || typeof entry.type !== 'string') {
      report(ctx, path, undefined, 'entry {type, data}', entry, 'dropped');
      if (entry !== null) kept.push(entry);
      return;
    }
    const { type, data } = entry as JsonObject & { type: string };
    const read = data !== null && data !== undefined && readEntry(ctx, event, type, data, `${path}.data`);
    if (!read || Object.keys(entry).length > 2) kept.push(entry);
  });
  if (kept.length > 0) {
    event.extra ??= {};
    event.extra.entries = kept;
  }
}
