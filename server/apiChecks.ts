import type { IncomingMessage } from 'node:http';
import { ISSUE_SORTS, resolveIssueSort } from '../src/core';
import { HttpError } from './http';
import { STATS_PERIODS } from './issues';

// Own keys only: a plain-object lookup would take `toString`, `constructor` or `__proto__` from
// Object.prototype as a known value.
const STATS_PERIOD_NAMES: ReadonlySet<string> = new Set(['', ...Object.keys(STATS_PERIODS)]);
const SORTS: ReadonlySet<string> = new Set(ISSUE_SORTS.map((sort) => sort.value));

const quoted = (value: string) => `"${value.slice(0, 40)}"`;

/**
 * Checks the list parameters that name a known value (`sort`, `statsPeriod`) or a range
 * (`start` / `end`) before anything looks them up, answering 400 with the values allowed.
 */
export function checkListParams(url: URL): void {
  const sort = url.searchParams.get('sort');
  if (sort !== null && sort !== '') {
    const resolved = resolveIssueSort(sort);
    if (typeof resolved !== 'string' || !SORTS.has(resolved)) throw new HttpError(400, `invalid sort ${quoted(sort)}: use ${[...SORTS].join(', ')}`);
  }
  const period = url.searchParams.get('statsPeriod');
  if (period !== null && !STATS_PERIOD_NAMES.has(period)) {
    throw new HttpError(400, `invalid statsPeriod ${quoted(period)}: use ${[...STATS_PERIOD_NAMES].map((name) => `"${name}"`).join(', ')}`);
  }
  // An absolute range as Sentry takes it: both ends, ISO 8601, start before end.
  const start = url.searchParams.get('start');
  const end = url.searchParams.get('end');
  if (start === null && end === null) return;
  if (start === null || end === null) throw new HttpError(400, 'start and end go together: give both, or neither');
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from)) throw new HttpError(400, `invalid start ${quoted(start)}: use an ISO 8601 date-time`);
  if (Number.isNaN(to)) throw new HttpError(400, `invalid end ${quoted(end)}: use an ISO 8601 date-time`);
  if (from >= to) throw new HttpError(400, 'start must be before end');
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json[ \t]*(?:;|$)/i;

/**
 * A request that carries a body must say it is JSON: the only body this API reads. A form or a
 * `text/plain` post is what a page on another origin can send without asking first.
 */
export function requireJsonContentType(request: IncomingMessage): void {
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  if (!hasBody) return;
  const type = request.headers['content-type'];
  if (typeof type !== 'string' || !JSON_TYPE.test(type)) {
    throw new HttpError(415, `Unsupported media type "${String(type ?? '').slice(0, 60)}" in request: send Content-Type: application/json`);
  }
}
