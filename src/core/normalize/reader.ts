import type { Problem, ProblemAction } from '../model';

/** Where the input came from; decides key names and which shapes count as off-protocol. */
export type InputMode = 'sdk' | 'stored' | 'api' | 'canonical';

/** State of one normalizer run: the input's mode and the problems found so far. */
export interface ReadContext {
  mode: InputMode;
  problems: Problem[];
}

/** A JSON object as read from input. */
export type JsonObject = Record<string, unknown>;

const FOUND_TEXT_LIMIT = 20;

/** Short description of a found value, such as `string "abc…"`, `null` or `array of 3`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const text = value.length > FOUND_TEXT_LIMIT ? `${value.slice(0, FOUND_TEXT_LIMIT)}…` : value;
    return `string ${JSON.stringify(text)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return `${typeof value} ${String(value)}`;
  }
  if (Array.isArray(value)) return `array of ${value.length}`;
  return typeof value === 'object' ? 'object' : typeof value;
}

/**
 * Where a value sits in the input. Readers pass it down as they descend; it becomes text
 * only when a problem names it, so clean input builds no path strings.
 */
export type Path = string | PathStep;

/** One step below `parent`: an object key or an array index. */
export interface PathStep {
  readonly parent: Path;
  readonly key: string | number;
}

/** Path of an object's child: `a.b`, or just `b` at the root. */
export function childPath(path: Path, key: string): Path {
  return path === '' ? key : { parent: path, key };
}

/** Path of an array item: `a[3]`. */
export function itemPath(path: Path, index: number): Path {
  return { parent: path, key: index };
}

/** The text of a path, as problems show it. */
export function pathText(path: Path): string {
  if (typeof path === 'string') return path;
  const parent = pathText(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent === '' ? path.key : `${parent}.${path.key}`;
}

/** Records a problem; the path becomes text only here, so clean input pays nothing for it. */
export function report(
  ctx: ReadContext,
  path: Path,
  key: string | undefined,
  expected: string,
  found: unknown,
  action: ProblemAction,
): void {
  ctx.problems.push({
    path: pathText(key === undefined ? path : childPath(path, key)),
    expected,
    found: describeValue(found),
    action,
  });
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets a key even when it is `__proto__`, so input keys never touch prototypes. */
export function setKey(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
