import type { IncomingMessage, ServerResponse } from 'node:http';

/** A failure the client caused or should know about, answered as `{ "detail": … }`. */
export class HttpError extends Error {
  /** HTTP status to answer with. */
  readonly status: number;
  /** Extra response headers, such as `Retry-After`. */
  readonly headers: Record<string, string>;
  constructor(status: number, detail: string, headers: Record<string, string> = {}) {
    super(detail);
    this.name = 'HttpError';
    this.status = status;
    this.headers = headers;
  }
}

// What browser SDKs send with an envelope: their auth header, the tracing headers they add to
// every request, and a compressed body's headers. A fixed list: echoing whatever a preflight
// asks for would let a page send headers this server never meant to take from strangers.
const INGEST_ALLOWED_HEADERS = 'Content-Type, Content-Encoding, X-Sentry-Auth, sentry-trace, baggage';

/**
 * CORS headers of the ingestion endpoints only: SDKs post there from any page. The Web API
 * sends none, so no page on another origin can read or change issues through a browser.
 */
export function ingestCorsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': INGEST_ALLOWED_HEADERS,
    'Access-Control-Expose-Headers': 'Retry-After, X-Sentry-Error, X-Sentry-Rate-Limits',
    'Access-Control-Max-Age': '3600',
  };
}

/** Writes a JSON answer (or an empty one for 204). */
export function sendJson(
  _request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = status === 204 || body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': String(Buffer.byteLength(text)),
  });
  response.end(text);
}

// Header values must be printable Latin-1 on one line; a reason quoting hostile input may not be.
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200);

/** Answers an error as Sentry does: `{ "detail": reason }`, with `X-Sentry-Error` for SDK logs. */
export function sendError(request: IncomingMessage, response: ServerResponse, error: HttpError): void {
  // After a 413 the rest of the upload is unwanted: closing stops the client sending it.
  const close: Record<string, string> = error.status === 413 ? { Connection: 'close' } : {};
  sendJson(request, response, error.status, { detail: error.message }, { 'X-Sentry-Error': headerSafe(error.message), ...close, ...error.headers });
}

/** Reads a JSON body; anything but valid JSON is a 400 naming the problem. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `${what} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Whether a value is a plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
