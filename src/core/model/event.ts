import type { Breadcrumb } from './breadcrumb';
import type { Level, MetaAnnotations, Timestamp, UnknownBag } from './common';
import type { Contexts } from './contexts';
import type { ExceptionValue } from './exception';
import type { Request, Sdk, User } from './request';
import type { Stacktrace } from './stacktrace';
import type { Thread } from './thread';

/** A tag: an indexed key/value pair used for search and grouping. */
export interface Tag {
  key: string;
  value: string;
}

/** The release an event or issue belongs to. */
export interface Release {
  /** Full version string, such as `my-app@1.2.3+45`. */
  version: string;
  /** Short display version. */
  shortVersion?: string;
  /** When the release was created. */
  dateCreated?: Timestamp;
  /** When the release was first seen in an event. */
  firstEvent?: Timestamp;
  /** When the release was last seen. */
  lastEvent?: Timestamp;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}

/** A debug image: a loaded binary or source bundle used for symbolication. */
export interface DebugImage {
  /** Image type: `macho`, `elf`, `pe`, `sourcemap`, `proguard`… */
  type?: string;
  /** Path or name of the binary. */
  codeFile?: string;
  debugId?: string;
  debugFile?: string;
  codeId?: string;
  /** Load address as a hex string. */
  imageAddr?: string;
  /** Size of the image in bytes. */
  imageSize?: number;
  arch?: string;
  /** Fields the model does not name. */
  extra?: UnknownBag;
}

/** The message of an event, as logged. */
export interface LogMessage {
  /** The message with its parameters filled in. */
  formatted?: string;
  /** The format string before parameters were filled in. */
  message?: string;
  /** Parameters of the format string. */
  params?: unknown[] | Record<string, unknown>;
}

/** Faultline's canonical event. */
export interface Event {
  /** Marks Faultline's canonical JSON so it round-trips unchanged. */
  schema: 'faultline.event/1';
  /** 32-hex-digit event id. */
  eventId?: string;
  /** Title as Sentry forms it (`Type: value`, else the message). */
  title: string;
  /** Where it happened as Sentry forms it (function / module / transaction). */
  culprit?: string;
  level?: Level;
  /** Platform such as `python`, `javascript`, `native`, `cocoa`. */
  platform?: string;
  /** When the event happened. */
  timestamp?: Timestamp;
  /** When Sentry received it. */
  received?: Timestamp;
  /** When the transaction started, for transaction-like events. */
  startTimestamp?: Timestamp;
  logger?: string;
  transaction?: string;
  serverName?: string;
  release?: Release;
  dist?: string;
  environment?: string;
  /** Grouping fingerprint, every part as a string. */
  fingerprint?: string[];
  message?: LogMessage;
  /** Exceptions in Sentry's order: the last is the one that was raised. */
  exceptions: ExceptionValue[];
  /** Stack trace attached to the event itself (no exception). */
  stacktrace?: Stacktrace;
  threads: Thread[];
  /** Breadcrumbs, oldest first. */
  breadcrumbs: Breadcrumb[];
  contexts: Contexts;
  tags: Tag[];
  user?: User;
  request?: Request;
  sdk?: Sdk;
  /** Arbitrary extra data attached by the SDK (`extra`). */
  extraData?: Record<string, unknown>;
  /** Loaded modules / packages and their versions. */
  modules?: Record<string, string>;
  debugImages?: DebugImage[];
  /** Ingestion errors Sentry recorded for this event. */
  errors?: Record<string, unknown>[];
  /** Sentry's `_meta` annotations, keyed by canonical path. */
  meta?: MetaAnnotations;
  /** Id of the issue (group) this event belongs to, when known. */
  groupId?: string;
  /** Project id or slug, when known. */
  project?: string;
  /** The event before this one (Web API `previousEventID`), when there is one. */
  previousEventId?: string;
  /** The event after this one (Web API `nextEventID`), when there is one. */
  nextEventId?: string;
  /** Top-level fields the model does not name, in the input's own keys. */
  extra?: UnknownBag;
}
