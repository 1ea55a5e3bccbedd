import type { KeyValue, Request } from '../model';
import { objectSpec, readObject } from './fields';
import { type FieldReader, readAny, readCount, readRecord, readString } from './primitives';
import { childPath, isObject, itemPath, type Path, type ReadContext, report } from './reader';

type PairSyntax = 'query' | 'cookies' | 'headers';

function decodeComponent(text: string): string {
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** Parses `a=1&b=2` (query), `k=v; k2=v2` (cookies) or `Name: value` lines (headers). */
function parsePairs(text: string, syntax: PairSyntax): KeyValue[] {
  const pairs: KeyValue[] = [];
  const source = syntax === 'query' && text.startsWith('?') ? text.slice(1) : text;
  const separator = syntax === 'query' ? '&' : syntax === 'cookies' ? ';' : '\n';
  const assign = syntax === 'headers' ? ':' : '=';
  for (const part of source.split(separator)) {
    const item = syntax === 'query' ? part : part.trim();
    if (item === '') continue;
    const at = item.indexOf(assign);
    const name = at < 0 ? item : item.slice(0, at);
    const rawValue = at < 0 ? '' : item.slice(at + 1);
    if (syntax === 'query') pairs.push([decodeComponent(name), decodeComponent(rawValue)]);
    else pairs.push([name.trim(), rawValue.trim()]);
  }
  return pairs;
}

function pushPairValue(ctx: ReadContext, pairs: KeyValue[], name: string, value: unknown, path: Path, key: string): void {
  if (typeof value === 'string') pairs.push([name, value]);
  else if (typeof value === 'number' || typeof value === 'boolean') {
    report(ctx, path, key, 'string', value, 'repaired');
    pairs.push([name, String(value)]);
  } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    // Some SDKs send repeated headers as a list; the model keeps one pair per value.
    report(ctx, path, key, 'string', value, 'repaired');
    for (const item of value) pairs.push([name, item]);
  } else if (value !== null) report(ctx, path, key, 'string', value, 'dropped');
}

/* @__NO_SIDE_EFFECTS__ */
function pairsReader(syntax: PairSyntax): FieldReader<KeyValue[]> {
  return (ctx, value, path, key) => {
    if (typeof value === 'string') return parsePairs(value, syntax);
    const ownPath = childPath(path, key);
    const pairs: KeyValue[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (Array.isArray(item) && item.length === 2 && typeof item[0] === 'string') {
          pushPairValue(ctx, pairs, item[0], item[1], itemPath(ownPath, index), '1');
        } else if (item !== null) report(ctx, itemPath(ownPath, index), undefined, '[name, value] pair', item, 'dropped');
      });
      return pairs;
    }
    if (isObject(value)) {
      for (const name of Object.keys(value)) pushPairValue(ctx, pairs, name, value[name], ownPath, name);
      return pairs;
    }
    report(ctx, path, key, 'object, [name, value] pairs or string', value, 'dropped');
    return undefined;
  };
}

const readMethod: FieldReader<string> = (ctx, value, path, key) => readString(ctx, value, path, key)?.toUpperCase();

const REQUEST_SPEC = objectSpec({
  url: [readString],
  method: [readMethod],
  query: [pairsReader('query'), 'query_string'],
  fragment: [readString],
  headers: [pairsReader('headers')],
  cookies: [pairsReader('cookies')],
  data: [readAny],
  env: [readRecord],
  bodySize: [readCount, 'body_size'],
  apiTarget: [readString, 'api_target'],
});

/** Reads the HTTP request interface; headers, cookies and query become `[name, value]` pairs. */
export function readRequest(ctx: ReadContext, value: unknown, path: Path, key?: string): Request | undefined {
  return readObject<Request>(ctx, value, path, key, REQUEST_SPEC, 'request object');
}

/** The first `User-Agent` header of a request, matched case-insensitively. */
export function userAgentOf(request: Request | undefined): string | undefined {
  for (const [name, value] of request?.headers ?? []) if (name.toLowerCase() === 'user-agent') return value;
  return undefined;
}
