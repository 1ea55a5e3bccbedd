import type { LogMessage, MetaAnnotation, MetaAnnotations, Tag } from '../model';
import { objectSpec, readObject } from './fields';
import { type FieldReader, readLenientString } from './primitives';
import { childPath, isObject, itemPath, type JsonObject, type Path, type ReadContext, report, reportFound, setKey } from './reader';

/** A tag value or fingerprint part at `path`: strings as they are, other scalars repaired. */
function textAt(ctx: ReadContext, value: unknown, path: Path): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    report(ctx, path, undefined, 'string', value, 'repaired');
    return String(value);
  }
  report(ctx, path, undefined, 'string', value, 'dropped');
  return undefined;
}

/** Reads tags sent as an object, `[key, value]` pairs or `[{key, value}]`. */
export const readTags: FieldReader<Tag[]> = (ctx, value, path, key) => {
  const ownPath = childPath(path, key);
  const tags: Tag[] = [];
  if (isObject(value)) {
    for (const name of Object.keys(value)) {
      const text = value[name] === null ? undefined : textAt(ctx, value[name], childPath(ownPath, name));
      if (text !== undefined) tags.push({ key: name, value: text });
    }
    return tags;
  }
  if (!Array.isArray(value)) {
    report(ctx, path, key, 'object or list of tags', value, 'dropped');
    return undefined;
  }
  value.forEach((item, index) => {
    const ownItemPath = itemPath(ownPath, index);
    if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string') {
      const text = item[1] === null ? undefined : textAt(ctx, item[1], itemPath(ownItemPath, 1));
      if (text !== undefined) tags.push({ key: item[0], value: text });
    } else if (isObject(item) && typeof item.key === 'string' && item.value !== null && item.value !== undefined) {
      const text = textAt(ctx, item.value, childPath(ownItemPath, 'value'));
      if (text !== undefined) tags.push({ key: item.key, value: text });
    } else if (item !== null) report(ctx, ownItemPath, undefined, '[key, value] pair or {key, value}', item, 'dropped');
  });
  return tags;
};

/** Reads the fingerprint; parts that are not strings become strings with a problem. */
export const readFingerprint: FieldReader<string[]> = (ctx, value, path, key) => {
  if (typeof value === 'string') {
    report(ctx, path, key, 'array of strings', value, 'repaired');
    return [value];
  }
  if (!Array.isArray(value)) {
    report(ctx, path, key, 'array of strings', value, 'dropped');
    return undefined;
  }
  if (value.every((part) => typeof part === 'string')) return value as string[];
  const ownPath = childPath(path, key);
  const parts: string[] = [];
  value.forEach((part, index) => {
    const text = textAt(ctx, part, itemPath(ownPath, index));
    if (text !== undefined) parts.push(text);
  });
  return parts;
};

const readParams: FieldReader<unknown[] | Record<string, unknown>> = (ctx, value, path, key) => {
  if (Array.isArray(value) || isObject(value)) return value;
  report(ctx, path, key, 'array or object of parameters', value, 'dropped');
  return undefined;
};

const LOG_MESSAGE_SPEC = objectSpec({
  formatted: [readLenientString],
  message: [readLenientString],
  params: [readParams],
});

/**
 * Reads `logentry` (or the legacy top-level `message`). A plain string is taken as the
 * formatted text; `offProtocol` says whether the string form deserves a problem.
 */
export function readLogMessage(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  key: string | undefined,
  offProtocol: boolean,
): LogMessage | undefined {
  if (typeof value === 'string') {
    if (offProtocol) report(ctx, path, key, 'logentry object', value, 'repaired');
    return { formatted: value };
  }
  return readObject<LogMessage>(ctx, value, path, key, LOG_MESSAGE_SPEC, 'logentry object');
}

const META_SEGMENTS: Record<string, string> = {
  exception: 'exceptions',
  logentry: 'message',
  extra: 'extraData',
  query_string: 'query',
  abs_path: 'absPath',
  lineno: 'lineNo',
  colno: 'colNo',
  in_app: 'inApp',
  pre_context: 'preContext',
  post_context: 'postContext',
  context_line: 'contextLine',
  raw_function: 'rawFunction',
  raw_stacktrace: 'rawStacktrace',
  instruction_addr: 'instructionAddr',
  ip_address: 'ipAddress',
  server_name: 'serverName',
  event_id: 'eventId',
  thread_id: 'threadId',
};

/**
 * Keeps the annotation fields the model names (`rem`, `err`, `len`, `val`) when they have
 * their types; anything else in an annotation is dropped with a problem.
 */
function readAnnotation(ctx: ReadContext, value: JsonObject, path: Path): MetaAnnotation {
  const annotation: MetaAnnotation = {};
  for (const key of Object.keys(value)) {
    const item = value[key];
    if ((key === 'rem' || key === 'err') && Array.isArray(item)) annotation[key] = item;
    else if (key === 'len' && typeof item === 'number' && Number.isFinite(item)) annotation.len = item;
    else if (key === 'val') annotation.val = item;
    else report(ctx, path, key, 'annotation field rem, err, len or val', item, 'dropped');
  }
  return annotation;
}

/** Deep `_meta` trees come from hostile input only; Sentry's own stay shallow. */
const MAX_META_DEPTH = 64;
/**
 * Nodes of `_meta` read at most. The depth limit alone lets an object that lists itself twice
 * (`m.a = m.b = m`, or the same shape without a cycle) branch 2^64 ways; Sentry's own trees
 * hold a node or two per annotated field, far below this.
 */
const MAX_META_NODES = 50_000;

/** State of one walk of `_meta`: the nodes above the current one (to spot cycles) and the nodes left. */
interface MetaWalk {
  ancestors: Set<object>;
  nodesLeft: number;
}

function flattenMeta(ctx: ReadContext, node: JsonObject, path: Path, canonical: string, depth: number, into: MetaAnnotations, walk: MetaWalk): void {
  walk.ancestors.add(node);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (!isObject(child)) continue;
    if (walk.ancestors.has(child)) {
      reportFound(ctx, path, key, '_meta without cyclic references', 'cyclic reference');
      continue;
    }
    if (--walk.nodesLeft < 0) {
      report(ctx, path, key, `_meta of at most ${MAX_META_NODES} nodes`, child, 'dropped');
      break;
    }
    if (key === '') {
      setKey(into, canonical, readAnnotation(ctx, child, childPath(path, '""')));
      continue;
    }
    if (depth >= MAX_META_DEPTH) {
      report(ctx, path, key, `_meta nested at most ${MAX_META_DEPTH} levels`, child, 'dropped');
      continue;
    }
    const parentIsList = canonical === 'exceptions' || canonical === 'breadcrumbs' || canonical === 'threads';
    let segment: string;
    if (key === 'values' && parentIsList) segment = '';
    else if (key.length > 0 && key.length < 10 && Number.isInteger(Number(key))) segment = `[${key}]`;
    else segment = `${canonical === '' ? '' : '.'}${Object.hasOwn(META_SEGMENTS, key) ? META_SEGMENTS[key] : key}`;
    flattenMeta(ctx, child, childPath(path, key), `${canonical}${segment}`, depth + 1, into, walk);
  }
  walk.ancestors.delete(node);
}

/** Flattens Sentry's `_meta` tree into annotations keyed by canonical path; canonical `meta` is read as is. */
export const readMeta: FieldReader<MetaAnnotations> = (ctx, value, path, key) => {
  if (!isObject(value)) {
    report(ctx, path, key, 'object of annotations', value, 'dropped');
    return undefined;
  }
  const meta: MetaAnnotations = {};
  if (ctx.mode === 'canonical') {
    const ownPath = childPath(path, key);
    for (const name of Object.keys(value)) {
      const annotation = value[name];
      if (isObject(annotation)) setKey(meta, name, readAnnotation(ctx, annotation, childPath(ownPath, name)));
      else report(ctx, ownPath, name, 'annotation object', annotation, 'dropped');
    }
    return meta;
  }
  flattenMeta(ctx, value, childPath(path, key), '', 0, meta, { ancestors: new Set(), nodesLeft: MAX_META_NODES });
  return meta;
};

/** Reads a list of objects (ingestion `errors`), keeping each by reference. */
export const readObjectList: FieldReader<JsonObject[]> = (ctx, value, path, key) => {
  if (!Array.isArray(value)) {
    report(ctx, path, key, 'array of objects', value, 'dropped');
    return undefined;
  }
  if (value.every(isObject)) return value as JsonObject[];
  const ownPath = childPath(path, key);
  return value.filter((item, index) => {
    if (isObject(item)) return true;
    report(ctx, itemPath(ownPath, index), undefined, 'object', item, 'dropped');
    return false;
  });
};
