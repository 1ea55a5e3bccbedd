import { ISSUE_IS_VALUES, lookupIssueSearchKey, tagKeyOf } from './keys';
import { type ScannedToken, type ScannedValue, scanIssueQuery } from './tokenize';
import type { IssueFilter, IssueQueryError, IssueQueryToken, ParsedIssueQuery } from './types';
import { readIssueDate, readIssueNumber } from './values';

const IS_VALUES = /* @__PURE__ */ new Set<string>(ISSUE_IS_VALUES);

type FilterToken = Extract<ScannedToken, { kind: 'filter' }>;
type Interpretation = { filter: IssueFilter } | { error: IssueQueryError };

function valueError(value: ScannedValue, message: string, offset = 0, length = value.length): { error: IssueQueryError } {
  // A quoted value's text starts one character after its quote.
  const start = value.position + (value.quoted ? 1 : 0) + offset;
  return { error: { position: start, length: Math.max(1, length), message } };
}

/** Gives a scanned `key:value` its meaning: a typed filter, or the error that stops it. */
function interpretFilter(token: FilterToken): Interpretation {
  const { rawKey, negated, position, length, values, list } = token;
  const base = { rawKey, negated, position, length };
  const tagKey = tagKeyOf(rawKey);
  const known = tagKey === undefined ? lookupIssueSearchKey(rawKey) : undefined;
  if (!known) {
    const texts = values.map((v) => v.text);
    return { filter: { ...base, type: 'value', field: 'tag', key: tagKey ?? rawKey, values: texts } };
  }
  const { canonical, spec } = known;
  if (spec.type === 'value') {
    if (spec.field === 'is') {
      const unknown = values.find((v) => !IS_VALUES.has(v.text.toLowerCase()));
      if (unknown) return valueError(unknown, `Unknown value "${unknown.text}" for is: expected ${ISSUE_IS_VALUES.join(', ')}`);
    }
    return { filter: { ...base, type: 'value', field: spec.field, key: canonical, values: values.map((v) => v.text) } };
  }
  const value = values[0]!;
  if (list) {
    const listLength = position + length - token.valuePosition;
    return { error: { position: token.valuePosition, length: listLength, message: `${rawKey} takes one value, not a list` } };
  }
  if (spec.type === 'number') {
    const reading = readIssueNumber(value.text, rawKey);
    if (!reading.ok) return valueError(value, reading.message, reading.offset, reading.length);
    return { filter: { ...base, type: 'number', field: spec.field, key: canonical, ...reading.value } };
  }
  const reading = readIssueDate(value.text, rawKey);
  if (!reading.ok) return valueError(value, reading.message, reading.offset, reading.length);
  return { filter: { ...base, type: 'date', field: spec.field, key: canonical, ...reading.value } };
}

/**
 * Parses Sentry's issue search syntax: free text, `key:value`, `key:"a b"`, `!key:value`,
 * `key:[a, b]`, `*` wildcards, `is:`, counts (`times_seen:>100`) and dates (`lastSeen:-24h`,
 * `firstSeen:>2026-01-01`). Unknown keys are tag keys, as in Sentry. Never throws: problems are
 * returned in `errors` with their position, and the filters they affect are left out.
 */
export function parseIssueQuery(query: string): ParsedIssueQuery {
  const tokens: IssueQueryToken[] = [];
  const filters: IssueFilter[] = [];
  const freeText: string[] = [];
  const errors: IssueQueryError[] = [];
  const source = (t: { position: number; length: number }) => query.slice(t.position, t.position + t.length);
  for (const token of scanIssueQuery(query)) {
    const span = { position: token.position, length: token.length, text: source(token) };
    if (token.kind === 'text') {
      if (token.text !== '') freeText.push(token.text);
      tokens.push({ type: 'text', ...span });
    } else if (token.kind === 'invalid') {
      errors.push(token.error);
      tokens.push({ type: 'invalid', ...span });
    } else if (token.kind === 'empty-filter') {
      // Pasted messages such as `TypeError: x` read as text; only a known key needs a value.
      if (tagKeyOf(token.rawKey) === undefined && !lookupIssueSearchKey(token.rawKey)) {
        freeText.push(span.text);
        tokens.push({ type: 'text', ...span });
      } else {
        errors.push({ position: token.position, length: token.length, message: `Missing value for ${token.rawKey}` });
        tokens.push({ type: 'invalid', ...span });
      }
    } else {
      const result = interpretFilter(token);
      if ('error' in result) {
        errors.push(result.error);
        tokens.push({ type: 'invalid', ...span });
      } else {
        tokens.push({ type: 'filter', ...span, filterIndex: filters.length });
        filters.push(result.filter);
      }
    }
  }
  return { query, tokens, filters, freeText, errors };
}
