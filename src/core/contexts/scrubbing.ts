import type { MetaAnnotation, Problem } from '../model';
import { knownKeys } from '../knownKeys';

// Sentry's remark codes (`rem[i][1]`): what the rule did to the value.
const REMARK_ACTIONS = knownKeys<string>({
  x: 'removed',
  s: 'replaced',
  m: 'masked',
  p: 'pseudonymized',
  e: 'encrypted',
});

function remarkText(remark: unknown, len: number | undefined): string | undefined {
  if (!Array.isArray(remark) || typeof remark[0] !== 'string') return undefined;
  const [rule, code] = remark as [string, unknown];
  // `!limit` is Sentry trimming a long value, not a privacy rule; the original length says how much.
  if (rule === '!limit') return len === undefined ? 'trimmed' : `trimmed from ${len.toLocaleString('en-US')} characters`;
  const action = typeof code === 'string' ? REMARK_ACTIONS[code] : undefined;
  return `${action ?? 'changed'} by rule ${rule}`;
}

function errorText(error: unknown): string | undefined {
  if (typeof error === 'string') return `ingestion error: ${error}`;
  if (Array.isArray(error) && typeof error[0] === 'string') return `ingestion error: ${error[0]}`;
  return undefined;
}

/**
 * Short reason a value was scrubbed, from its `_meta` annotation: `removed by rule
 * @password:filter`, `trimmed from 1,595 characters`, `ingestion error: invalid_data`.
 * `undefined` when the annotation says nothing readable (a bare `[Filtered]`).
 */
export function describeScrubbing(meta: MetaAnnotation | undefined): string | undefined {
  if (!meta) return undefined;
  const reasons = [...(meta.rem ?? []).map((remark) => remarkText(remark, meta.len)), ...(meta.err ?? []).map(errorText)];
  const unique = [...new Set(reasons.filter((reason): reason is string => reason !== undefined))];
  return unique.length > 0 ? unique.join('; ') : undefined;
}

// Paths the normalizer reports for the parts panels show; `data.event.` is a webhook body's prefix.
const CONTEXT_PROBLEM_PATH = /^(?:data\.event\.|event\.)?(?:contexts|user|request|tags|extra|sdk)(?:[.[]|$)/;

/**
 * The problems that concern what context panels show (contexts, user, request, tags, extra,
 * SDK) and problems with the whole input, so a panel does not repeat a stack trace's problems.
 */
export function contextProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.path === '' || problem.path === '$' || CONTEXT_PROBLEM_PATH.test(problem.path));
}
