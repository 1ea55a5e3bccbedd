import { parseIssueQuery } from '../src/core/search/parse';
import type { IssueFilter } from '../src/core/search/types';
import { HttpError } from './http';

/** A WHERE fragment over `events` and its parameters. */
export interface EventSql {
  where: string;
  params: (string | number)[];
}

// A query is a few filters; hundreds would only make the SQL large.
const MAX_TERMS = 20;
// Event columns a filter can name directly; any other key is an SDK tag.
const COLUMNS: Readonly<Record<string, string | undefined>> = Object.assign(Object.create(null), {
  environment: 'environment',
  release: 'release',
  level: 'level',
});

/** A search value as a LIKE pattern: `*` is any text, LIKE's own wildcards are literal. */
function likePattern(value: string, contains: boolean): string {
  const escaped = value.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`).replace(/\*/g, '%');
  return contains ? `%${escaped}%` : escaped;
}

// The SDK's tags, sent as an object or as a list of pairs, as (key, value) rows.
const TAG_ROWS = `json_each(CASE json_type(events.raw, '$.tags') WHEN 'object' THEN json_extract(events.raw, '$.tags')
  WHEN 'array' THEN json_extract(events.raw, '$.tags') ELSE '[]' END)`;
const TAG_KEY = `CASE json_type(events.raw, '$.tags') WHEN 'object' THEN t.key ELSE coalesce(json_extract(t.value, '$[0]'), json_extract(t.value, '$.key')) END`;
const TAG_VALUE = `CASE json_type(events.raw, '$.tags') WHEN 'object' THEN t.value ELSE coalesce(json_extract(t.value, '$[1]'), json_extract(t.value, '$.value')) END`;
// What free text looks in: the message, the log entry, the exception's type and value, the transaction.
const TEXT = `lower(coalesce(json_extract(events.raw, '$.message'), '') || ' ' || coalesce(json_extract(events.raw, '$.logentry.formatted'), '') || ' '
  || coalesce(json_extract(events.raw, '$.logentry.message'), '') || ' ' || coalesce(json_extract(events.raw, '$.exception.values[#-1].type'), '') || ' '
  || coalesce(json_extract(events.raw, '$.exception.values[#-1].value'), '') || ' ' || coalesce(json_extract(events.raw, '$.transaction'), ''))`;

function filterSql(filter: IssueFilter): EventSql {
  if (filter.type !== 'value') throw new HttpError(400, `${filter.rawKey}: is a filter on issues, not on events`);
  const key = filter.field === 'tag' ? filter.key : filter.field;
  const column = COLUMNS[key];
  if (filter.field !== 'tag' && column === undefined) throw new HttpError(400, `${filter.rawKey}: is a filter on issues, not on events`);
  const alternatives = filter.values.map((value) =>
    column !== undefined
      ? { sql: `lower(coalesce(${column}, '')) LIKE ? ESCAPE '\\'`, params: [likePattern(value, false)] }
      : { sql: `EXISTS (SELECT 1 FROM ${TAG_ROWS} t WHERE ${TAG_KEY} = ? AND lower(CAST(${TAG_VALUE} AS TEXT)) LIKE ? ESCAPE '\\')`, params: [key, likePattern(value, false)] },
  );
  const sql = `(${alternatives.map((part) => part.sql).join(' OR ')})`;
  return { where: filter.negated ? `NOT ${sql}` : sql, params: alternatives.flatMap((part) => part.params) };
}

/**
 * Sentry's search syntax over an issue's events: `environment:`, `release:`, `level:`, any
 * other key as an SDK tag (`browser:Chrome*`, `!os:Windows`, `key:[a, b]`), and free text in the
 * message, exception and transaction. A query it cannot read is a 400 that says why.
 */
export function eventQuerySql(query: string): EventSql {
  if (query.length > 1000) throw new HttpError(400, 'query must be at most 1000 characters');
  const parsed = parseIssueQuery(query);
  const [error] = parsed.errors;
  if (error) throw new HttpError(400, `query: ${error.message}`);
  if (parsed.filters.length + parsed.freeText.length > MAX_TERMS) throw new HttpError(400, `query has more than ${MAX_TERMS} terms`);
  const parts = parsed.filters.map(filterSql);
  for (const text of parsed.freeText) parts.push({ where: `${TEXT} LIKE ? ESCAPE '\\'`, params: [likePattern(text, true)] });
  if (parts.length === 0) return { where: '1', params: [] };
  return { where: parts.map((part) => part.where).join(' AND '), params: parts.flatMap((part) => part.params) };
}
