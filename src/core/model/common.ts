/** Severity of an event, issue or breadcrumb, from most to least severe. */
export type Level = 'fatal' | 'error' | 'warning' | 'info' | 'debug';

/** All levels, most severe first. */
export const LEVELS: readonly Level[] = ['fatal', 'error', 'warning', 'info', 'debug'];

/**
 * Fields the model does not name, kept verbatim so nothing is silently lost.
 * Keys are the input's own keys (snake_case as Sentry sends them).
 */
export type UnknownBag = Record<string, unknown>;

/** A point in time as an RFC 3339 / ISO 8601 string in UTC, millisecond precision. */
export type Timestamp = string;

/** Sentry's marker for a value its data scrubbers removed. */
export const FILTERED = '[Filtered]';

/**
 * A `_meta` annotation for one value: why it was changed or removed by Sentry
 * (scrubbing, trimming, invalid data).
 */
export interface MetaAnnotation {
  /** Remarks such as `[["@password:filter", "s", 0, 10]]`. */
  rem?: unknown[];
  /** Errors recorded by ingestion, such as `["invalid_data", {...}]`. */
  err?: unknown[];
  /** Original length before trimming. */
  len?: number;
  /** Original value when Sentry kept it next to a repaired one. */
  val?: unknown;
}

/**
 * `_meta` annotations keyed by the canonical JSON path of the value they
 * annotate (for example `request.headers.Authorization`).
 */
export type MetaAnnotations = Record<string, MetaAnnotation>;
