import { childPath, itemPath, type JsonObject, type Path, type ReadContext, reportFound, UNREADABLE } from './reader';

/*
 * Free-form values (`extra`, frame `vars`, `request.data`, breadcrumb and exception `data`…) used
 * to be kept by reference, so a getter that throws, a Proxy whose traps throw or a cycle inside
 * them reached the components and threw while rendering. They are copied here once, at normalize
 * time, into plain JSON data: iterative (a stack, no recursion, so 10,000 levels cost no call
 * stack), with caps on depth and size; what cannot be read becomes a placeholder and a problem.
 */

/** Containers nested deeper than this inside one free-form value become `PLACEHOLDERS.deep`. */
export const PLAIN_COPY_MAX_DEPTH = 200;
/** Values copied per free-form value at most; past it the rest become `PLACEHOLDERS.size`. */
export const PLAIN_COPY_MAX_NODES = 200_000;

/** What stands in for a value the copy could not or would not take. */
export const PLACEHOLDERS = {
  unreadable: '[unreadable]',
  circular: '[circular]',
  deep: '[too deep]',
  size: '[too large]',
  unsupported: '[unsupported]',
} as const;

type Container = JsonObject | unknown[];

interface Frame {
  source: object;
  target: Container;
  keys: readonly (string | number)[];
  index: number;
  depth: number;
  path: Path;
}

interface CopyState {
  ctx: ReadContext;
  nodes: number;
  ancestors: Set<object>;
  stack: Frame[];
}

function setChild(target: Container, key: string | number, value: unknown): void {
  if (Array.isArray(target)) target.push(value);
  // A key named `__proto__` stays a plain own key instead of swapping the copy's prototype.
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The keys of a container, or `undefined` (and a problem) when listing them threw. */
function keysOf(state: CopyState, source: object, path: Path): (string | number)[] | undefined {
  try {
    if (Array.isArray(source)) return Array.from({ length: source.length }, (_, i) => i);
    return Object.keys(source);
  } catch {
    reportFound(state.ctx, path, undefined, 'readable object', UNREADABLE);
    return undefined;
  }
}

/** Copies one value read from input: a primitive as is, a container as an empty shell pushed for its children. */
function copyValue(state: CopyState, value: unknown, path: Path, depth: number): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') {
    reportFound(state.ctx, path, undefined, 'JSON value', typeof value);
    return PLACEHOLDERS.unsupported;
  }
  if (state.ancestors.has(value)) {
    reportFound(state.ctx, path, undefined, 'value without cycles', 'a reference to a value that contains it');
    return PLACEHOLDERS.circular;
  }
  if (depth > PLAIN_COPY_MAX_DEPTH) {
    reportFound(state.ctx, path, undefined, `value at most ${PLAIN_COPY_MAX_DEPTH} levels deep`, 'deeper value');
    return PLACEHOLDERS.deep;
  }
  let source: object = value;
  try {
    // Dates and other values with a JSON form copy as JSON would write them.
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      const json: unknown = toJSON.call(value);
      if (json === null || typeof json !== 'object') return copyValue(state, json, path, depth);
      source = json;
    }
  } catch {
    reportFound(state.ctx, path, undefined, 'readable value', UNREADABLE);
    return PLACEHOLDERS.unreadable;
  }
  let isArray = false;
  try {
    isArray = Array.isArray(source);
  } catch {
    // A revoked Proxy: its keys cannot be listed either, which keysOf reports.
  }
  const keys = keysOf(state, source, path);
  if (keys === undefined) return PLACEHOLDERS.unreadable;
  const target: Container = isArray ? [] : {};
  state.ancestors.add(source);
  state.stack.push({ source, target, keys, index: 0, depth, path });
  return target;
}

/**
 * A plain-data copy of a free-form input value (see the note at the top). Never throws; every
 * placeholder it writes has a problem at its path.
 */
export function copyPlain(ctx: ReadContext, value: unknown, path: Path): unknown {
  const state: CopyState = { ctx, nodes: 0, ancestors: new Set(), stack: [] };
  const root = copyValue(state, value, path, 0);
  let cutForSize = false;
  while (state.stack.length > 0) {
    const frame = state.stack[state.stack.length - 1]!;
    if (frame.index >= frame.keys.length) {
      state.stack.pop();
      state.ancestors.delete(frame.source);
      continue;
    }
    const key = frame.keys[frame.index++]!;
    const at = typeof key === 'number' ? itemPath(frame.path, key) : childPath(frame.path, key);
    if (++state.nodes > PLAIN_COPY_MAX_NODES) {
      if (!cutForSize) reportFound(ctx, at, undefined, `value of at most ${PLAIN_COPY_MAX_NODES.toLocaleString('en-US')} parts`, 'larger value');
      cutForSize = true;
      setChild(frame.target, key, PLACEHOLDERS.size);
      frame.index = frame.keys.length;
      continue;
    }
    let child: unknown;
    try {
      child = (frame.source as Record<string | number, unknown>)[key];
    } catch {
      reportFound(ctx, at, undefined, 'readable value', UNREADABLE);
      setChild(frame.target, key, PLACEHOLDERS.unreadable);
      continue;
    }
    // JSON leaves out undefined object members and writes null for undefined array items.
    if (child === undefined) {
      if (Array.isArray(frame.target)) frame.target.push(null);
      continue;
    }
    setChild(frame.target, key, copyValue(state, child, at, frame.depth + 1));
  }
  return root;
}
