import type { Breadcrumb, Thread } from '../model';
import { objectSpec, readList, readObject, unwrapValues } from './fields';
import { readBoolean, readLenientString, readRecord, readString, readStringOrNumber } from './primitives';
import type { Path, ReadContext } from './reader';
import { readLevel, readTimestamp } from './scalars';
import { readStacktraceField } from './stacktrace';

const THREAD_SPEC = objectSpec({
  id: [readStringOrNumber],
  name: [readString],
  crashed: [readBoolean],
  current: [readBoolean],
  main: [readBoolean],
  state: [readString],
  stacktrace: [readStacktraceField],
  rawStacktrace: [readStacktraceField, 'raw_stacktrace'],
  heldLocks: [readRecord, 'held_locks'],
});

function readThread(ctx: ReadContext, value: unknown, path: Path): Thread | undefined {
  return readObject<Thread>(ctx, value, path, undefined, THREAD_SPEC, 'thread object');
}

/** Reads threads sent as `{values: […]}` or a bare list. */
export function readThreads(ctx: ReadContext, value: unknown, path: Path): Thread[] | undefined {
  const { list, path: listPath } = unwrapValues(value, path);
  return readList(ctx, list, listPath, 'array of threads', readThread);
}

const BREADCRUMB_SPEC = objectSpec({
  timestamp: [readTimestamp],
  type: [readString],
  category: [readString],
  level: [readLevel],
  message: [readLenientString],
  data: [readRecord],
  eventId: [readString, 'event_id'],
});

function readBreadcrumb(ctx: ReadContext, value: unknown, path: Path): Breadcrumb | undefined {
  return readObject<Breadcrumb>(ctx, value, path, undefined, BREADCRUMB_SPEC, 'breadcrumb object');
}

/** Reads breadcrumbs sent as `{values: […]}` or a bare list, oldest first as sent. */
export function readBreadcrumbs(ctx: ReadContext, value: unknown, path: Path): Breadcrumb[] | undefined {
  const { list, path: listPath } = unwrapValues(value, path);
  return readList(ctx, list, listPath, 'array of breadcrumbs', readBreadcrumb);
}
