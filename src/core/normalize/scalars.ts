import type { Level, Timestamp } from '../model';
import type { FieldReader } from './primitives';
import { report } from './reader';

/** Years 0000-9999: outside them ISO strings need a sign and six-digit years, which RFC 3339 has not. */
const MIN_TIME_MS = -62167219200000;
const MAX_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Milliseconds of an RFC 3339 date-time; a missing zone means UTC, as Sentry reads it. */
function parseDateTime(text: string): number | undefined {
  if (text.length < 10 || text.length > 40) return undefined;
  for (const at of [0, 1, 2, 3, 5, 6, 8, 9]) if (!isDigit(text.charCodeAt(at))) return undefined;
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

function fromMilliseconds(time: number): Timestamp | undefined {
  const ms = Math.floor(time);
  if (!(ms >= MIN_TIME_MS && ms <= MAX_TIME_MS)) return undefined;
  return new Date(ms).toISOString();
}

/** Converts Sentry's timestamp forms (float or int seconds, RFC 3339 with or without zone) to ISO 8601 UTC. */
export function toTimestamp(value: unknown): Timestamp | undefined {
  if (typeof value === 'number') return fromMilliseconds(value * 1000);
  if (typeof value !== 'string') return undefined;
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
