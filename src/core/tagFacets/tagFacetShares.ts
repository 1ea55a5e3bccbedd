/** One value of a tag as Sentry's `/issues/{id}/tags/` lists it among the tag's top values. */
export interface TagFacetValue {
  /** The value as stored and searched. */
  value: string;
  /** The value as shown (Sentry's `name`, e.g. a user's display name). @default `value` */
  name?: string;
  /** Events with this value. */
  count: number;
}

/** One tag of an issue with its top values, in the shape of Sentry's `/issues/{id}/tags/`. */
export interface TagFacet {
  key: string;
  /** The tag's display name. @default `key` */
  name?: string;
  /** Events that carry this tag at all. */
  totalValues: number;
  /** Distinct values of the tag, when the API says. */
  uniqueValues?: number;
  topValues: readonly TagFacetValue[];
}

/** A value ready to draw: its label, count, share of the tag's events and its search query. */
export interface TagFacetShare {
  value: string;
  label: string;
  count: number;
  /** Between 0 and 1. */
  share: number;
  /** `key:value` in Sentry's search syntax, quoted as needed. */
  query: string;
}

/** The drawn values of a tag and what is left for "Other". */
export interface TagFacetShares {
  values: TagFacetShare[];
  /** Events with a value not listed: `totalValues` minus the listed counts (never below 0). */
  otherCount: number;
  otherShare: number;
  total: number;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);
const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined);

// Sentry's tokenizer ends a bare value at whitespace, a quote, a bracket or a comma, and reads
// a leading `!` as negation: such values travel quoted, with `"` and `\` escaped.
const BARE_VALUE = /^[^\s"()[\],!]+$/;
const PLAIN_KEY = /^[A-Za-z0-9_.:-]+$/;

/** `key:value` as Sentry's search syntax needs it; odd keys go through `tags[…]`. */
export function tagSearchQuery(key: string, value: string): string {
  const term = PLAIN_KEY.test(key) && !key.endsWith(':') ? key : `tags[${key.replace(/[\]\\]/g, '\\$&')}]`;
  const quoted = BARE_VALUE.test(value) && !value.endsWith(':') ? value : `"${value.replace(/[\\"]/g, '\\$&')}"`;
  return `${term}:${quoted}`;
}

/**
 * The shares of a tag's values. Reads defensively (counts that are not finite numbers count as
 * 0, a value that is no string is left out), so an odd answer draws odd bars, not a crash; the
 * total is at least the sum of the listed counts, so no share exceeds 100 %.
 */
export function getTagFacetShares(tag: Pick<TagFacet, 'key' | 'totalValues'>, values: readonly TagFacetValue[]): TagFacetShares {
  const rows: Omit<TagFacetShare, 'share'>[] = [];
  for (const item of Array.isArray(values) ? values : []) {
    const value = text(item?.value);
    if (value === undefined) continue;
    const name = text(item.name);
    rows.push({ value, label: name || value, count: count(item.count), query: tagSearchQuery(String(tag.key), value) });
  }
  const listed = rows.reduce((sum, row) => sum + row.count, 0);
  const total = Math.max(count(tag.totalValues), listed);
  const share = (n: number) => (total > 0 ? n / total : 0);
  return {
    values: rows.map((row) => ({ ...row, share: share(row.count) })),
    otherCount: total - listed,
    otherShare: share(total - listed),
    total,
  };
}
