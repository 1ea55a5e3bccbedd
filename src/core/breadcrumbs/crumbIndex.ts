import { type Breadcrumb, LEVELS, type Level } from '../model';
import { maskText } from '../privacy/text';
import { maskValue } from '../privacy/walk';
import { BREADCRUMB_KINDS, getBreadcrumbKind } from './kind';
import { getBreadcrumbSummary } from './summary';

/** Level of a breadcrumb that has none, as Sentry shows it. */
export const DEFAULT_BREADCRUMB_LEVEL: Level = 'info';

/**
 * Per-breadcrumb facts a filter pass needs, computed once per breadcrumb array: kind and level
 * as small integers, and (on the first search) one lowercased text to search in.
 */
export interface CrumbIndex {
  /** Position in `BREADCRUMB_KINDS` of each breadcrumb's kind. */
  kinds: Uint8Array;
  /** Position in `LEVELS` of each breadcrumb's level. */
  levels: Uint8Array;
  /** Lowercased search text of each breadcrumb; built on the first search. */
  haystacks: string[] | undefined;
}

// Keyed by the array, not the event: events are immutable, so a new array means new breadcrumbs.
const indexCache = new WeakMap<readonly Breadcrumb[], CrumbIndex>();

/** Position of a level in `LEVELS`. */
export function levelPosition(level: Level | undefined): number {
  const position = LEVELS.indexOf(level ?? DEFAULT_BREADCRUMB_LEVEL);
  // A level outside the model (hand-built data) counts as the default rather than vanishing from every chip.
  return position >= 0 ? position : LEVELS.indexOf(DEFAULT_BREADCRUMB_LEVEL);
}

/**
 * The lowercased text a search looks in: the summary (`GET /api/x → 500`), message, category,
 * type and the data as JSON, secrets masked as the row shows them, so typing a password into
 * the search does not tell which row holds it.
 */
export function getBreadcrumbHaystack(breadcrumb: Breadcrumb): string {
  let data = '';
  if (breadcrumb.data !== undefined) {
    try {
      data = JSON.stringify(maskValue(breadcrumb.data));
    } catch {
      // Data that cannot be serialized (cycles, BigInt) is still matched on its other fields.
      data = '';
    }
  }
  const summary = getBreadcrumbSummary(breadcrumb, getBreadcrumbKind(breadcrumb));
  return `${summary}\n${maskText(breadcrumb.message ?? '')}\n${breadcrumb.category ?? ''}\n${breadcrumb.type ?? ''}\n${data}`.toLowerCase();
}

/** The cached index of a breadcrumb array, built on first use. */
export function getCrumbIndex(breadcrumbs: readonly Breadcrumb[]): CrumbIndex {
  let index = indexCache.get(breadcrumbs);
  if (!index) {
    const kinds = new Uint8Array(breadcrumbs.length);
    const levels = new Uint8Array(breadcrumbs.length);
    breadcrumbs.forEach((breadcrumb, i) => {
      kinds[i] = BREADCRUMB_KINDS.indexOf(getBreadcrumbKind(breadcrumb));
      levels[i] = levelPosition(breadcrumb.level);
    });
    index = { kinds, levels, haystacks: undefined };
    indexCache.set(breadcrumbs, index);
  }
  return index;
}

/** The search texts of a breadcrumb array, built once and kept with its index. */
export function getCrumbHaystacks(breadcrumbs: readonly Breadcrumb[]): string[] {
  const index = getCrumbIndex(breadcrumbs);
  if (!index.haystacks) index.haystacks = breadcrumbs.map(getBreadcrumbHaystack);
  return index.haystacks;
}
