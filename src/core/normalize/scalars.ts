import type { Level, Timestamp } from '../model';
import type { FieldReader } from './primitives';
import { report } from './reader';

/** Years 0000-9999: outside them ISO strings need a sign and six-digit years, which RFC 3339 has not. */
const MIN_TIME_MS = -62167219200000;
// 9999-12-31T23:59:59.999Z, the last instant RFC 3339 can write.
const MAX_TIME_MS = 253402300799999;

/** The two-digit number at `at`, or -1 when either character is not a digit. */
function twoDigitsAt(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/** The four-digit year the text starts with, or -1. */
function yearAt(text: string): number {
  const century = twoDigitsAt(text, 0);
  const rest = twoDigitsAt(text, 2);
  return century < 0 || rest < 0 ? -1 : century * 100 + rest;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const pad3 = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

/**
 * ISO form of a UTC time in milliseconds, as `Date#toISOString` writes it for years
 * 0000-9999, without building a Date: days to a civil date (Hinnant's algorithm).
 */
function isoFromMilliseconds(ms: number): Timestamp {
  const days = Math.floor(ms / 86_400_000);
  let rest = ms - days * 86_400_000;
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  const yearText = year < 1000 ? `000${year}`.slice(-4) : `${year}`;
  return `${yearText}-${pad2(month)}-${pad2(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(millis)}Z`;
}

function fromMilliseconds(time: number): Timestamp | undefined {
  const ms = Math.floor(time);
  if (!(ms >= MIN_TIME_MS && ms <= MAX_TIME_MS)) return undefined;
  return isoFromMilliseconds(ms);
}

/**
 * The common case without Date: `YYYY-MM-DDTHH:MM:SS[.fraction]` in UTC (`Z`, `+00:00` or
 * no zone), checked field by field and cut to milliseconds. `undefined` for anything else.
 */
function fastUtcTimestamp(text: string): Timestamp | undefined {
  const length = text.length;
  if (length < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const separator = text.charCodeAt(10);
  if (separator !== 84 && separator !== 116 && separator !== 32) return undefined;
  if (text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const year = yearAt(text);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hours = twoDigitsAt(text, 11);
  const minutes = twoDigitsAt(text, 14);
  const seconds = twoDigitsAt(text, 17);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59) return undefined;
  let end = 19;
  if (text.charCodeAt(end) === 46) {
    end++;
    while (end < length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    if (end === 20) return undefined;
  }
  const zone = text.slice(end);
  if (zone !== '' && zone !== 'Z' && zone !== 'z' && zone !== '+00:00' && zone !== '-00:00' && zone !== '+0000') return undefined;
  // Breadcrumb timestamps mostly come in these two forms: the written form itself, kept
  // as is, and a finer fraction after `T`, cut with one slice instead of rebuilt piece by piece.
  if (separator === 84 && end === 23 && zone === 'Z') return text;
  if (separator === 84 && end > 23) return `${text.slice(0, 23)}Z`;
  const millis = end === 19 ? '000' : `${text.slice(20, Math.min(end, 23))}00`.slice(0, 3);
  return `${text.slice(0, 10)}T${text.slice(11, 19)}.${millis}Z`;
}

/** Milliseconds of other RFC 3339 date-times (offsets, dates alone); a missing zone means UTC. */
function parseDateTime(text: string): number | undefined {
  if (text.length < 10 || text.length > 40) return undefined;
  const year = yearAt(text);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (text[4] !== '-' || text[7] !== '-') return undefined;
  if (text.length === 10) return Date.parse(`${text}T00:00:00Z`);
  const separator = text[10];
  if (separator !== 'T' && separator !== 't' && separator !== ' ') return undefined;
  let zoned = false;
  for (let at = 11; at < text.length; at++) {
    const char = text[at];
    if (char === 'Z' || char === 'z' || char === '+' || char === '-') {
      zoned = true;
      break;
    }
  }
  const iso = `${text.slice(0, 10)}T${text.slice(11)}${zoned ? '' : 'Z'}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : time;
}

/** Converts Sentry's timestamp forms (float or int seconds, RFC 3339 with or without zone) to ISO 8601 UTC. */
export function toTimestamp(value: unknown): Timestamp | undefined {
  if (typeof value === 'number') return fromMilliseconds(value * 1000);
  if (typeof value !== 'string') return undefined;
  const fast = fastUtcTimestamp(value);
  if (fast !== undefined) return fast;
  const time = parseDateTime(value);
  return time === undefined ? undefined : fromMilliseconds(time);
}

/** A timestamp field; numeric strings are read as seconds and repaired. */
export const readTimestamp: FieldReader<Timestamp> = (ctx, value, path, key) => {
  const timestamp = toTimestamp(value);
  if (timestamp !== undefined) return timestamp;
  if (typeof value === 'string' && value.length > 0 && value.length < 32) {
    const seconds = Number(value);
    const repaired = Number.isFinite(seconds) ? fromMilliseconds(seconds * 1000) : undefined;
    if (repaired !== undefined) {
      report(ctx, path, key, 'timestamp (seconds or RFC 3339)', value, 'repaired');
      return repaired;
    }
  }
  report(ctx, path, key, 'timestamp (seconds or RFC 3339)', value, 'dropped');
  return undefined;
};

const LEVEL_NAMES: Record<string, Level> = {
  fatal: 'fatal',
  critical: 'fatal',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  log: 'info',
  debug: 'debug',
  trace: 'debug',
};

/** Python logging levels, which some SDKs send as numbers. */
const PYTHON_LEVELS: Record<number, Level> = { 50: 'fatal', 40: 'error', 30: 'warning', 20: 'info', 10: 'debug' };

/** Reads a level the way Sentry accepts it: any case, aliases and numeric Python levels. */
export function toLevel(value: unknown): Level | undefined {
  if (typeof value === 'number') return PYTHON_LEVELS[value];
  if (typeof value !== 'string' || value.length > 16) return undefined;
  const lower = value.toLowerCase();
  return Object.hasOwn(LEVEL_NAMES, lower) ? LEVEL_NAMES[lower] : undefined;
}

/** A level field; an unknown level is a `dropped` problem. */
export const readLevel: FieldReader<Level> = (ctx, value, path, key) => {
  const level = toLevel(value);
  if (level === undefined) report(ctx, path, key, 'level (fatal, error, warning, info, debug)', value, 'dropped');
  return level;
};
