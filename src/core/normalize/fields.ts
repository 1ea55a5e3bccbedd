import type { UnknownBag } from '../model';
import { FILTERED } from '../model/common';
import { copyPlain } from './plainCopy';
import { type FieldReader, readAddress, readLenientString, readString, readStringOrNumber } from './primitives';
import {
  childPath,
  isJsonLike,
  isObject,
  isPlainRecord,
  itemPath,
  type JsonObject,
  type Path,
  type ReadContext,
  report,
  reportFound,
  reportUnreadable,
  setKey,
} from './reader';

/** How one input key maps to a canonical field. */
export interface FieldSpec {
  /** Canonical (camelCase) field name. */
  name: string;
  read: FieldReader;
  /** Whether keys the read object does not name move to the owner's bag. */
  lift: boolean;
  /** Whether the reader returns a string value as it is, so it can be stored without the call. */
  keepsStrings: boolean;
}

/** Readers that return a string unchanged and without a problem. */
const STRING_KEEPING_READERS: readonly FieldReader[] = [readString, readLenientString, readStringOrNumber, readAddress];

/** Readers of objects whose model type has no `extra` bag (see `liftingExtra`). */
const LIFTING_READERS = new WeakSet<FieldReader>();

/**
 * Marks a reader of an object whose model type has no `extra` bag (`geo`, `project`,
 * `assignedTo`): keys it does not name move to the owner's bag, under the field's input key.
 */
/* @__NO_SIDE_EFFECTS__ */
export function liftingExtra<T>(read: FieldReader<T>): FieldReader<T> {
  LIFTING_READERS.add(read);
  return read;
}

/**
 * Input key (snake_case, camelCase and canonical alike) → canonical field. A prototype-less
 * object rather than a Map: it is looked up for every input key, and a keyed read is cheaper
 * than `Map#get` there.
 */
export type ObjectSpec = Readonly<Record<string, FieldSpec | undefined>>;

/**
 * Builds an object spec from canonical names, each with its reader and the other input
 * keys it arrives under (Sentry's snake_case, the Web API's camelCase). Later groups add to
 * earlier ones.
 */
/* @__NO_SIDE_EFFECTS__ */
export function objectSpec(...groups: Record<string, [FieldReader, ...string[]]>[]): ObjectSpec {
  // Several groups instead of object spreads at the call site: a spread is not provably pure,
  // and would keep every spec in bundles that never normalize.
  const spec: Record<string, FieldSpec> = Object.create(null);
  for (const fields of groups) {
    for (const name of Object.keys(fields)) {
      const [read, ...aliases] = fields[name] as [FieldReader, ...string[]];
      const field = { name, read, lift: LIFTING_READERS.has(read), keepsStrings: STRING_KEEPING_READERS.includes(read) };
      spec[name] = field;
      for (const alias of aliases) spec[alias] = field;
    }
  }
  return spec;
}

/**
 * Reads every key of `input` once: known keys into `target` under their canonical names,
 * the rest (and values a reader dropped) into the returned `extra` bag, keyed as sent.
 * Canonical input carries its bag as `extra`, which is merged back so it round-trips, and
 * its `schema` marker, which the reader sets itself.
 */
export function readFields(
  ctx: ReadContext,
  input: JsonObject,
  path: Path,
  spec: ObjectSpec,
  target: JsonObject,
): UnknownBag | undefined {
  let bag: UnknownBag | undefined;
  // Input from JavaScript rather than JSON may be a Proxy or carry getters; anything that
  // throws while a key is read becomes a problem at that key and the other keys still read.
  // A try block costs V8 nothing until it throws, so clean input keeps its speed.
  try {
    let keys = 0;
    // for-in walks the object's cached key list without copying it as Object.keys does, in the
    // same order; inside it V8 turns the own-key check (which keeps inherited keys out) and
    // `input[key]` into plain field reads.
    for (const key in input) {
      try {
        // biome-ignore lint/suspicious/noPrototypeBuiltins: V8 folds this form away in for-in, not Object.hasOwn
        if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
        keys++;
        const value = input[key];
        const field = spec[key];
        if (field !== undefined) {
          if (value === null || value === undefined) continue;
          // Most values are strings already; storing them here saves a call per key.
          if (field.keepsStrings && typeof value === 'string') {
            target[field.name] = value;
            continue;
          }
          const problemCount = ctx.problems.length;
          const omitted = ctx.omitted;
          const read = field.read(ctx, value, path, key);
          if (read !== undefined) {
            target[field.name] = read;
            if (field.lift && isObject(read) && read.extra !== undefined) {
              bag ??= {};
              setKey(bag, key, read.extra);
              delete read.extra;
            }
            continue;
          }
          // Sentry's scrubbers put `[Filtered]` in place of any value; it is kept as sent, not a problem.
          if (value === FILTERED) {
            ctx.problems.length = problemCount;
            ctx.omitted = omitted;
          }
        } else if (ctx.mode === 'canonical' && key === 'extra' && isObject(value)) {
          bag ??= {};
          for (const name of Object.keys(value)) if (value[name] !== undefined) setKey(bag, name, copyPlain(ctx, value[name], childPath(childPath(path, key), name)));
          continue;
        } else if (ctx.mode === 'canonical' && key === 'schema' && path === '') {
          continue;
        }
        // An unknown key set to `undefined` (`{ ...event, extra: undefined }`) carries nothing and
        // has no JSON form: kept, it showed as "extra — undefined" under Other fields.
        if (value === undefined) continue;
        if (!isJsonLike(value)) {
          // A function, symbol or BigInt has no JSON form: keeping it would break every copy of the event.
          report(ctx, path, key, 'JSON value', value, 'dropped');
          continue;
        }
        bag ??= {};
        // Unknown keys are free-form: copied as plain data, so nothing by reference can throw later.
        setKey(bag, key, copyPlain(ctx, value, childPath(path, key)));
      } catch {
        reportUnreadable(ctx, path, key);
      }
    }
    // A Date or Map has no keys of its own: its data lives in internal slots, read as nothing.
    // Checked only for objects without keys, so the common case pays nothing for it.
    if (keys === 0 && !isPlainRecord(input)) report(ctx, path, undefined, 'object', input, 'dropped');
    // JSON has no symbol keys and for-in skips them. They are named at the root and on objects
    // with no other keys; deeper down they are left out unnamed, as JSON.stringify leaves them:
    // listing them on every frame and breadcrumb cost a fifth of the normalizer's time.
    if ((path === '' || keys === 0) && Object.getOwnPropertySymbols(input).length > 0) {
      reportFound(ctx, path, undefined, 'object with string keys only', 'symbol keys');
    }
  } catch {
    // The key list itself threw (a Proxy's ownKeys or getPrototypeOf trap, a revoked Proxy).
    reportUnreadable(ctx, path, undefined, 'object whose keys can be read');
  }
  return bag;
}

/** Reads an object with a spec into a fresh target; non-objects are dropped with a problem. */
export function readObject<T>(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  key: string | undefined,
  spec: ObjectSpec,
  expected: string,
): T | undefined {
  if (!isObject(value)) {
    report(ctx, path, key, expected, value, 'dropped');
    return undefined;
  }
  const target: JsonObject = {};
  const extra = readFields(ctx, value, key === undefined ? path : childPath(path, key), spec, target);
  if (extra !== undefined) target.extra = extra;
  return target as T;
}

/** Reads an array whose items are read one by one; non-arrays are dropped with a problem. */
export function readList<T>(
  ctx: ReadContext,
  value: unknown,
  path: Path,
  expected: string,
  readItem: (ctx: ReadContext, item: unknown, path: Path) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(value)) {
    report(ctx, path, undefined, expected, value, 'dropped');
    return undefined;
  }
  const list: T[] = [];
  let index = 0;
  // A Proxy standing for the list may throw on `length` or on any item: the item becomes a
  // problem, and a list whose length cannot be read keeps what was read before.
  try {
    const length = value.length;
    for (; index < length; index++) {
      try {
        const item = value[index];
        if (item === null || item === undefined) continue;
        const read = readItem(ctx, item, itemPath(path, index));
        if (read !== undefined) list.push(read);
      } catch {
        reportUnreadable(ctx, itemPath(path, index), undefined);
      }
    }
  } catch {
    reportUnreadable(ctx, path, undefined, expected);
  }
  return list;
}

/** Items of a list sent either bare or wrapped as `{values: [...]}`, with the path of the list. */
export function unwrapValues(value: unknown, path: Path): { list: unknown; path: Path } {
  if (isObject(value) && 'values' in value) return { list: value.values, path: childPath(path, 'values') };
  return { list: value, path };
}

/** Turns a reader of items into a field reader of lists. */
/* @__NO_SIDE_EFFECTS__ */
export function listReader<T>(
  expected: string,
  readItem: (ctx: ReadContext, item: unknown, path: Path) => T | undefined,
): FieldReader<T[]> {
  return (ctx, value, path, key) => readList(ctx, value, childPath(path, key), expected, readItem);
}
