import type { AbsoluteIssueDate, IssueQueryOperator, RelativeIssueDate } from './types';

/** A value read, or the reason it could not be, relative to the value's own start. */
export type ValueReading<T> = { ok: true; value: T } | { ok: false; offset: number; length: number; message: string };

const OPERATOR = /^(>=|<=|>|<|=)?/;

/** Splits a leading comparison operator off a value. */
export function splitIssueOperator(text: string): { operator: IssueQueryOperator; rest: string; width: number } {
  const op = OPERATOR.exec(text)?.[1] as IssueQueryOperator | undefined;
  return { operator: op ?? '=', rest: op ? text.slice(op.length) : text, width: op?.length ?? 0 };
}

const NUMBER = /^(\d+(?:\.\d+)?)([kmb])?$/i;
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

/** Reads `>100`, `<=5`, `1.5k` (Sentry's k/m/b suffixes) for a count key. */
export function readIssueNumber(text: string, key: string): ValueReading<{ operator: IssueQueryOperator; value: number }> {
  const { operator, rest, width } = splitIssueOperator(text);
  const match = NUMBER.exec(rest);
  if (!match) {
    return {
      ok: false,
      offset: width,
      length: Math.max(rest.length, 1),
      message: `Expected a number for ${key}, such as >100 or <=5`,
    };
  }
  const suffix = match[2]?.toLowerCase();
  const value = Number(match[1]) * (suffix ? SUFFIX[suffix]! : 1);
  // Beyond this a count would print as 1e+21 and no longer read back as the same query.
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, offset: width, length: rest.length, message: `${key} is too large` };
  return { ok: true, value: { operator, value } };
}

const RELATIVE = /^([+-])(\d+)([a-z]*)$/i;
const ABSOLUTE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const UNITS = new Set(['m', 'h', 'd', 'w']);
const UNIT_MS: Record<RelativeIssueDate['unit'], number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds in `amount` of `unit`. */
export function relativeIssueDateMs(date: RelativeIssueDate): number {
  return date.amount * UNIT_MS[date.unit];
}

function readAbsolute(text: string): AbsoluteIssueDate | undefined {
  const match = ABSOLUTE.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour] = match;
  const dayOnly = hour === undefined;
  const dayStart = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const check = new Date(dayStart);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  // ISO strings without a zone are local time in JS; Sentry reads them as UTC.
  const time = dayOnly ? dayStart : Date.parse(match[8] ? text : `${text}Z`);
  if (Number.isNaN(time)) return undefined;
  return { kind: 'absolute', text, time, dayOnly };
}

/** Reads `-24h`, `+7d`, `>2026-01-01`, `<=2026-01-01T10:00:00Z` for a date key. */
export function readIssueDate(
  text: string,
  key: string,
): ValueReading<{ operator: IssueQueryOperator; date: RelativeIssueDate | AbsoluteIssueDate }> {
  const relative = RELATIVE.exec(text);
  if (relative) {
    const unit = relative[3]!.toLowerCase();
    if (!UNITS.has(unit)) {
      const offset = 1 + relative[2]!.length;
      return { ok: false, offset, length: Math.max(unit.length, 1), message: `Unknown time unit "${relative[3]}": use m, h, d or w` };
    }
    const date: RelativeIssueDate = {
      kind: 'relative',
      direction: relative[1] === '-' ? 'within' : 'older',
      amount: Number(relative[2]),
      unit: unit as RelativeIssueDate['unit'],
    };
    return { ok: true, value: { operator: '=', date } };
  }
  const { operator, rest, width } = splitIssueOperator(text);
  const date = readAbsolute(rest);
  if (!date) {
    return {
      ok: false,
      offset: width,
      length: Math.max(rest.length, 1),
      message: `Expected a date for ${key}, such as -24h, +7d or >2026-01-01`,
    };
  }
  return { ok: true, value: { operator, date } };
}
