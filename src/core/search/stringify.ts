import { parseIssueQuery } from './parse';
import type { IssueFilter, ParsedIssueQuery } from './types';

// Characters that would end a bare value or change how it is read.
const BARE_VALUE = /^[^\s"[\],]+$/;
const BARE_TEXT = /^[^\s":]+$/;

function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function formatValue(value: string): string {
  return BARE_VALUE.test(value) ? value : quote(value);
}

/** A free-text term as it must be written to read back as the same term. */
function formatText(term: string): string {
  return BARE_TEXT.test(term) ? term : quote(term);
}

/** Writes one filter back as query text, in its canonical form. */
export function stringifyIssueFilter(filter: IssueFilter): string {
  const prefix = `${filter.negated ? '!' : ''}${filter.type === 'value' && filter.field === 'tag' && filter.rawKey !== filter.key ? `tags[${filter.key}]` : filter.rawKey}:`;
  if (filter.type === 'value') {
    const { values } = filter;
    return prefix + (values.length === 1 ? formatValue(values[0]!) : `[${values.map(formatValue).join(', ')}]`);
  }
  const operator = filter.operator === '=' ? '' : filter.operator;
  if (filter.type === 'number') return `${prefix}${operator}${filter.value}`;
  const { date } = filter;
  if (date.kind === 'relative') return `${prefix}${date.direction === 'within' ? '-' : '+'}${date.amount}${date.unit}`;
  return `${prefix}${operator}${date.text}`;
}

/**
 * Writes filters (and free-text terms) back as a query that parses to the same filters:
 * values are quoted where needed, lists bracketed, operators and dates kept as typed.
 */
export function stringifyIssueQuery(filters: readonly IssueFilter[], freeText: readonly string[] = []): string {
  return [...filters.map(stringifyIssueFilter), ...freeText.map(formatText)].join(' ');
}

/** One filter shown as a removable chip, with where it sits in the query. */
export interface IssueQueryChip {
  /** Index into `parsed.filters`; pass it to `removeIssueQueryFilter`. */
  filterIndex: number;
  key: string;
  negated: boolean;
  /** Short text for the chip, such as `level: error` or `times_seen: >100`. */
  label: string;
  position: number;
  length: number;
}

/** Lists a query's filters as chips in source order. */
export function getIssueQueryChips(parsed: ParsedIssueQuery): IssueQueryChip[] {
  return parsed.filters.map((filter, filterIndex) => {
    const text = stringifyIssueFilter(filter);
    const colon = text.indexOf(':');
    return {
      filterIndex,
      key: filter.key,
      negated: filter.negated,
      label: `${text.slice(0, colon + 1)} ${text.slice(colon + 1)}`,
      position: filter.position,
      length: filter.length,
    };
  });
}

/**
 * Removes the filter at `filterIndex` (as numbered by `parseIssueQuery(query).filters`) from
 * the query text, keeping the rest as typed and closing the gap it leaves.
 */
export function removeIssueQueryFilter(query: string, filterIndex: number): string {
  const filter = parseIssueQuery(query).filters[filterIndex];
  if (!filter) return query;
  const before = query.slice(0, filter.position).replace(/\s+$/, '');
  const after = query.slice(filter.position + filter.length).replace(/^\s+/, '');
  return before && after ? `${before} ${after}` : before + after;
}
