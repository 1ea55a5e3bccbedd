import { lookupIssueSearchKey, tagKeyOf } from './keys';
import { parseIssueQuery } from './parse';
import { scanIssueQuery } from './tokenize';
import type { ParsedIssueQuery } from './types';

/** Why a span of a query cannot filter yet. */
export type IssueQueryGapKind =
  /** `browser.name:` or `level:` with nothing after the colon, or only an operator (`times_seen:>`). */
  | 'missing-value'
  /** A `"` that never closes. */
  | 'unclosed-quote'
  /** A `[` list without its `]`, or with an empty item. */
  | 'unclosed-list'
  /** A value the key does not take: an unknown operator, `is:` value, unit or date. */
  | 'invalid-value';

/** One span of a query that keeps it from filtering. */
export interface IssueQueryGap {
  kind: IssueQueryGapKind;
  /** Offset of the span in the query. */
  position: number;
  /** Length of the span (at least 1, except at the very end of the query). */
  length: number;
  /** The key as written (`browser.name`), when the span belongs to a filter. */
  key?: string;
  /** The parser's own wording, for `invalid-value`. */
  detail: string;
}

/** Whether a query can filter now, and if not, where and why. */
export interface IssueQueryCompleteness {
  /** True when every token is finished: the query may apply as it is typed. */
  complete: boolean;
  /**
   * What blocks the query from applying even on Enter. Empty with `complete: false` means only
   * the last word is ambiguous (`TypeError:` may be pasted text or a key being typed): it waits
   * while typing and applies on Enter.
   */
  gaps: IssueQueryGap[];
}

// A tag key shows in how it is written: Sentry's dotted keys (`browser.name`) or `tags[x]`.
const looksLikeKey = (rawKey: string) => rawKey.includes('.') || tagKeyOf(rawKey) !== undefined || lookupIssueSearchKey(rawKey) !== undefined;
// The scanner gives an unreadable span no key; its text still starts with one (`message:"ab`).
const LEADING_KEY = /^!?(tags\[[^\]\s:"]+\]|[A-Za-z_][\w.-]*):/;
const ONLY_OPERATOR = /^(?:[<>]=?|=|!)$/;
type Scanned = ReturnType<typeof scanIssueQuery>[number];
const operatorOnly = (token: Scanned | undefined) =>
  token?.kind === 'filter' && !token.list && token.values.length === 1 && !token.values[0]!.quoted && ONLY_OPERATOR.test(token.values[0]!.text);

function kindOf(message: string): IssueQueryGapKind {
  if (/^Unterminated quote/.test(message)) return 'unclosed-quote';
  if (/^(Unterminated list|Empty value in list)/.test(message)) return 'unclosed-list';
  if (/^Missing value/.test(message)) return 'missing-value';
  return 'invalid-value';
}

/**
 * Tells whether a search query is finished enough to filter, in Sentry's syntax. A half-typed
 * filter (`browser.name:` with no value, an unclosed quote or list, `times_seen:>` or an operator
 * a key does not take) should not empty the list: the last good result stays and the span is
 * shown. Never throws; pass `parsed` when the query is already parsed.
 */
export function getIssueQueryCompleteness(query: string, parsed: ParsedIssueQuery = parseIssueQuery(query)): IssueQueryCompleteness {
  const gaps: IssueQueryGap[] = [];
  const scanned = scanIssueQuery(query);
  for (const error of parsed.errors) {
    const token = scanned.find((t) => t.position <= error.position && error.position <= t.position + t.length);
    const key = token && 'rawKey' in token ? token.rawKey : token ? LEADING_KEY.exec(query.slice(token.position))?.[1] : undefined;
    const kind = operatorOnly(token) ? 'missing-value' : kindOf(error.message);
    gaps.push({ kind, position: error.position, length: error.length, ...(key === undefined ? {} : { key }), detail: error.message });
  }
  let trailingAmbiguous = false;
  scanned.forEach((token, i) => {
    // The parser reads an unknown `key:` with nothing after it as text; a dotted or tag key is not text.
    if (token.kind === 'empty-filter' && tagKeyOf(token.rawKey) === undefined && !lookupIssueSearchKey(token.rawKey)) {
      if (looksLikeKey(token.rawKey)) {
        gaps.push({ kind: 'missing-value', position: token.position, length: token.length, key: token.rawKey, detail: `Missing value for ${token.rawKey}` });
      } else if (i === scanned.length - 1 && token.position + token.length === query.length) {
        trailingAmbiguous = true;
      }
    }
    // A tag takes any text, so the parser lets `browser.name:>` through; an operator alone is unfinished.
    if (token.kind === 'filter' && operatorOnly(token)) {
      if (!gaps.some((gap) => gap.position >= token.position && gap.position < token.position + token.length)) {
        gaps.push({ kind: 'missing-value', position: token.position, length: token.length, key: token.rawKey, detail: `Missing value for ${token.rawKey}` });
      }
    }
  });
  gaps.sort((a, b) => a.position - b.position);
  return { complete: gaps.length === 0 && !trailingAmbiguous, gaps };
}
