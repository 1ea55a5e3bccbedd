import { HttpError } from './http';

/** A page of results with Sentry's `Link` header describing its neighbours. */
export interface Page<T> {
  items: T[];
  link: string;
}

/** Largest `limit` the list endpoints accept, as in Sentry. */
export const MAX_LIMIT = 100;

/** Reads `limit`: a whole number in 1..100, or the endpoint's default. */
export function readLimit(url: URL, fallback: number): number {
  const text = url.searchParams.get('limit');
  if (text === null || text === '') return fallback;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new HttpError(400, `limit must be a positive whole number, got "${text.slice(0, 40)}"`);
  return Math.min(limit, MAX_LIMIT);
}

/**
 * Reads a cursor. Sentry's are `value:offset:is_prev`; this server's value part is always 0 and
 * the offset is a plain row offset, so cursors stay valid while new events arrive at the top.
 */
export function readCursorOffset(url: URL): number {
  const cursor = url.searchParams.get('cursor');
  if (cursor === null || cursor === '') return 0;
  const match = /^(\d{1,15}):(\d{1,9}):([01])$/.exec(cursor);
  if (!match) throw new HttpError(400, `invalid cursor "${cursor.slice(0, 60)}"`);
  return Number(match[2]);
}

function linkTo(url: URL, cursor: string, rel: 'previous' | 'next', results: boolean): string {
  const target = new URL(url);
  target.searchParams.set('cursor', cursor);
  return `<${target.toString()}>; rel="${rel}"; results="${results}"; cursor="${cursor}"`;
}

/** The `Link` header of the page at `offset` of a list of `total` items. */
export function pageLink(publicUrl: URL, offset: number, limit: number, total: number): string {
  const previousOffset = Math.max(0, offset - limit);
  return [
    linkTo(publicUrl, `0:${previousOffset}:1`, 'previous', offset > 0),
    linkTo(publicUrl, `0:${offset + limit}:0`, 'next', offset + limit < total),
  ].join(', ');
}

/** Slices one page out of `all` and builds the `Link` header for it. */
export function paginate<T>(all: readonly T[], url: URL, publicUrl: URL, limit: number): Page<T> {
  const offset = readCursorOffset(url);
  return { items: all.slice(offset, offset + limit), link: pageLink(publicUrl, offset, limit, all.length) };
}
