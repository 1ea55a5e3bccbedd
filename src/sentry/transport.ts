import { detailOf, SentryApiError, type SentryApiErrorKind } from './errors';
import { backoffDelay, parseRetryAfter, type ResolvedRetryOptions, sleep } from './retry';

/** The `fetch` a client calls: the platform's, or the host's own (a proxy, a test double). */
export type SentryFetch = (url: string, init: RequestInit) => Promise<Response>;

/** Headers sent with every request, or a function that makes them per request (a fresh token). */
export type SentryHeaders = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** One query parameter: lists repeat the key (`id=1&id=2`); `undefined` and `null` leave it out. */
export type SentryQueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** A request to the Web API, below the client's named calls. */
export interface SentryRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Path from the API root, such as `/api/0/organizations/acme/issues/`. */
  path: string;
  query?: Record<string, SentryQueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** A successful response: the parsed JSON body (`undefined` when empty) and its headers. */
export interface SentryResponse {
  url: string;
  status: number;
  headers: Headers;
  body: unknown;
  /** How many requests were sent, retries included. */
  attempts: number;
}

/** What a transport is built from. */
export interface TransportConfig {
  baseUrl: string;
  fetch: SentryFetch;
  headers: SentryHeaders | undefined;
  retry: ResolvedRetryOptions;
  maxResponseBytes: number;
}

interface Attempt {
  url: string;
  method: string;
  signal: AbortSignal | undefined;
  attempts: number;
}

/** Joins the base URL (absolute, or relative such as `/sentry-proxy`) and an API path. */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, SentryQueryValue>): string {
  // Hosts often configure `https://sentry.io/api/0`; paths already start with `/api/0`.
  const base = baseUrl.replace(/\/+$/, '').replace(/\/api\/0$/, '');
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  const text = search.toString();
  return `${base}${path}${text === '' ? '' : `?${text}`}`;
}

function fail(attempt: Attempt, kind: SentryApiErrorKind, extra: Partial<ConstructorParameters<typeof SentryApiError>[0]> = {}): SentryApiError {
  return new SentryApiError({ kind, url: attempt.url, method: attempt.method, attempts: attempt.attempts, ...extra });
}

/** Turns whatever a fetch or a read threw into a typed error; an abort wins over the cause. */
function failure(attempt: Attempt, cause: unknown): SentryApiError {
  if (cause instanceof SentryApiError) return cause;
  if (attempt.signal?.aborted || (typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === 'AbortError')) {
    return fail(attempt, 'aborted', { cause });
  }
  const message = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
  return fail(attempt, 'network', { detail: message, cause });
}

/** Reads the body as text, stopping (and failing with `too-large`) past the limit. */
async function readText(response: Response, limit: number, attempt: Attempt): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => fail(attempt, 'too-large', { status: response.status, detail: `more than ${limit} bytes` });
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

async function resolveHeaders(config: TransportConfig, hasBody: boolean): Promise<Headers> {
  const headers = new Headers({ Accept: 'application/json' });
  const own = typeof config.headers === 'function' ? await config.headers() : config.headers;
  new Headers(own).forEach((value, key) => {
    headers.set(key, value);
  });
  if (hasBody && !headers.has('content-type')) headers.set('Content-Type', 'application/json');
  return headers;
}

/** Whether the response asks the client to come back later. */
function isRetryable(response: Response): boolean {
  return response.status === 429 || (response.status === 503 && response.headers.has('retry-after'));
}

async function retryWait(config: TransportConfig, response: Response, attempt: Attempt): Promise<number | undefined> {
  const asked = parseRetryAfter(response.headers.get('retry-after'));
  const wait = asked ?? backoffDelay(config.retry, attempt.attempts - 1);
  if (attempt.attempts <= config.retry.retries && wait <= config.retry.maxDelayMs) return wait;
  const text = await readText(response, config.maxResponseBytes, attempt).catch(() => '');
  const body = text === '' ? undefined : parseErrorBody(text);
  // Waiting less than asked only earns another 429, so a longer wait is the caller's decision.
  throw fail(attempt, response.status === 429 ? 'rate-limited' : 'http', {
    status: response.status,
    detail: detailOf(body),
    body,
    retryAfterMs: asked,
  });
}

/**
 * Sends one API request: retries `429` (and `503` with `Retry-After`) within the retry budget,
 * parses the JSON body, and turns every failure into a `SentryApiError`.
 */
export async function sendRequest(config: TransportConfig, request: SentryRequest): Promise<SentryResponse> {
  const attempt: Attempt = {
    url: buildUrl(config.baseUrl, request.path, request.query),
    method: request.method,
    signal: request.signal,
    attempts: 0,
  };
  try {
    if (request.signal?.aborted) throw fail(attempt, 'aborted', { cause: request.signal.reason });
    const hasBody = request.body !== undefined;
    const payload = hasBody ? JSON.stringify(request.body) : undefined;
    for (;;) {
      attempt.attempts++;
      const headers = await resolveHeaders(config, hasBody);
      const init: RequestInit = { method: request.method, headers };
      if (payload !== undefined) init.body = payload;
      if (request.signal) init.signal = request.signal;
      const response = await config.fetch(attempt.url, init);
      if (isRetryable(response)) {
        const wait = await retryWait(config, response, attempt);
        await response.body?.cancel().catch(() => undefined);
        await sleep(wait ?? 0, request.signal);
        continue;
      }
      const text = await readText(response, config.maxResponseBytes, attempt);
      if (!response.ok) {
        const body = text === '' ? undefined : parseErrorBody(text);
        throw fail(attempt, 'http', { status: response.status, detail: detailOf(body), body });
      }
      let body: unknown;
      if (text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch (cause) {
          const snippet = text.length > 80 ? `${text.slice(0, 80)}…` : text;
          throw fail(attempt, 'invalid-json', { status: response.status, detail: `body starts ${JSON.stringify(snippet)}`, body: text, cause });
        }
      }
      return { url: attempt.url, status: response.status, headers: response.headers, body, attempts: attempt.attempts };
    }
  } catch (cause) {
    throw failure(attempt, cause);
  }
}
