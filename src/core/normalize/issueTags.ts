import type { IssueStats, IssueTag, IssueTagValue, NormalizeResult } from '../model';
import { objectSpec, readObject } from './fields';
import { readStats } from './issue';
import { finishList, normalizeListOf, readListItems } from './listOf';
import { type FieldReader, readCount, readLenientString, readString } from './primitives';
import { childPath, type Path, type ReadContext, report } from './reader';
import { readTimestamp } from './scalars';

/** Counts arrive as numbers, or as strings from some endpoints; both are fine. */
const readApiCount: FieldReader<number> = (ctx, value, path, key) => {
  if (typeof value === 'string' && value.length < 20 && /^\d+$/.test(value)) return Number(value);
  return readCount(ctx, value, path, key);
};

const VALUE_SPEC = objectSpec({
  value: [readLenientString],
  name: [readString],
  count: [readApiCount, 'times_seen'],
  firstSeen: [readTimestamp, 'first_seen'],
  lastSeen: [readTimestamp, 'last_seen'],
});

/** Reads one value of a tag; one without a value is dropped with a problem. */
export function readTagValue(ctx: ReadContext, item: unknown, path: Path): IssueTagValue | undefined {
  const entry = readObject<IssueTagValue & { extra?: unknown }>(ctx, item, path, undefined, VALUE_SPEC, 'tag value object');
  if (entry === undefined) return undefined;
  delete entry.extra;
  if (entry.value === undefined) {
    report(ctx, path, undefined, 'tag value with a value', item, 'dropped');
    return undefined;
  }
  entry.name ??= entry.value;
  entry.count ??= 0;
  return entry;
}

const TAG_SPEC = objectSpec({
  key: [readString],
  name: [readString],
  totalValues: [readApiCount],
  uniqueValues: [readApiCount],
  topValues: [(ctx, value, path, key) => readListItems(ctx, value, 'array of tag values', readTagValue, childPath(path, key))],
});

/** Reads one tag with its top values (`/issues/{id}/tags/` item, `/tags/{key}/` body). */
export function readIssueTag(ctx: ReadContext, item: unknown, path: Path): IssueTag | undefined {
  const tag = readObject<IssueTag & { extra?: unknown }>(ctx, item, path, undefined, TAG_SPEC, 'tag object');
  if (tag === undefined) return undefined;
  delete tag.extra;
  if (tag.key === undefined || tag.key === '') {
    report(ctx, path, undefined, 'tag with a key', item, 'dropped');
    return undefined;
  }
  tag.name ??= tag.key;
  tag.topValues ??= [];
  tag.totalValues ??= tag.topValues.reduce((sum, entry) => sum + entry.count, 0);
  return tag;
}

/** Normalizes `GET /issues/{id}/tags/`: each tag key with its top values. Never throws. */
export function normalizeIssueTags(input: unknown): NormalizeResult<IssueTag[]> {
  return normalizeListOf(input, 'array of tags', readIssueTag);
}

/** Normalizes `GET /issues/{id}/tags/{key}/`: one tag key with its top values. Never throws. */
export function normalizeIssueTag(input: unknown): NormalizeResult<IssueTag | undefined> {
  const ctx: ReadContext = { mode: 'api', problems: [] };
  let tag: IssueTag | undefined;
  try {
    tag = readIssueTag(ctx, input, '');
  } catch {
    report(ctx, '$', undefined, 'readable tag object', undefined, 'dropped');
  }
  return finishList(ctx, tag);
}

/** Normalizes `GET /issues/{id}/tags/{key}/values/`: one page of a tag's values. Never throws. */
export function normalizeIssueTagValues(input: unknown): NormalizeResult<IssueTagValue[]> {
  return normalizeListOf(input, 'array of tag values', readTagValue);
}

const STATS_SPEC = objectSpec({
  id: [readLenientString],
  count: [readApiCount],
  userCount: [readApiCount],
  stats: [readStats],
  firstSeen: [readTimestamp],
  lastSeen: [readTimestamp],
});

function readIssueStats(ctx: ReadContext, item: unknown, path: Path): IssueStats | undefined {
  const entry = readObject<IssueStats & { extra?: unknown }>(ctx, item, path, undefined, STATS_SPEC, 'issue stats object');
  if (entry === undefined) return undefined;
  // `lifetime`, `filtered` and friends are the stream's, not the chart's.
  delete entry.extra;
  if (entry.id === undefined) {
    report(ctx, path, undefined, 'issue stats with an id', item, 'dropped');
    return undefined;
  }
  entry.count ??= 0;
  entry.userCount ??= 0;
  entry.stats ??= {};
  return entry;
}

/** Normalizes `GET /organizations/{org}/issues-stats/`: counts and buckets per issue. Never throws. */
export function normalizeIssueStats(input: unknown): NormalizeResult<IssueStats[]> {
  return normalizeListOf(input, 'array of issue stats', readIssueStats);
}
