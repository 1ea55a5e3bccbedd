/** How a client retries a rate-limited request. */
export interface SentryRetryOptions {
  /** Retries after the first attempt (0 turns retrying off). @default 2 */
  retries?: number;
  /** The longest wait the client accepts; a longer `Retry-After` fails at once with `rate-limited`. @default 30000 */
  maxDelayMs?: number;
  /** Wait before the first retry when the response has no usable `Retry-After`; doubles each retry. @default 1000 */
  baseDelayMs?: number;
}

/** Retry options with every default filled in. */
export type ResolvedRetryOptions = Required<SentryRetryOptions>;

const MAX_RETRIES = 10;

function finiteOr(value: number | undefined, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** Fills in the defaults and clamps nonsense (negative, infinite, absurdly many retries). */
export function resolveRetryOptions(options: SentryRetryOptions | undefined): ResolvedRetryOptions {
  return {
    retries: Math.floor(finiteOr(options?.retries, 2, 0, MAX_RETRIES)),
    maxDelayMs: finiteOr(options?.maxDelayMs, 30_000, 0, 24 * 60 * 60 * 1000),
    baseDelayMs: finiteOr(options?.baseDelayMs, 1000, 0, 60 * 60 * 1000),
  };
}

/**
 * Milliseconds a `Retry-After` header asks to wait: delay-seconds (`120`, Sentry also sends
 * fractions such as `0.5`) or an HTTP date. `undefined` when the header is absent or unreadable;
 * a date in the past is 0.
 */
export function parseRetryAfter(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (typeof header !== 'string') return undefined;
  const value = header.trim();
  if (value === '' || value.length > 64) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  // Only IMF dates are HTTP dates; Date.parse alone would accept "5" or "2024" as a year.
  if (!/[a-z]/i.test(value)) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return Math.max(0, time - now);
}

/** The wait before retry number `retry` (0-based) when the server gave no `Retry-After`. */
export function backoffDelay(options: ResolvedRetryOptions, retry: number): number {
  return Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
