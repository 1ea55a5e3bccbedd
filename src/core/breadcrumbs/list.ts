import { type Breadcrumb, type Event, LEVELS, type Level } from '../model';
import { getBreadcrumbHaystack, getCrumbHaystacks, getCrumbIndex, levelPosition } from './crumbIndex';
import { getEventBreadcrumb } from './eventCrumb';
import { BREADCRUMB_KINDS, type BreadcrumbKind, getBreadcrumbKind } from './kind';
import { type BreadcrumbNote, getBreadcrumbNotes } from './notes';
import { getBreadcrumbSummary } from './summary';

/** Order of a breadcrumb list. */
export type BreadcrumbOrder = 'newest-first' | 'oldest-first';

/** Options of `buildBreadcrumbList`. */
export interface BreadcrumbListOptions {
  /** Show only these kinds; empty or absent shows all. */
  kinds?: readonly BreadcrumbKind[];
  /** Show only these levels; empty or absent shows all. */
  levels?: readonly Level[];
  /** Case-insensitive text to find in message, category, type or data. */
  search?: string;
  /** @default 'newest-first' */
  order?: BreadcrumbOrder;
  /** Append the event itself as the last (most recent) breadcrumb. @default true */
  includeEvent?: boolean;
}

/** One row of a breadcrumb list, made only when asked for. */
export interface BreadcrumbItem {
  /** Position in `event.breadcrumbs`; the event's own row has `event.breadcrumbs.length`. */
  index: number;
  /** The breadcrumb as the event carries it (synthesized for the event's own row). */
  breadcrumb: Breadcrumb;
  kind: BreadcrumbKind;
  /** Level, `info` when the breadcrumb has none. */
  level: Level;
  category: string | undefined;
  /** One-line description: `GET /api/x → 500`, `/a → /b`, a selector, or the message. */
  summary: string;
  data: Record<string, unknown> | undefined;
  timestamp: string | undefined;
  /** Whether this row is the event itself rather than a breadcrumb. */
  isEvent: boolean;
  /** What Sentry trimmed or scrubbed in this breadcrumb (`_meta`); absent when nothing. */
  notes?: BreadcrumbNote[];
}

/** A filtered, ordered breadcrumb list with windowed access for virtualized rendering. */
export interface BreadcrumbList {
  /** Rows before filtering, the event's own row included. */
  total: number;
  /** Rows that pass the filters. */
  matched: number;
  /** Per kind, rows matching the search and level filter (the kind filter is not applied, so chips stay useful). */
  kindCounts: Record<BreadcrumbKind, number>;
  /** Per level, rows matching the search and kind filter. */
  levelCounts: Record<Level, number>;
  /** The matched row at a position in display order. */
  getItem(position: number): BreadcrumbItem | undefined;
  /** `event.breadcrumbs` index of the row at a position, without building the row: a cheap key for virtualizers. */
  getIndex(position: number): number | undefined;
  /** Matched rows from `start` up to, not including, `end`, in display order. */
  getSlice(start: number, end: number): BreadcrumbItem[];
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function positionMask(selected: readonly string[] | undefined, all: readonly string[]): boolean[] {
  if (!selected || selected.length === 0) return all.map(() => true);
  return all.map((value) => selected.includes(value));
}

/**
 * Filters and orders an event's breadcrumbs without making an object per breadcrumb:
 * kinds, levels and search texts are computed once per breadcrumb array and cached, rows
 * are built only for the window a view asks for through `getItem` / `getSlice`.
 */
export function buildBreadcrumbList(event: Event, options: BreadcrumbListOptions = {}): BreadcrumbList {
  const { order = 'newest-first', includeEvent = true } = options;
  const crumbs = event.breadcrumbs;
  const index = getCrumbIndex(crumbs);
  const eventCrumb = includeEvent ? getEventBreadcrumb(event) : undefined;
  const needle = options.search?.trim().toLowerCase() ?? '';
  const haystacks = needle ? getCrumbHaystacks(crumbs) : undefined;
  const kindOk = positionMask(options.kinds, BREADCRUMB_KINDS);
  const levelOk = positionMask(options.levels, LEVELS);
  const kindCounts = zeroCounts(BREADCRUMB_KINDS);
  const levelCounts = zeroCounts(LEVELS);
  const total = crumbs.length + (eventCrumb ? 1 : 0);
  const matchedIndices = new Int32Array(total);
  let matched = 0;

  const consider = (i: number, kind: number, level: number, haystack: string | undefined) => {
    if (haystack !== undefined && !haystack.includes(needle)) return;
    const kindPasses = kindOk[kind] === true;
    const levelPasses = levelOk[level] === true;
    if (levelPasses) kindCounts[BREADCRUMB_KINDS[kind] as BreadcrumbKind] += 1;
    if (kindPasses) levelCounts[LEVELS[level] as Level] += 1;
    if (kindPasses && levelPasses) matchedIndices[matched++] = i;
  };
  for (let i = 0; i < crumbs.length; i++) {
    consider(i, index.kinds[i] ?? 0, index.levels[i] ?? 0, haystacks?.[i]);
  }
  if (eventCrumb) {
    const kind = BREADCRUMB_KINDS.indexOf(getBreadcrumbKind(eventCrumb));
    consider(crumbs.length, kind, levelPosition(eventCrumb.level), needle ? getBreadcrumbHaystack(eventCrumb) : undefined);
  }

  const itemCache = new Map<number, BreadcrumbItem>();
  let notes: ReadonlyMap<number, BreadcrumbNote[]> | undefined;
  const getIndex = (position: number): number | undefined => {
    if (!Number.isInteger(position) || position < 0 || position >= matched) return undefined;
    return matchedIndices[order === 'newest-first' ? matched - 1 - position : position];
  };
  const getItem = (position: number): BreadcrumbItem | undefined => {
    const i = getIndex(position);
    if (i === undefined) return undefined;
    let item = itemCache.get(i);
    if (!item) {
      const breadcrumb = i < crumbs.length ? crumbs[i] : eventCrumb;
      if (!breadcrumb) return undefined;
      const kind = getBreadcrumbKind(breadcrumb);
      item = {
        index: i,
        breadcrumb,
        kind,
        level: LEVELS[levelPosition(breadcrumb.level)] ?? 'info',
        category: breadcrumb.category,
        summary: getBreadcrumbSummary(breadcrumb, kind),
        data: breadcrumb.data,
        timestamp: breadcrumb.timestamp,
        isEvent: i === crumbs.length,
      };
      notes ??= getBreadcrumbNotes(event);
      const crumbNotes = item.isEvent ? undefined : notes.get(i);
      if (crumbNotes) item.notes = crumbNotes;
      itemCache.set(i, item);
    }
    return item;
  };
  const getSlice = (start: number, end: number): BreadcrumbItem[] => {
    const items: BreadcrumbItem[] = [];
    for (let position = Math.max(0, start); position < Math.min(end, matched); position++) {
      const item = getItem(position);
      if (item) items.push(item);
    }
    return items;
  };
  return { total, matched, kindCounts, levelCounts, getItem, getIndex, getSlice };
}
