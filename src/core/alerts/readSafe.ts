import type { Problem } from '../model';
import { describeValue } from '../normalize/reader';

/** Problems one alert normalization lists; a hostile list of rules stops adding past this. */
const PROBLEM_LIMIT = 100;

/** Reads `record[key]`; a throwing getter or a revoked Proxy reads as `undefined`. */
export function readKey(record: unknown, key: string): unknown {
  try {
    if (typeof record !== 'object' || record === null) return undefined;
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** The items of a list, or an empty list; never throws on a hostile array. */
export function readList(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? Array.from(value) : [];
  } catch {
    return [];
  }
}

/** A non-empty trimmed string, or `undefined`; ids given as numbers become strings. */
export function readText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number, from a number or a numeric string. */
export function readNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** Collects problems up to the limit. */
export function problemList(): { problems: Problem[]; add: (path: string, expected: string, found: unknown, action?: Problem['action']) => void } {
  const problems: Problem[] = [];
  return {
    problems,
    add(path, expected, found, action = 'dropped') {
      if (problems.length < PROBLEM_LIMIT) problems.push({ path, expected, found: describeValue(found), action });
    },
  };
}
