/**
 * Trims an SDK event before it is stored, the way Sentry's relay does, and records every cut in
 * the event's `_meta` so the UI can say what is missing. Everything here is iterative: a hostile
 * event nested 500,000 levels deep must not overflow the stack (JSON.parse copes with any depth;
 * JSON.stringify and naive walkers do not).
 */

/** What a stored event may hold; past these the value is cut and `_meta` says so. */
export interface EventLimits {
  /** Containers nested deeper than this are removed. The kit reads `_meta` 64 levels deep, so the note for a cut stays readable. */
  maxDepth: number;
  /** Longer strings keep their start and end in `…`. Relay trims most strings far shorter; this keeps long messages and SQL readable. */
  maxStringLength: number;
  /** Keys of one object, items of one generic array. */
  maxContainerItems: number;
  /** Chained exceptions (`exception.values`): both ends kept, the root cause and the outermost. */
  maxExceptions: number;
  /** Frames of one stack trace: both ends kept, as relay keeps the oldest and newest frames. */
  maxFrames: number;
  /** Breadcrumbs: the newest kept, as Sentry's SDKs keep their newest 100. */
  maxBreadcrumbs: number;
  /** Rough JSON size budget for one event; once spent, what remains is cut. Relay's own event limit is 1 MiB. */
  maxBytes: number;
}

/** Sentry-like limits: relay slices stack traces to 250 frames and caps events at 1 MiB; SDKs keep 100 breadcrumbs. */
export const DEFAULT_EVENT_LIMITS: EventLimits = {
  maxDepth: 40,
  maxStringLength: 16_384,
  maxContainerItems: 1_000,
  maxExceptions: 50,
  maxFrames: 250,
  maxBreadcrumbs: 100,
  maxBytes: 1024 * 1024,
};

type Segment = string | number;
type Annotation = { rem?: unknown[][]; len?: number };
type Container = Record<string, unknown> | unknown[];

/** What trimming did: the trimmed copy and how many values it cut. */
export interface TrimResult {
  event: Record<string, unknown>;
  cuts: number;
}

const REMOVED: Annotation = { rem: [['!limit', 'x']] };

// Top-level fields grouping and the issue page depend on are copied first, so a spent size
// budget cuts bulky context, not the exception that names the issue.
const FIRST_KEYS = [
  'event_id',
  'timestamp',
  'level',
  'platform',
  'logger',
  'release',
  'environment',
  'transaction',
  'culprit',
  'fingerprint',
  'message',
  'logentry',
  'exception',
  'stacktrace',
  'threads',
  'user',
  'tags',
];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Sets a key even when it is `__proto__`, which plain assignment would treat as the prototype. */
function setOwn(target: Container, key: Segment, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else (target as Record<string, unknown>)[key] = value;
}

/** Which items of a list to keep: indices into the source, in order. */
function keptIndices(length: number, limit: number, keep: 'head' | 'tail' | 'ends'): number[] {
  if (length <= limit) return Array.from({ length }, (_, i) => i);
  if (keep === 'head') return Array.from({ length: limit }, (_, i) => i);
  if (keep === 'tail') return Array.from({ length: limit }, (_, i) => length - limit + i);
  const head = Math.ceil(limit / 2);
  const tail = limit - head;
  return [...Array.from({ length: head }, (_, i) => i), ...Array.from({ length: tail }, (_, i) => length - tail + i)];
}

function listRule(path: readonly Segment[], limits: EventLimits): { limit: number; keep: 'head' | 'tail' | 'ends' } {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const top = path.length === 1 ? path[0] : path.length === 2 && last === 'values' ? path[0] : undefined;
  if (top === 'exception') return { limit: limits.maxExceptions, keep: 'ends' };
  if (top === 'breadcrumbs') return { limit: limits.maxBreadcrumbs, keep: 'tail' };
  if (last === 'frames' && parent === 'stacktrace') return { limit: limits.maxFrames, keep: 'ends' };
  return { limit: limits.maxContainerItems, keep: 'head' };
}

interface Frame {
  source: Container;
  target: Container;
  /** Source keys (objects) or indices (arrays) still to copy, last first. */
  pending: Segment[];
  /** Where each copied item lands: the same key, or the next index of the target array. */
  path: Segment[];
  depth: number;
  /** How many entries the source had, for the `len` note when the budget cuts it short. */
  size: number;
  cutShort: boolean;
}

/**
 * Copies one top-level value within the limits, iteratively. Returns the copy (or `null` when
 * the value itself is cut) and appends `_meta` notes by path.
 */
function copyWithin(value: unknown, rootPath: Segment[], limits: EventLimits, state: { budget: number; notes: [Segment[], Annotation][] }): unknown {
  const note = (path: Segment[], annotation: Annotation) => state.notes.push([path, annotation]);

  // Copies a leaf or opens a container; containers are returned empty and filled by the loop.
  const open = (item: unknown, path: Segment[], depth: number, stack: Frame[]): unknown => {
    if (typeof item === 'string') {
      state.budget -= item.length + 2;
      if (item.length <= limits.maxStringLength) return item;
      note(path, { rem: [['!limit', 's']], len: item.length });
      const half = Math.floor((limits.maxStringLength - 1) / 2);
      return `${item.slice(0, half)}…${item.slice(item.length - half)}`;
    }
    if (!isContainer(item)) {
      state.budget -= 8;
      return item;
    }
    if (depth > limits.maxDepth || state.budget <= 0) {
      note(path, REMOVED);
      return null;
    }
    const isArray = Array.isArray(item);
    const size = isArray ? item.length : Object.keys(item).length;
    let pending: Segment[];
    if (isArray) {
      const rule = listRule(path, limits);
      pending = keptIndices(size, rule.limit, rule.keep);
    } else {
      pending = Object.keys(item).slice(0, limits.maxContainerItems);
    }
    if (pending.length < size) note(path, { len: size });
    pending.reverse();
    const target: Container = isArray ? [] : {};
    state.budget -= 2;
    stack.push({ source: item, target, pending, path, depth, size, cutShort: false });
    return target;
  };

  const stack: Frame[] = [];
  const root = open(value, rootPath, 1, stack);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const key = frame.pending.pop();
    if (key === undefined) {
      stack.pop();
      continue;
    }
    if (state.budget <= 0) {
      // Spent: drop the rest of this container with one note, not one per entry.
      if (!frame.cutShort) note(frame.path, { len: frame.size });
      frame.cutShort = true;
      frame.pending.length = 0;
      continue;
    }
    const isArray = Array.isArray(frame.target);
    const landing: Segment = isArray ? (frame.target as unknown[]).length : key;
    if (!isArray) state.budget -= String(key).length + 3;
    const child = (frame.source as Record<Segment, unknown>)[key];
    setOwn(frame.target, landing, open(child, [...frame.path, landing], frame.depth + 1, stack));
  }
  return root;
}

function metaNode(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const existing = parent[key];
  if (isContainer(existing) && !Array.isArray(existing) && Object.hasOwn(parent, key)) return existing as Record<string, unknown>;
  const created: Record<string, unknown> = {};
  setOwn(parent, key, created);
  return created;
}

/** Writes notes into Sentry's `_meta` tree shape: `{ extra: { deep: { "": { rem: [["!limit", "x"]] } } } }`. */
function mergeNotes(meta: Record<string, unknown>, notes: readonly [Segment[], Annotation][]): void {
  for (const [path, annotation] of notes) {
    let node = meta;
    for (const segment of path) node = metaNode(node, String(segment));
    const current = node[''];
    node[''] = isContainer(current) && !Array.isArray(current) ? { ...current, ...annotation } : annotation;
  }
}

/**
 * Returns a trimmed copy of a raw SDK event within `limits`, its `_meta` extended with a note for
 * each cut (`{"": {"rem": [["!limit", "x"]]}}` for a removed value, `{"": {"len": N}}` for a
 * shortened list or object, both for a shortened string).
 */
export function trimEvent(raw: Record<string, unknown>, limits: EventLimits = DEFAULT_EVENT_LIMITS): TrimResult {
  const state = { budget: limits.maxBytes, notes: [] as [Segment[], Annotation][] };
  const keys = Object.keys(raw);
  const order = [...FIRST_KEYS.filter((key) => Object.hasOwn(raw, key)), ...keys.filter((key) => !FIRST_KEYS.includes(key) && key !== '_meta')];
  const copies = new Map<string, unknown>();
  if (order.length > limits.maxContainerItems) state.notes.push([[], { len: order.length }]);
  for (const key of order.slice(0, limits.maxContainerItems)) {
    if (state.budget <= 0) {
      state.notes.push([[key], REMOVED]);
      copies.set(key, null);
      continue;
    }
    copies.set(key, copyWithin(raw[key], [key], limits, state));
  }
  // The SDK's (or an upstream relay's) own notes stay, within the same limits and a budget of
  // their own (a quarter of the event's), so hostile notes cannot crowd out the event.
  const ownMeta = Object.hasOwn(raw, '_meta') ? copyWithin(raw._meta, ['_meta'], limits, { budget: limits.maxBytes / 4, notes: [] }) : undefined;
  const event: Record<string, unknown> = {};
  for (const key of keys) if (copies.has(key)) setOwn(event, key, copies.get(key));
  if (state.notes.length === 0) {
    if (ownMeta !== undefined) event._meta = ownMeta;
    return { event, cuts: 0 };
  }
  const meta = isContainer(ownMeta) && !Array.isArray(ownMeta) ? (ownMeta as Record<string, unknown>) : {};
  mergeNotes(meta, state.notes);
  event._meta = meta;
  return { event, cuts: state.notes.length };
}
