import type { ExceptionRelation, ExceptionValue, Mechanism } from '../model';
import { type ObjectSpec, objectSpec, readList, readObject, unwrapValues } from './fields';
import {
  type FieldReader,
  readBoolean,
  readCount,
  readLenientString,
  readRecord,
  readString,
  readStringOrNumber,
} from './primitives';
import { isObject, type Path, type ReadContext, report } from './reader';
import { readStacktraceField } from './stacktrace';

const MECHANISM_SPEC = objectSpec({
  type: [readString],
  handled: [readBoolean],
  synthetic: [readBoolean],
  description: [readString],
  helpLink: [readString, 'help_link'],
  exceptionId: [readCount, 'exception_id'],
  parentId: [readCount, 'parent_id'],
  source: [readString],
  isExceptionGroup: [readBoolean, 'is_exception_group'],
  data: [readRecord],
  meta: [readRecord],
});

const readMechanism: FieldReader<Mechanism> = (ctx, value, path, key) =>
  readObject<Mechanism>(ctx, value, path, key, MECHANISM_SPEC, 'mechanism object');

const RELATIONS: readonly string[] = ['cause', 'context', 'group'];

const readRelation: FieldReader<ExceptionRelation> = (ctx, value, path, key) => {
  if (typeof value === 'string' && RELATIONS.includes(value)) return value as ExceptionRelation;
  report(ctx, path, key, 'cause, context or group', value, 'dropped');
  return undefined;
};

const EXCEPTION_FIELDS = {
  type: [readString],
  value: [readLenientString],
  module: [readString],
  threadId: [readStringOrNumber, 'thread_id'],
  mechanism: [readMechanism],
  stacktrace: [readStacktraceField],
  rawStacktrace: [readStacktraceField, 'raw_stacktrace'],
} satisfies Record<string, [FieldReader, ...string[]]>;

const EXCEPTION_SPEC: ObjectSpec = objectSpec(EXCEPTION_FIELDS);

/** Canonical input already carries the chain; SDK input never does, so only canonical reads it. */
const CANONICAL_EXCEPTION_SPEC: ObjectSpec = objectSpec(EXCEPTION_FIELDS, {
  id: [readCount],
  parentId: [readCount],
  relation: [readRelation],
  depth: [readCount],
});

function relationFromSource(source: string | undefined, parent: ExceptionValue): ExceptionRelation {
  if (source === '__cause__' || source === 'cause') return 'cause';
  if (source === '__context__') return 'context';
  if (source?.startsWith('exceptions[') || parent.mechanism?.isExceptionGroup === true) return 'group';
  return 'cause';
}

/** Plain list: the last value was raised, each earlier one caused the next. */
function linkPlainList(exceptions: ExceptionValue[]): void {
  const last = exceptions.length - 1;
  exceptions.forEach((exception, index) => {
    exception.id = index;
    exception.depth = last - index;
    if (index < last) {
      exception.parentId = index + 1;
      exception.relation = 'cause';
    }
  });
}

/** Chain from `mechanism.exception_id` / `parent_id`, with the relation from `mechanism.source`. */
function linkByMechanism(exceptions: ExceptionValue[]): void {
  const byId = new Map<number, ExceptionValue>();
  exceptions.forEach((exception, index) => {
    exception.id = exception.mechanism?.exceptionId ?? index;
    if (!byId.has(exception.id)) byId.set(exception.id, exception);
  });
  for (const exception of exceptions) {
    const parentId = exception.mechanism?.parentId;
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    if (parent === undefined || parent === exception) continue;
    exception.parentId = parent.id;
    exception.relation = relationFromSource(exception.mechanism?.source, parent);
  }
  setDepths(exceptions, byId);
}

/**
 * Depth of each exception below the raised one. Each walk up the parents stops at the first
 * exception whose depth is known, so a chain of 10,000 costs 10,000 steps, not 50 million.
 * An exception whose parents loop gets the list's length, as no real chain is that deep.
 */
function setDepths(exceptions: ExceptionValue[], byId: Map<number, ExceptionValue>): void {
  const cap = exceptions.length;
  const depths = new Map<ExceptionValue, number>();
  for (const exception of exceptions) {
    const walked: ExceptionValue[] = [];
    const onWalk = new Set<ExceptionValue>();
    let current: ExceptionValue | undefined = exception;
    // Depth of the exception the walk stopped at, counted from the end of `walked`.
    let base: number;
    for (;;) {
      const known = depths.get(current);
      if (known !== undefined) {
        base = known + 1;
        break;
      }
      if (onWalk.has(current)) {
        base = cap;
        break;
      }
      walked.push(current);
      onWalk.add(current);
      const parent: ExceptionValue | undefined = current.parentId === undefined ? undefined : byId.get(current.parentId);
      if (parent === undefined) {
        base = 0;
        break;
      }
      current = parent;
    }
    for (let at = walked.length - 1, depth = base; at >= 0; at--, depth++) {
      const value = Math.min(depth, cap);
      depths.set(walked[at] as ExceptionValue, value);
      (walked[at] as ExceptionValue).depth = value;
    }
  }
}

/** Sets `id`, `parentId`, `relation` and `depth` of every exception from the SDK's chain data. */
export function linkExceptionChain(exceptions: ExceptionValue[]): void {
  for (const exception of exceptions) {
    delete exception.parentId;
    delete exception.relation;
  }
  if (exceptions.some((exception) => exception.mechanism?.exceptionId !== undefined)) linkByMechanism(exceptions);
  else linkPlainList(exceptions);
}

function readExceptionValue(ctx: ReadContext, value: unknown, path: Path): ExceptionValue | undefined {
  const spec = ctx.mode === 'canonical' ? CANONICAL_EXCEPTION_SPEC : EXCEPTION_SPEC;
  return readObject<ExceptionValue>(ctx, value, path, undefined, spec, 'exception object');
}

/** Reads exceptions sent as `{values: […]}`, a bare list or a single object, and links the chain. */
export function readExceptions(ctx: ReadContext, value: unknown, path: Path): ExceptionValue[] | undefined {
  const single = isObject(value) && !('values' in value);
  const { list, path: listPath } = single ? { list: [value], path } : unwrapValues(value, path);
  const exceptions = single
    ? [readExceptionValue(ctx, value, path)].filter((exception) => exception !== undefined)
    : readList(ctx, list, listPath, 'array of exceptions', readExceptionValue);
  if (exceptions === undefined) return undefined;
  const chained = exceptions.every((exception) => typeof exception.id === 'number' && typeof exception.depth === 'number');
  if (ctx.mode !== 'canonical' || !chained) linkExceptionChain(exceptions);
  return exceptions;
}
