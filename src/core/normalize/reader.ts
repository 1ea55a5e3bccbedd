import type { Problem, ProblemAction } from '../model';

/** Where the input came from; decides key names and which shapes count as off-protocol. */
export type InputMode = 'sdk' | 'stored' | 'api' | 'canonical';

/** State of one normalizer run: the input's mode and the problems found so far. */
export interface ReadContext {
  mode: InputMode;
  /** Problems listed so far: at most `PROBLEM_LIMIT`. */
  problems: Problem[];
  /** Problems found past the limit, counted but not listed. */
  omitted?: number;
}

/**
 * Problems one normalization lists. Past this, hostile input (100k bad tags) would cost a
 * problem object and a path string per key, megabytes and hundreds of milliseconds for a
 * list no one reads; 100 is more than a notice shows at a glance and enough to see a pattern.
 * The rest are counted in one final problem (see `problemSummary`).
 */
export const PROBLEM_LIMIT = 100;

/** What a problem says was found where reading the input threw (a throwing getter or Proxy). */
export const UNREADABLE = 'value that threw when read';

/** A JSON object as read from input. */
export type JsonObject = Record<string, unknown>;

const FOUND_TEXT_LIMIT = 20;

/**
 * Short description of a found value, such as `string "abc…"`, `null` or `array of 3`.
 * Never throws: a revoked Proxy or a throwing `length` is described as unreadable.
 */
export function describeValue(value: unknown): string {
  try {
    return describeReadable(value);
  } catch {
    return UNREADABLE;
  }
}

/** Built-in objects that are not JSON, named by their tag: `Date`, `Map`, `RegExp`… */
function objectKind(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Object' ? 'object' : tag;
}

function describeReadable(value: unknown): string {
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
  return typeof value === 'object' ? objectKind(value) : typeof value;
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

/** The text of a path, as problems show it. A loop, not recursion: a path is as deep as its input. */
export function pathText(path: Path): string {
  const steps: (string | number)[] = [];
  let at: Path = path;
  while (typeof at !== 'string') {
    steps.push(at.key);
    at = at.parent;
  }
  let text = at;
  for (let index = steps.length - 1; index >= 0; index--) {
    const key = steps[index] as string | number;
    if (typeof key === 'number') text = `${text}[${key}]`;
    else text = text === '' ? key : `${text}.${key}`;
  }
  return text;
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
  if (ctx.problems.length >= PROBLEM_LIMIT) countOmitted(ctx);
  else listProblem(ctx, path, key, expected, describeValue(found), action);
}

/** Records a problem whose found value is already described (`symbol keys`, a cycle). */
export function reportFound(ctx: ReadContext, path: Path, key: string | undefined, expected: string, found: string): void {
  if (ctx.problems.length >= PROBLEM_LIMIT) countOmitted(ctx);
  else listProblem(ctx, path, key, expected, found, 'dropped');
}

/** Records that reading `key` of the value at `path` threw; the value is left out. */
export function reportUnreadable(ctx: ReadContext, path: Path, key: string | undefined, expected = 'readable value'): void {
  reportFound(ctx, path, key, expected, UNREADABLE);
}

function countOmitted(ctx: ReadContext): void {
  ctx.omitted = (ctx.omitted ?? 0) + 1;
}

function listProblem(ctx: ReadContext, path: Path, key: string | undefined, expected: string, found: string, action: ProblemAction): void {
  const text = pathText(key === undefined ? path : childPath(path, key));
  // The event's own root is `$`, as the normalizers name it when the whole input is off.
  ctx.problems.push({ path: text === '' ? '$' : text, expected, found, action });
}

/**
 * Runs one step of reading that may touch input outside the per-key guards of `readFields`
 * (a second look at a top-level key, a list of entries): a throw becomes a problem at `path`.
 * For once-per-event steps only; the per-key path has its own try block, without a closure.
 */
export function guarded<T>(ctx: ReadContext, path: Path, key: string | undefined, step: () => T): T | undefined {
  try {
    return step();
  } catch {
    reportUnreadable(ctx, path, key);
    return undefined;
  }
}

/** Whether a value is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether an object is a record as JSON has them, not a `Date`, `Map` or other built-in
 * whose data lives outside its own keys. Plain objects of this realm answer from their
 * prototype; others (another realm's, class instances) by their tag. May throw on a Proxy.
 */
export function isPlainRecord(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.prototype.toString.call(value) === '[object Object]';
}

/** Whether a value could come from JSON: not a function, symbol or BigInt. */
export function isJsonLike(value: unknown): boolean {
  const type = typeof value;
  return type !== 'function' && type !== 'symbol' && type !== 'bigint';
}

/** The problem that stands for problems past `PROBLEM_LIMIT`: `… and 199,901 more problems`. */
export interface ProblemSummary extends Problem {
  /** How many problems it stands for. */
  omitted: number;
}

/** What a summary problem says was expected. */
const SUMMARY_EXPECTED = `at most ${PROBLEM_LIMIT} problems listed`;

/** The final problem counting `omitted` problems that were not listed. */
export function problemSummary(omitted: number, path = '$'): ProblemSummary {
  return {
    path,
    expected: SUMMARY_EXPECTED,
    found: `… and ${omitted.toLocaleString('en-US')} more problem${omitted === 1 ? '' : 's'}`,
    action: 'dropped',
    omitted,
  };
}

/** Whether a problem counts others that were not listed (see `problemSummary`). */
export function isProblemSummary(problem: Problem): problem is ProblemSummary {
  return typeof (problem as Partial<ProblemSummary>).omitted === 'number';
}

/** How many problems a list stands for: listed ones plus those its summaries count. */
export function countProblems(problems: readonly Problem[]): { listed: number; omitted: number } {
  let listed = 0;
  let omitted = 0;
  for (const problem of problems) {
    if (isProblemSummary(problem)) omitted += problem.omitted;
    else listed++;
  }
  return { listed, omitted };
}

/**
 * Appends `problems` (each path under `prefix`) to `into` while it holds fewer than
 * `PROBLEM_LIMIT`; returns how many were left out, summaries' counts included.
 */
export function appendProblems(into: Problem[], problems: readonly Problem[], prefix: (path: string) => string): number {
  let omitted = 0;
  for (const problem of problems) {
    if (isProblemSummary(problem)) omitted += problem.omitted;
    else if (into.length < PROBLEM_LIMIT) into.push({ ...problem, path: prefix(problem.path) });
    else omitted++;
  }
  return omitted;
}

/** Sets a key even when it is `__proto__`, so input keys never touch prototypes. */
export function setKey(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
