/**
 * Why a Sentry Web API call failed: the network, an HTTP error status, rate limiting that
 * outlasted the retries, an abort, a body that is not JSON, or a body over the size limit.
 */
export type SentryApiErrorKind = 'network' | 'http' | 'rate-limited' | 'aborted' | 'invalid-json' | 'too-large';

/** What a `SentryApiError` is built from. */
export interface SentryApiErrorInit {
  kind: SentryApiErrorKind;
  url: string;
  method: string;
  status?: number;
  detail?: string;
  body?: unknown;
  retryAfterMs?: number;
  attempts?: number;
  cause?: unknown;
}

// A hostile or broken server can answer with megabytes of HTML; the message stays readable.
const DETAIL_LIMIT = 500;

/** Every failure of a `SentryClient` call: typed by `kind`, with the status and Sentry's `detail`. */
export class SentryApiError extends Error {
  /** Which of the failure kinds this is. */
  readonly kind: SentryApiErrorKind;
  /** HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** The API's own explanation (`{"detail": …}`, a field error, or the text body), clipped. */
  readonly detail: string | undefined;
  /** URL of the request that failed. */
  readonly url: string;
  /** HTTP method of the request that failed. */
  readonly method: string;
  /** The parsed error body (JSON) or its text, when there was one. */
  readonly body: unknown;
  /** For `rate-limited`: how long the server asked to wait, in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /** How many requests were sent, retries included. */
  readonly attempts: number;

  constructor(init: SentryApiErrorInit) {
    super(messageOf(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SentryApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.detail = init.detail;
    this.url = init.url;
    this.method = init.method;
    this.body = init.body;
    this.retryAfterMs = init.retryAfterMs;
    this.attempts = init.attempts ?? 1;
  }
}

/** Whether a value is a `SentryApiError`, also across bundle copies (checks the name and kind). */
export function isSentryApiError(value: unknown): value is SentryApiError {
  if (value instanceof SentryApiError) return true;
  return value instanceof Error && value.name === 'SentryApiError' && typeof (value as { kind?: unknown }).kind === 'string';
}

function messageOf(init: SentryApiErrorInit): string {
  const where = `${init.method} ${init.url}`;
  const detail = init.detail === undefined ? '' : `: ${init.detail}`;
  switch (init.kind) {
    case 'network':
      return `Sentry API request failed before a response (${where})${detail}`;
    case 'aborted':
      return `Sentry API request was aborted (${where})`;
    case 'rate-limited':
      return `Sentry API rate limit (HTTP ${init.status ?? 429}) after ${init.attempts ?? 1} attempt(s) (${where})${detail}`;
    case 'invalid-json':
      return `Sentry API answered with a body that is not JSON (${where})${detail}`;
    case 'too-large':
      return `Sentry API response is larger than the client accepts (${where})${detail}`;
    default:
      return `Sentry API error HTTP ${init.status ?? '?'} (${where})${detail}`;
  }
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > DETAIL_LIMIT ? `${trimmed.slice(0, DETAIL_LIMIT)}…` : trimmed;
}

/**
 * The explanation in an error body. Sentry answers `{"detail": "…"}` for most errors,
 * `{"detail": {"message": "…"}}` for some, and `{"field": ["…"]}` for validation errors.
 */
export function detailOf(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() === '' ? undefined : clip(body);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  const detail = record.detail;
  if (typeof detail === 'string') return clip(detail);
  if (typeof detail === 'object' && detail !== null && typeof (detail as { message?: unknown }).message === 'string') {
    return clip((detail as { message: string }).message);
  }
  const fieldErrors: string[] = [];
  for (const [field, value] of Object.entries(record)) {
    const messages = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    if (typeof value === 'string') messages.push(value);
    if (messages.length > 0) fieldErrors.push(`${field}: ${messages.join(' ')}`);
    if (fieldErrors.length >= 10) break;
  }
  return fieldErrors.length > 0 ? clip(fieldErrors.join('; ')) : undefined;
}
