import type { SentryResponse } from './transport';
import { cursorsFromLinkHeader } from './linkHeader';
import type { SentryPage, SentryResult } from './types';

// The organization bulk endpoints take at most 1000 ids.
const MAX_BULK_IDS = 1000;

/** One path segment, escaped; empty and dot segments would change which resource is meant. */
export function segment(name: string, value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || text.trim() === '' || text === '.' || text === '..') {
    throw new TypeError(`Sentry client: ${name} must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}`);
  }
  return encodeURIComponent(text);
}

/** Issue ids, trimmed and deduplicated; throws on empty ones, too few or too many. */
export function issueIds(ids: readonly (string | number)[] | undefined, min: number): string[] {
  if (!Array.isArray(ids)) throw new TypeError('Sentry client: ids must be a list of issue ids');
  const unique = [...new Set(ids.map((id) => String(id).trim()))];
  if (unique.some((id) => id === '')) throw new TypeError('Sentry client: an issue id is empty');
  if (unique.length < min) throw new TypeError(`Sentry client: needs at least ${min} issue id${min === 1 ? '' : 's'}`);
  if (unique.length > MAX_BULK_IDS) throw new TypeError(`Sentry client: at most ${MAX_BULK_IDS} issue ids per call`);
  return unique;
}

function hitsOf(response: SentryResponse): number | undefined {
  const value = response.headers.get('x-hits');
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

/** A list response as a page, with the cursors of its `Link` header and its `X-Hits`. */
export function pageOf<T>(response: SentryResponse, normalized: { value: T[]; problems: SentryResult<T>['problems'] }): SentryPage<T> {
  const { nextCursor, previousCursor } = cursorsFromLinkHeader(response.headers.get('link'));
  return {
    data: normalized.value,
    problems: normalized.problems,
    raw: response.body,
    url: response.url,
    status: response.status,
    nextCursor,
    previousCursor,
    hits: hitsOf(response),
  };
}

/** A single-object response as a result: the normalized value, its problems and the raw answer. */
export function resultOf<T>(response: SentryResponse, normalized: { value: T; problems: SentryResult<T>['problems'] }): SentryResult<T> {
  return { data: normalized.value, problems: normalized.problems, raw: response.body, url: response.url, status: response.status };
}
