import type { DebugImage } from '../model';
import { liftingExtra, listReader, type ObjectSpec, objectSpec } from './fields';
import { readContexts } from './contexts';
import { readFingerprint, readLogMessage, readMeta, readObjectList, readTags } from './eventParts';
import { readExceptions } from './exception';
import { readDebugImage, readRelease, readSdk, readUser } from './people';
import { type FieldReader, readLenientString, readRecord, readString, readStringRecord } from './primitives';
import { childPath, isObject } from './reader';
import { readRequest } from './request';
import { readLevel, readTimestamp } from './scalars';
import { readStacktraceField } from './stacktrace';
import { readBreadcrumbs, readThreads } from './threadsAndBreadcrumbs';

const readExceptionsField: FieldReader = (ctx, value, path, key) => readExceptions(ctx, value, childPath(path, key));
const readThreadsField: FieldReader = (ctx, value, path, key) => readThreads(ctx, value, childPath(path, key));
const readBreadcrumbsField: FieldReader = (ctx, value, path, key) => readBreadcrumbs(ctx, value, childPath(path, key));
const readRequestField: FieldReader = (ctx, value, path, key) => readRequest(ctx, value, path, key);
/** Reads `debug_meta.images` / canonical `debugImages`. */
export const readDebugImages: FieldReader<DebugImage[]> = listReader('array of debug images', readDebugImage);

const readList: FieldReader<unknown[]> = (_ctx, value) => (Array.isArray(value) ? value : undefined);
const readObjectValue: FieldReader<Record<string, unknown>> = (_ctx, value) => (isObject(value) ? value : undefined);

/** Fields named alike in every shape of an event (SDK payload, stored event, Web API, canonical). */
const SHARED_FIELDS = {
  title: [readString],
  culprit: [readString],
  level: [readLevel],
  platform: [readString],
  timestamp: [readTimestamp],
  logger: [readString],
  transaction: [readString],
  release: [readRelease],
  dist: [readString],
  environment: [readString],
  fingerprint: [readFingerprint],
  stacktrace: [readStacktraceField],
  threads: [readThreadsField],
  breadcrumbs: [readBreadcrumbsField],
  contexts: [readContexts],
  tags: [readTags],
  user: [readUser],
  request: [readRequestField],
  sdk: [readSdk],
  modules: [readStringRecord, 'packages'],
  errors: [readObjectList],
  project: [readLenientString, 'projectID', 'project_id'],
} satisfies Record<string, [FieldReader, ...string[]]>;

/**
 * SDK payloads, stored events (webhooks) and Web API events. `legacyMessage`, `logEntry`,
 * `debugMeta` and `entries` are read as they come and resolved by the event reader.
 */
export const INPUT_EVENT_SPEC: ObjectSpec = objectSpec(SHARED_FIELDS, {
  eventId: [readString, 'event_id', 'eventID'],
  received: [readTimestamp, 'dateReceived'],
  dateCreated: [readTimestamp],
  startTimestamp: [readTimestamp, 'start_timestamp'],
  serverName: [readString, 'server_name'],
  exceptions: [readExceptionsField, 'exception'],
  extraData: [readRecord, 'extra'],
  meta: [readMeta, '_meta'],
  groupId: [readLenientString, 'groupID', 'group_id'],
  previousEventId: [readString, 'previousEventID'],
  nextEventId: [readString, 'nextEventID'],
  legacyMessage: [(_ctx, value) => value, 'message'],
  logEntry: [(_ctx, value) => value, 'logentry'],
  debugMeta: [readObjectValue, 'debug_meta'],
  entries: [readList],
});

/** Faultline's canonical event, as `normalizeEvent` writes it. */
export const CANONICAL_EVENT_SPEC: ObjectSpec = objectSpec(SHARED_FIELDS, {
  eventId: [readString],
  received: [readTimestamp],
  startTimestamp: [readTimestamp],
  serverName: [readString],
  exceptions: [readExceptionsField],
  extraData: [readRecord],
  meta: [readMeta],
  groupId: [readString],
  previousEventId: [readString],
  nextEventId: [readString],
  message: [liftingExtra((ctx, value, path, key) => readLogMessage(ctx, value, path, key, false))],
  debugImages: [readDebugImages],
});
