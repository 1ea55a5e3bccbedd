import { copyPlain } from './plainCopy';
import { childPath, isObject, itemPath, type JsonObject, type Path, type ReadContext, report, setKey } from './reader';

/**
 * Reads one field value. Returns `undefined` when the value cannot be used; the reader
 * has then recorded a `dropped` problem and the caller keeps the raw value in `extra`.
 */
export type FieldReader<T = unknown> = (ctx: ReadContext, value: unknown, path: Path, key: string) => T | undefined;

/** A string; numbers and booleans become strings with a `repaired` problem. */
export const readString: FieldReader<string> = (ctx, value, path, key) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    report(ctx, path, key, 'string', value, 'repaired');
    return String(value);
  }
  report(ctx, path, key, 'string', value, 'dropped');
  return undefined;
};

/** A string where the protocol takes any scalar as text (exception values, ids). */
export const readLenientString: FieldReader<string> = (ctx, value, path, key) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  report(ctx, path, key, 'string', value, 'dropped');
  return undefined;
};

function numericString(value: string): number | undefined {
  if (value.length === 0 || value.length > 32) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** A finite number; numeric strings are repaired. */
export const readNumber: FieldReader<number> = (ctx, value, path, key) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = numericString(value);
    if (parsed !== undefined) {
      report(ctx, path, key, 'number', value, 'repaired');
      return parsed;
    }
  }
  report(ctx, path, key, 'number', value, 'dropped');
  return undefined;
};

/** A non-negative integer (line numbers, counts, sizes); numeric strings are repaired. */
export const readCount: FieldReader<number> = (ctx, value, path, key) => {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  if (typeof value === 'string') {
    const parsed = numericString(value);
    if (parsed !== undefined && Number.isSafeInteger(parsed) && parsed >= 0) {
      report(ctx, path, key, 'non-negative integer', value, 'repaired');
      return parsed;
    }
  }
  report(ctx, path, key, 'non-negative integer', value, 'dropped');
  return undefined;
};

/** A boolean; `"true"`/`"false"` and `0`/`1` are repaired. */
export const readBoolean: FieldReader<boolean> = (ctx, value, path, key) => {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1 || value === 'false' || value === 0) {
    report(ctx, path, key, 'boolean', value, 'repaired');
    return value === 'true' || value === 1;
  }
  report(ctx, path, key, 'boolean', value, 'dropped');
  return undefined;
};

/** A JSON object of free-form data (`vars`, `data`, `extra`), copied as plain data (see plainCopy.ts). */
export const readRecord: FieldReader<JsonObject> = (ctx, value, path, key) => {
  if (isObject(value)) return copyPlain(ctx, value, key === undefined ? path : childPath(path, key)) as JsonObject;
  report(ctx, path, key, 'object', value, 'dropped');
  return undefined;
};

/** Any JSON value (`request.data`), copied as plain data. */
export const readAny: FieldReader = (ctx, value, path, key) => copyPlain(ctx, value, key === undefined ? path : childPath(path, key));

/** A string or a number, kept as sent (thread ids, GPU ids). */
export const readStringOrNumber: FieldReader<string | number> = (ctx, value, path, key) => {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  report(ctx, path, key, 'string or number', value, 'dropped');
  return undefined;
};

/** A memory address as a hex string; numbers are written in hex as Relay does. */
export const readAddress: FieldReader<string> = (ctx, value, path, key) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return `0x${value.toString(16)}`;
  report(ctx, path, key, 'hex address string', value, 'dropped');
  return undefined;
};

/**
 * A list of strings; the input array is reused when every item is a string. `null` items
 * (SDKs send them for missing source lines) become empty lines; other scalars are repaired.
 */
export const readStringList: FieldReader<string[]> = (ctx, value, path, key) => {
  if (!Array.isArray(value)) {
    report(ctx, path, key, 'array of strings', value, 'dropped');
    return undefined;
  }
  const length = value.length;
  let index = 0;
  while (index < length && typeof value[index] === 'string') index++;
  if (index === length) return value as string[];
  const list: string[] = value.slice(0, index) as string[];
  for (; index < length; index++) {
    const item: unknown = value[index];
    if (typeof item === 'string') list.push(item);
    else if (item === null) list.push('');
    else if (typeof item === 'number' || typeof item === 'boolean') {
      report(ctx, itemPath(childPath(path, key), index), undefined, 'string', item, 'repaired');
      list.push(String(item));
    } else report(ctx, itemPath(childPath(path, key), index), undefined, 'string', item, 'dropped');
  }
  return list;
};

/** An object whose values are all strings (`modules`, `registers`, `permissions`). */
export const readStringRecord: FieldReader<Record<string, string>> = (ctx, value, path, key) => {
  if (!isObject(value)) {
    report(ctx, path, key, 'object of strings', value, 'dropped');
    return undefined;
  }
  for (const name in value) {
    if (typeof value[name] !== 'string') return repairStringRecord(ctx, value, childPath(path, key));
  }
  return value as Record<string, string>;
};

function repairStringRecord(ctx: ReadContext, value: JsonObject, path: Path): Record<string, string> {
  const record: Record<string, string> = {};
  for (const name in value) {
    const item = readString(ctx, value[name], path, name);
    if (item !== undefined) setKey(record, name, item);
  }
  return record;
}
