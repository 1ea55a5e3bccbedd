import type { IssueQueryError } from './types';

/** One value as written: bare text, a quoted string, or one item of a list. */
export interface ScannedValue {
  text: string;
  quoted: boolean;
  position: number;
  length: number;
}

/** A lexical piece of a query, before keys and values are interpreted. */
export type ScannedToken =
  | {
      kind: 'filter';
      position: number;
      length: number;
      negated: boolean;
      rawKey: string;
      /** Offset just past the colon. */
      valuePosition: number;
      /** One value, or the items of `[a, b]`. */
      values: ScannedValue[];
      list: boolean;
    }
  /** `key:` followed by nothing: an error for a known key, plain text otherwise. */
  | { kind: 'empty-filter'; position: number; length: number; negated: boolean; rawKey: string }
  | { kind: 'text'; position: number; length: number; text: string; quoted: boolean }
  | { kind: 'invalid'; position: number; length: number; error: IssueQueryError };

const KEY = /!?(tags\[[^\]\s:"]+\]|[A-Za-z_][\w.-]*):/y;
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/** Reads a `"…"` string starting at `start` (the quote); `end` is -1 when it never closes. */
function readQuoted(query: string, start: number): { text: string; end: number } {
  let text = '';
  for (let i = start + 1; i < query.length; i++) {
    const ch = query[i]!;
    if (ch === '"') return { text, end: i + 1 };
    const next = query[i + 1];
    if (ch === '\\' && (next === '"' || next === '\\')) {
      text += next;
      i++;
    } else {
      text += ch;
    }
  }
  return { text, end: -1 };
}

/** An unclosed quote at `quote` spoils the token that began at `start`, up to the end. */
function unterminatedQuote(start: number, quote: number, query: string): ScannedToken {
  const error = { position: quote, length: query.length - quote, message: 'Unterminated quote' };
  return { kind: 'invalid', position: start, length: query.length - start, error };
}

/** Reads `[a, "b c"]` starting at the bracket; returns the items and the offset past `]`. */
function readList(query: string, start: number): { values: ScannedValue[]; end: number } | IssueQueryError {
  const values: ScannedValue[] = [];
  let i = start + 1;
  for (;;) {
    while (isSpace(query[i])) i++;
    const itemStart = i;
    if (query[i] === '"') {
      const quoted = readQuoted(query, i);
      if (quoted.end < 0) return { position: i, length: query.length - i, message: 'Unterminated quote' };
      values.push({ text: quoted.text, quoted: true, position: itemStart, length: quoted.end - itemStart });
      i = quoted.end;
      while (isSpace(query[i])) i++;
    } else {
      while (i < query.length && query[i] !== ',' && query[i] !== ']') i++;
      const text = query.slice(itemStart, i).trimEnd();
      if (i >= query.length) break;
      if (text === '') return { position: itemStart, length: 1, message: 'Empty value in list' };
      values.push({ text, quoted: false, position: itemStart, length: text.length });
    }
    if (query[i] === ']') return { values, end: i + 1 };
    if (query[i] !== ',') break;
    i++;
  }
  return { position: start, length: query.length - start, message: 'Unterminated list: expected "]"' };
}

/** Reads the value after `key:`; `valuePosition` is not at a space or the end. */
function scanFilter(query: string, start: number, rawKey: string, negated: boolean, valuePosition: number): ScannedToken {
  const first = query[valuePosition];
  if (first === '"') {
    const quoted = readQuoted(query, valuePosition);
    if (quoted.end < 0) return unterminatedQuote(start, valuePosition, query);
    const value = { text: quoted.text, quoted: true, position: valuePosition, length: quoted.end - valuePosition };
    return { kind: 'filter', position: start, length: quoted.end - start, negated, rawKey, valuePosition, values: [value], list: false };
  }
  if (first === '[') {
    const list = readList(query, valuePosition);
    if ('message' in list) return { kind: 'invalid', position: start, length: query.length - start, error: list };
    return { kind: 'filter', position: start, length: list.end - start, negated, rawKey, valuePosition, values: list.values, list: true };
  }
  let end = valuePosition;
  while (end < query.length && !isSpace(query[end])) end++;
  const value = { text: query.slice(valuePosition, end), quoted: false, position: valuePosition, length: end - valuePosition };
  return { kind: 'filter', position: start, length: end - start, negated, rawKey, valuePosition, values: [value], list: false };
}

/** Splits a query into filters, free-text words, quoted phrases and unreadable spans. */
export function scanIssueQuery(query: string): ScannedToken[] {
  const tokens: ScannedToken[] = [];
  let i = 0;
  while (i < query.length) {
    if (isSpace(query[i])) {
      i++;
      continue;
    }
    const start = i;
    if (query[i] === '"') {
      const quoted = readQuoted(query, i);
      if (quoted.end < 0) {
        tokens.push(unterminatedQuote(start, start, query));
        break;
      }
      tokens.push({ kind: 'text', position: start, length: quoted.end - start, text: quoted.text, quoted: true });
      i = quoted.end;
      continue;
    }
    KEY.lastIndex = i;
    const key = KEY.exec(query);
    if (key) {
      const negated = key[0].startsWith('!');
      const valuePosition = i + key[0].length;
      if (valuePosition >= query.length || isSpace(query[valuePosition])) {
        tokens.push({ kind: 'empty-filter', position: start, length: key[0].length, negated, rawKey: key[1]! });
        i = valuePosition;
        continue;
      }
      const token = scanFilter(query, start, key[1]!, negated, valuePosition);
      tokens.push(token);
      i = start + token.length;
      continue;
    }
    while (i < query.length && !isSpace(query[i])) i++;
    tokens.push({ kind: 'text', position: start, length: i - start, text: query.slice(start, i), quoted: false });
  }
  return tokens;
}
