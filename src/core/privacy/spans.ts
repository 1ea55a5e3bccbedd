import { isSecretKey } from './keys';
import { BEARER, CARD, decodedName, isCardNumber, MASKED, PAIR, PEM, USERINFO } from './text';

/** What kind of secret a span of text is. */
export type SecretKind = 'card' | 'bearer' | 'private-key' | 'url-credentials' | 'query-secret';

/** One piece of a text split by `splitSecrets`: plain, or a secret of some kind. */
export interface TextSpan {
  /** The text of this piece, as the input has it. */
  text: string;
  /** The kind of secret, absent for plain text. */
  secret?: SecretKind;
}

interface Range {
  start: number;
  end: number;
  kind: SecretKind;
}

/** Longest text `splitSecrets` splits; a longer one comes back whole, for `maskText` to mask. */
export const MAX_SPLIT_LENGTH = 100_000;

function collect(text: string): Range[] {
  const ranges: Range[] = [];
  const add = (start: number, end: number, kind: SecretKind) => {
    if (end > start) ranges.push({ start, end, kind });
  };
  if (text.includes('-----BEGIN')) {
    for (const m of text.matchAll(PEM)) {
      const start = m.index + (m[1] as string).length;
      const body = text.slice(start, m.index + m[0].length - (m[2] ?? '').length);
      // The BEGIN and END lines stay readable: they say what was there.
      const lead = body.length - body.trimStart().length;
      add(start + lead, start + lead + body.trim().length, 'private-key');
    }
  }
  if (/bearer/i.test(text)) {
    for (const m of text.matchAll(BEARER)) add(m.index + (m[1] as string).length, m.index + m[0].length, 'bearer');
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(USERINFO)) {
      const scheme = m[1] as string;
      const user = m[2] as string;
      const password = m[3];
      const userStart = m.index + scheme.length;
      if (password === undefined) add(userStart, userStart + user.length, 'url-credentials');
      else add(userStart + user.length + 1, userStart + user.length + password.length, 'url-credentials');
    }
  }
  if (text.includes('=')) {
    for (const m of text.matchAll(PAIR)) {
      const lead = m[1] as string;
      const name = m[2] as string;
      const value = m[3] as string;
      if (value === '' || value === MASKED || !isSecretKey(decodedName(name))) continue;
      const start = m.index + lead.length + name.length + 1;
      add(start, start + value.length, 'query-secret');
    }
  }
  if (/\d{4}/.test(text)) {
    for (const m of text.matchAll(CARD)) if (isCardNumber(m[0])) add(m.index, m.index + m[0].length, 'card');
  }
  return ranges;
}

/**
 * The text split into plain and secret spans by the rules `maskText` applies (card numbers,
 * bearer tokens, private key bodies, URL passwords, secret query values), so a view can mask
 * just the secret and leave the rest of a title or a message readable. Joined, the spans give
 * the text back. Overlapping secrets merge into one span (the first kind found wins). Never
 * throws; a text without secrets is one plain span.
 */
export function splitSecrets(text: string): TextSpan[] {
  if (typeof text !== 'string' || text === '') return typeof text === 'string' ? [] : [{ text: String(text) }];
  if (text.length > MAX_SPLIT_LENGTH) return [{ text }];
  const ranges = collect(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: TextSpan[] = [];
  let at = 0;
  let last: TextSpan | undefined;
  for (const range of ranges) {
    if (range.end <= at && last?.secret !== undefined) continue;
    if (range.start < at && last?.secret !== undefined) {
      // Overlaps the secret before it: extend that span.
      last.text += text.slice(at, range.end);
      at = range.end;
      continue;
    }
    if (range.start > at) spans.push({ text: text.slice(at, range.start) });
    last = { text: text.slice(range.start, range.end), secret: range.kind };
    spans.push(last);
    at = range.end;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

/** Whether any span of `splitSecrets` is a secret. */
export function hasSecrets(spans: readonly TextSpan[]): boolean {
  return spans.some((span) => span.secret !== undefined);
}
