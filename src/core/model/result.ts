/** What the normalizer did with a part of the input it could not take as it was. */
export type ProblemAction = 'dropped' | 'repaired';

/** One problem found in the input. */
export interface Problem {
  /** JSON path of the part, such as `exception.values[0].stacktrace.frames[3].lineno`. */
  path: string;
  /** What the schema expects there. */
  expected: string;
  /** What was found, as a short description (`string "abc"`, `null`, `array of 3`). */
  found: string;
  /** Whether the part was left out or repaired. */
  action: ProblemAction;
}

/** The result of a normalizer: the value and every problem it met. */
export interface NormalizeResult<T> {
  value: T;
  problems: Problem[];
}

/** Thrown by normalizers in `strict` mode; lists every problem. */
export class SchemaError extends Error {
  /** Every problem found. */
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Input does not match the schema (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${p.path}: expected ${p.expected}, found ${p.found} (${p.action})`).join('\n'),
    );
    this.name = 'SchemaError';
    this.problems = problems;
  }
}

/** Options of `normalizeEvent` and `normalizeIssue`. */
export interface NormalizeOptions {
  /** Throw a `SchemaError` listing every problem instead of returning them. @default false */
  strict?: boolean;
}
