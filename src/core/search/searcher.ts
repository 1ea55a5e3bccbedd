import type { Issue } from '../model';
import { compileIssueRowPredicate, type IssueSearchContext } from './compile';
import type { IssueIndex } from './issueIndex';
import { parseIssueQuery } from './parse';
import type { IssueFilter, ParsedIssueQuery } from './types';

/** The issues a query matches, with the parse behind them. */
export interface IssueSearchResult {
  query: string;
  parsed: ParsedIssueQuery;
  /** Positions in `index.issues` of the matching issues, in the searched order. */
  positions: Int32Array;
  /** The matching issues, in the same order as `positions`. */
  issues: Issue[];
}

/** Options for `IssueSearcher.search`. */
export interface IssueSearchOptions {
  /**
   * Positions of `index.issues` in display order (from `getIssueSortOrder`): results come out
   * in this order, so sorting is not redone per keystroke. Default: index order.
   */
  order?: Int32Array;
}

/** Searches one index, remembering recent queries so each keystroke does the least work. */
export interface IssueSearcher {
  readonly index: IssueIndex;
  /** Same query, context and order return the same result object (safe for React memos). */
  search(query: string, context: IssueSearchContext, options?: IssueSearchOptions): IssueSearchResult;
}

interface CachedSearch {
  result: IssueSearchResult;
  contextKey: string;
  now: number;
  order: Int32Array | undefined;
  filterKeys: Set<string>;
}

const filterKey = ({ position: _p, length: _l, rawKey: _r, ...meaning }: IssueFilter) => JSON.stringify(meaning);
const hasRelativeDate = (parsed: ParsedIssueQuery) => parsed.filters.some((f) => f.type === 'date' && f.date.kind === 'relative');

/**
 * Whether every issue `next` matches also matched `previous`: all filters of `previous` are
 * still there (filters only ever narrow, being ANDed) and each previous text term is contained
 * in some new one, as when a word grows by a keystroke.
 */
function narrows(previous: CachedSearch, next: ParsedIssueQuery, nextKeys: Set<string>): boolean {
  for (const key of previous.filterKeys) if (!nextKeys.has(key)) return false;
  return previous.result.parsed.freeText.every((term) => {
    const lowered = term.toLowerCase();
    return next.freeText.some((candidate) => {
      const grown = candidate.toLowerCase();
      return lowered.includes('*') ? grown === lowered : grown.includes(lowered);
    });
  });
}

/**
 * Creates a searcher over an index. It memoises parses and the last `cacheSize` results, and
 * when a new query only narrows a remembered one (`TypeErr` → `TypeErro`, a filter added) it
 * filters that result instead of the whole index.
 */
export function createIssueSearcher(index: IssueIndex, cacheSize = 16): IssueSearcher {
  const cache: CachedSearch[] = [];
  const { issues } = index;

  function search(query: string, context: IssueSearchContext, options: IssueSearchOptions = {}): IssueSearchResult {
    const now = typeof context.now === 'number' ? context.now : context.now.getTime();
    // Only `release:latest` reads the newest release: other queries skip the scan for it.
    const latestRelease = context.latestRelease ?? (/latest/i.test(query) ? index.latestRelease : undefined);
    const contextKey = JSON.stringify([context.me ?? null, latestRelease ?? null]);
    const { order } = options;
    const exact = cache.find(
      (c) => c.result.query === query && c.contextKey === contextKey && c.order === order && (c.now === now || !hasRelativeDate(c.result.parsed)),
    );
    if (exact) return exact.result;

    const parsed = parseIssueQuery(query);
    const filterKeys = new Set(parsed.filters.map(filterKey));
    const relative = hasRelativeDate(parsed);
    const base = cache.find(
      (c) =>
        c.contextKey === contextKey &&
        c.order === order &&
        (c.now === now || (!relative && !hasRelativeDate(c.result.parsed))) &&
        narrows(c, parsed, filterKeys),
    );
    const positions = matchAll(parsed) ? (order?.slice() ?? identity(issues.length)) : filterPositions(parsed, { ...context, latestRelease }, base?.result.positions, order);
    const size = positions.length;
    const matched: Issue[] = new Array(size);
    for (let i = 0; i < size; i++) matched[i] = issues[positions[i]!]!;
    const result: IssueSearchResult = { query, parsed, positions, issues: matched };
    cache.unshift({ result, contextKey, now, order, filterKeys });
    if (cache.length > cacheSize) cache.pop();
    return result;
  }

  /** Positions whose rows match, from `candidates` (a narrower search) or every position in `order`. */
  function filterPositions(parsed: ParsedIssueQuery, context: IssueSearchContext, candidates: Int32Array | undefined, order: Int32Array | undefined): Int32Array {
    const { rows } = index;
    const matches = compileIssueRowPredicate(parsed, context);
    const count = candidates ? candidates.length : (order?.length ?? rows.length);
    const found = new Int32Array(count);
    let size = 0;
    for (let i = 0; i < count; i++) {
      const position = candidates ? candidates[i]! : order ? order[i]! : i;
      if (matches(rows[position]!)) found[size++] = position;
    }
    return found.slice(0, size);
  }

  return { index, search };
}

// A query without filters or words matches every issue: its result is the order itself, and it
// needs no search rows, so an unfiltered list shows before the index is built.
const matchAll = (parsed: ParsedIssueQuery) => parsed.filters.length === 0 && parsed.freeText.length === 0 && parsed.errors.length === 0;

function identity(length: number): Int32Array {
  const positions = new Int32Array(length);
  for (let i = 0; i < length; i++) positions[i] = i;
  return positions;
}
