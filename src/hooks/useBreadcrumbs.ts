import { type ChangeEvent, useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import {
  type BreadcrumbItem,
  type BreadcrumbKind,
  type BreadcrumbList,
  type BreadcrumbOrder,
  buildBreadcrumbList,
  type CrumbTime,
  type CrumbTimeMode,
  type Event,
  formatCrumbTime,
  type Level,
  type Problem,
} from '../core';
import { useControllableState } from './useControllableState';
import { useDateFormatOptions } from './useHydrated';
import { useNormalizedEvent } from './useNormalized';

/** Options of `useBreadcrumbs`: every piece of view state is controlled or uncontrolled, like Radix. */
export interface UseBreadcrumbsOptions {
  /** Kinds to show (controlled); empty shows all. */
  kinds?: readonly BreadcrumbKind[];
  /** Kinds to show at first (uncontrolled). @default [] (all) */
  defaultKinds?: readonly BreadcrumbKind[];
  /** Called when the kinds filter changes. */
  onKindsChange?: (kinds: readonly BreadcrumbKind[]) => void;
  /** Levels to show (controlled); empty shows all. */
  levels?: readonly Level[];
  /** Levels to show at first (uncontrolled). @default [] (all) */
  defaultLevels?: readonly Level[];
  /** Called when the levels filter changes. */
  onLevelsChange?: (levels: readonly Level[]) => void;
  /** Search text (controlled), matched in summary, message, category, type and data. */
  search?: string;
  /** Search text at first (uncontrolled). @default '' */
  defaultSearch?: string;
  /** Called as the search text changes. */
  onSearchChange?: (search: string) => void;
  /** Order (controlled). */
  order?: BreadcrumbOrder;
  /** Order at first (uncontrolled). @default 'newest-first' */
  defaultOrder?: BreadcrumbOrder;
  /** Called when the order changes. */
  onOrderChange?: (order: BreadcrumbOrder) => void;
  /** Time mode (controlled): relative to the event (`-2.3s`) or absolute. */
  timeMode?: CrumbTimeMode;
  /** Time mode at first (uncontrolled). @default 'relative' */
  defaultTimeMode?: CrumbTimeMode;
  /** Called when the time mode changes. */
  onTimeModeChange?: (timeMode: CrumbTimeMode) => void;
  /** BCP 47 locale of absolute times. @default the runtime's locale; `en-US` in server HTML and while hydrating */
  locale?: string;
  /** IANA time zone of absolute times. @default the runtime's time zone; UTC in server HTML and while hydrating */
  timeZone?: string;
  /** Append the event itself as the last breadcrumb. @default true */
  includeEvent?: boolean;
}

/** What `useBreadcrumbs` returns: the filtered list with windowed access, the view state, and prop getters. */
export interface UseBreadcrumbsResult extends Omit<BreadcrumbList, 'getItem' | 'getIndex' | 'getSlice'> {
  /** The canonical event. */
  event: Event;
  /** What the normalizer repaired or dropped in the input. */
  problems: readonly Problem[];
  /** Breadcrumbs the event carries, before filtering and without the event's own row. */
  crumbCount: number;
  /** The matched row at a display position. */
  getItem: (position: number) => BreadcrumbItem | undefined;
  /** `event.breadcrumbs` index of the row at a display position, without building the row: a virtualizer's item key. */
  getIndex: (position: number) => number | undefined;
  /** Matched rows in `[start, end)` of display order: what a virtualized list asks for. */
  getSlice: (start: number, end: number) => BreadcrumbItem[];
  /** A row's time in the current mode, locale and time zone; `undefined` when it has none. */
  formatTime: (item: BreadcrumbItem) => CrumbTime | undefined;
  kinds: readonly BreadcrumbKind[];
  setKinds: (kinds: readonly BreadcrumbKind[]) => void;
  /** Adds a kind to the filter, or removes it. */
  toggleKind: (kind: BreadcrumbKind) => void;
  levels: readonly Level[];
  setLevels: (levels: readonly Level[]) => void;
  /** Adds a level to the filter, or removes it. */
  toggleLevel: (level: Level) => void;
  search: string;
  setSearch: (search: string) => void;
  order: BreadcrumbOrder;
  setOrder: (order: BreadcrumbOrder) => void;
  timeMode: CrumbTimeMode;
  setTimeMode: (timeMode: CrumbTimeMode) => void;
  /** Whether any kind, level or search filter is set. */
  isFiltered: boolean;
  /** Clears the kind, level and search filters (order and time mode stay). */
  clearFilters: () => void;
  /** Whether a row's data is expanded. */
  isExpanded: (item: BreadcrumbItem) => boolean;
  /** Expands or collapses a row's data. */
  toggleExpanded: (item: BreadcrumbItem) => void;
  /** Props of a kind filter toggle button. */
  getKindFilterProps: (kind: BreadcrumbKind) => BreadcrumbFilterButtonProps;
  /** Props of a level filter toggle button. */
  getLevelFilterProps: (level: Level) => BreadcrumbFilterButtonProps;
  /** Props of the search input. */
  getSearchProps: () => BreadcrumbSearchInputProps;
  /** Props of a row's root: state as data attributes. */
  getCrumbProps: (item: BreadcrumbItem) => BreadcrumbItemProps;
  /** Props of a row's expand button; pair with `getDataProps` on the panel. */
  getToggleProps: (item: BreadcrumbItem) => BreadcrumbToggleProps;
  /** Props of a row's data panel. */
  getDataProps: (item: BreadcrumbItem) => { id: string; 'data-slot': 'crumb-data' };
}

/** Props of a filter toggle button. */
export interface BreadcrumbFilterButtonProps {
  type: 'button';
  'aria-pressed': boolean;
  'data-state': 'on' | 'off';
  onClick: () => void;
}

/** Props of the search input. */
export interface BreadcrumbSearchInputProps {
  type: 'search';
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** Props of a breadcrumb row. */
export interface BreadcrumbItemProps {
  'data-kind': BreadcrumbKind;
  'data-level': Level;
  'data-event': '' | undefined;
  'data-state': 'expanded' | 'collapsed';
}

/** Props of a row's expand button. */
export interface BreadcrumbToggleProps {
  type: 'button';
  'aria-expanded': boolean;
  'aria-controls': string | undefined;
  onClick: () => void;
}

const NONE: readonly never[] = [];
const NO_ROWS: ReadonlySet<number> = new Set();

function toggled<T>(list: readonly T[], value: T): readonly T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/**
 * Breadcrumbs of an event (canonical or raw Sentry JSON) as a filtered, ordered, windowed list
 * for a timeline: kind and level filters with counts, text search, order, time mode, the event
 * itself as the last breadcrumb, and per-row expansion. Rows are built only when asked for
 * through `getSlice`, so 100k breadcrumbs stay cheap.
 */
export function useBreadcrumbs(input: unknown, options: UseBreadcrumbsOptions = {}): UseBreadcrumbsResult {
  const { value: event, problems } = useNormalizedEvent(input);
  const [kinds, setKinds] = useControllableState({ value: options.kinds, defaultValue: options.defaultKinds ?? NONE, onChange: options.onKindsChange });
  const [levels, setLevels] = useControllableState({ value: options.levels, defaultValue: options.defaultLevels ?? NONE, onChange: options.onLevelsChange });
  const [search, setSearch] = useControllableState({ value: options.search, defaultValue: options.defaultSearch ?? '', onChange: options.onSearchChange });
  const [order, setOrder] = useControllableState<BreadcrumbOrder>({ value: options.order, defaultValue: options.defaultOrder ?? 'newest-first', onChange: options.onOrderChange });
  const [timeMode, setTimeMode] = useControllableState<CrumbTimeMode>({
    value: options.timeMode,
    defaultValue: options.defaultTimeMode ?? 'relative',
    onChange: options.onTimeModeChange,
  });
  // Typing stays responsive on 100k breadcrumbs: the input updates at once, the list catches up.
  const deferredSearch = useDeferredValue(search);
  const includeEvent = options.includeEvent ?? true;
  const list = useMemo(
    () => buildBreadcrumbList(event, { kinds, levels, search: deferredSearch, order, includeEvent }),
    [event, kinds, levels, deferredSearch, order, includeEvent],
  );
  // Rows are keyed by position in the event, so another event starts with every row collapsed.
  const [expansion, setExpansion] = useState<{ event: Event; open: ReadonlySet<number> }>(() => ({ event, open: new Set() }));
  const expanded = expansion.event === event ? expansion.open : NO_ROWS;
  const idPrefix = useId();
  // The server's locale and zone are not the viewer's: hydrate with fixed ones, then switch.
  const { locale, timeZone } = useDateFormatOptions(options);

  const toggleKind = useCallback((kind: BreadcrumbKind) => setKinds((current) => toggled(current, kind)), [setKinds]);
  const toggleLevel = useCallback((level: Level) => setLevels((current) => toggled(current, level)), [setLevels]);
  const clearFilters = useCallback(() => {
    setKinds(NONE);
    setLevels(NONE);
    setSearch('');
  }, [setKinds, setLevels, setSearch]);
  const formatTime = useCallback(
    (item: BreadcrumbItem) => formatCrumbTime(item.timestamp, event.timestamp, { mode: timeMode, locale, timeZone }),
    [event.timestamp, timeMode, locale, timeZone],
  );
  const isExpanded = useCallback((item: BreadcrumbItem) => expanded.has(item.index), [expanded]);
  const toggleExpanded = useCallback((item: BreadcrumbItem) => {
    setExpansion((current) => {
      const next = new Set(current.event === event ? current.open : NO_ROWS);
      if (!next.delete(item.index)) next.add(item.index);
      return { event, open: next };
    });
  }, [event]);
  const dataId = (item: BreadcrumbItem) => `${idPrefix}-crumb-${item.index}`;

  return {
    event,
    problems,
    crumbCount: event.breadcrumbs.length,
    total: list.total,
    matched: list.matched,
    kindCounts: list.kindCounts,
    levelCounts: list.levelCounts,
    getItem: list.getItem,
    getIndex: list.getIndex,
    getSlice: list.getSlice,
    formatTime,
    kinds,
    setKinds,
    toggleKind,
    levels,
    setLevels,
    toggleLevel,
    search,
    setSearch,
    order,
    setOrder,
    timeMode,
    setTimeMode,
    isFiltered: kinds.length > 0 || levels.length > 0 || search.trim() !== '',
    clearFilters,
    isExpanded,
    toggleExpanded,
    getKindFilterProps: (kind) => {
      const on = kinds.includes(kind);
      return { type: 'button', 'aria-pressed': on, 'data-state': on ? 'on' : 'off', onClick: () => toggleKind(kind) };
    },
    getLevelFilterProps: (level) => {
      const on = levels.includes(level);
      return { type: 'button', 'aria-pressed': on, 'data-state': on ? 'on' : 'off', onClick: () => toggleLevel(level) };
    },
    getSearchProps: () => ({ type: 'search', value: search, onChange: (e) => setSearch(e.target.value) }),
    getCrumbProps: (item) => ({
      'data-kind': item.kind,
      'data-level': item.level,
      'data-event': item.isEvent ? '' : undefined,
      'data-state': expanded.has(item.index) ? 'expanded' : 'collapsed',
    }),
    getToggleProps: (item) => {
      const open = expanded.has(item.index);
      return { type: 'button', 'aria-expanded': open, 'aria-controls': open ? dataId(item) : undefined, onClick: () => toggleExpanded(item) };
    },
    getDataProps: (item) => ({ id: dataId(item), 'data-slot': 'crumb-data' }),
  };
}
