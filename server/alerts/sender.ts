import { EXCERPT_CHARS, type AttemptResult } from './deliveryLog';
import type { ReceiverRequest } from './receivers';

/**
 * POSTs once, within `timeoutMs` for the whole exchange (connect, answer and the excerpt read).
 * Never throws: a time-out or connection error is an attempt without a status code. Redirects
 * are not followed: a receiver is the URL the rule names, not wherever it points.
 */
export async function postOnce(request: ReceiverRequest, timeoutMs: number, signal?: AbortSignal): Promise<AttemptResult> {
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  const stop = () => controller.abort(new Error('server is shutting down'));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    const response = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, redirect: 'manual', signal: controller.signal });
    const excerpt = await readExcerpt(response);
    return { statusCode: response.status, durationMs: performance.now() - started, excerpt, error: null };
  } catch (error) {
    const reason = controller.signal.aborted ? controller.signal.reason : error;
    const cause = (reason as { cause?: { message?: string } })?.cause?.message;
    const message = `${(reason as Error)?.message ?? String(reason)}${cause ? `: ${cause}` : ''}`;
    return { statusCode: null, durationMs: performance.now() - started, excerpt: null, error: message.slice(0, 500) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** The start of the answer: a few KiB read at most, then the rest is dropped unread. */
async function readExcerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  while (bytes < EXCERPT_CHARS * 4) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : text.slice(0, EXCERPT_CHARS);
}
