import { functionalUpdate, useTable } from '@tanstack/react-table';
import { type ComponentPropsWithoutRef, forwardRef, type KeyboardEvent, type ReactNode, useId, useMemo, useRef } from 'react';
import { ISSUE_SORTS, type IssueSort } from '../../core/issues';
import type { Issue } from '../../core/model';
import { useControllableState } from '../../hooks/useControllableState';
import { type UseIssueListOptions, useIssueList } from '../../hooks/useIssueList';
import { useHydrated } from '../../hooks/useHydrated';
import { useNow } from '../../hooks/useNow';
import { cx } from '../cx';
import { ProblemsNotice } from '../ProblemsNotice';
import { type IssueCellContext, type IssueListColumn, defaultIssueColumns } from './columns';
import { IssueBulkBar } from './IssueBulkBar';
import { IssueColumnsMenu } from './IssueColumnsMenu';
import { IssueListContext } from './IssueListContext';
import { IssueListRows } from './IssueListRows';
import { type IssueListPeriod, IssuePeriodPicker, type IssueStatsPeriod } from './IssuePeriodPicker';
import { IssueSearch } from './IssueSearch';
import { isSearchShortcut, useGlobalSearchShortcut } from './searchShortcut';
import { issueColumnHelper, issueTableFeatures } from './table';
import { IssueListEmpty, IssueListError, IssueListSkeleton } from './states';

// Own names for TanStack Table's column state (same shapes): the declarations then need no
// import of TanStack Table, an ES module only, which a CommonJS host's types cannot load.
/** Which columns show, by column id (`false` hides one). */
export type IssueColumnVisibility = Record<string, boolean>;
/** Column ids in display order. */
export type IssueColumnOrder = string[];

/** Props of `IssueList`. */
export interface IssueListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'>, UseIssueListOptions {
  /** Issues: canonical `Issue`s or the Sentry Web API issues response, as sent. */
  issues: unknown;
  /** Columns to offer, in their default order. @default defaultIssueColumns */
  columns?: readonly IssueListColumn[];
  /** Wraps or replaces one cell's content; `content` is the column's own rendering. @default the column's content */
  renderCell?: (columnId: string, issue: Issue, content: ReactNode) => ReactNode;
  /** Which columns show, by id, when controlled (missing ids show). */
  columnVisibility?: IssueColumnVisibility;
  /** Column visibility to start with when uncontrolled. @default every column */
  defaultColumnVisibility?: IssueColumnVisibility;
  /** Called with every new column visibility. */
  onColumnVisibilityChange?: (visibility: IssueColumnVisibility) => void;
  /** Column ids in display order, when controlled (missing ids follow in their default order). */
  columnOrder?: IssueColumnOrder;
  /** Column order to start with when uncontrolled. @default the order of `columns` */
  defaultColumnOrder?: IssueColumnOrder;
  /** Called with every new column order. */
  onColumnOrderChange?: (order: IssueColumnOrder) => void;
  /** Row height: sets `--fl-row-height`. @default "comfortable" */
  density?: 'compact' | 'comfortable';
  /** Which `stats` series the graph column shows. @default "24h" */
  statsPeriod?: IssueCellContext['statsPeriod'];
  /** Shows a skeleton while the host fetches issues. @default false */
  loading?: boolean;
  /** Shows this error (its message, for an `Error`) instead of rows, such as a failed fetch. @default none */
  error?: ReactNode | Error;
  /** What shows when no issue matches. @default "No issues match this search." with a clear button */
  empty?: ReactNode;
  /** How many issues match on the server, for "select all matching". @default the visible count */
  totalMatching?: number;
  /** Accessible name of the grid. @default "Issues" */
  label?: string;
  /**
   * Where an issue's title links, such as the host's own issue page (`/issues/${issue.id}`);
   * relative or `http(s):` URLs only, `undefined` for no link. A function cannot cross from a
   * server component to a client one: use `issueHref` there. @default the issue's permalink
   */
  getIssueHref?: (issue: Issue) => string | undefined;
  /**
   * Where an issue's title links, as a template: `"/errors/{id}"`; `{id}`, `{shortId}` and
   * `{project}` (slug, else id) are filled in URL-encoded, and the result must be a relative or
   * `http(s):` URL. A string, so a server component can pass it. `getIssueHref` wins when both
   * are given. @default the issue's permalink
   */
  issueHref?: string;
  /**
   * Rows rendered before the list has measured its box: in server HTML, while hydrating and in
   * the first client render, so the issues' titles are in the page before any script runs.
   * @default 20
   */
  initialRowCount?: number;
  /** Whether `/` anywhere on the page (outside text fields) focuses the search. @default true */
  globalSearchShortcut?: boolean;
  /**
   * What scrolls: `"container"` a box of `--fl-issue-list-height`, `"window"` the page itself
   * (rows still virtualized), for a list that is the page's main content. @default "container"
   */
  scrollMode?: 'container' | 'window';
  /** The time window, when controlled; the toolbar shows a period picker when this or `onPeriodChange` is given. */
  period?: IssueListPeriod;
  /** The time window to start with when uncontrolled. @default { statsPeriod: "24h" } */
  defaultPeriod?: IssueListPeriod;
  /** Called with a chosen period or a valid custom range; the host fetches for it (`statsPeriod` or `start` / `end`). */
  onPeriodChange?: (period: IssueListPeriod) => void;
  /** Relative periods the picker offers. @default 1h, 24h, 7d, 14d, 30d */
  periods?: readonly IssueStatsPeriod[];
}

const DEFAULT_PERIOD: IssueListPeriod = { statsPeriod: '24h' };
const columnTrack = (id: string, width: string) => (/^[A-Za-z][\w-]*$/.test(id) ? `var(--fl-issue-col-${id}, ${width})` : width);

const EMPTY_VISIBILITY: IssueColumnVisibility = {};

/**
 * Sentry's issue stream: a searchable, sortable, selectable, virtualized grid of issues with
 * bulk actions. Takes raw Web API issues or canonical ones; keyboard: arrows move, Enter opens,
 * `x` selects, `/` searches.
 */
export const IssueList = /* @__PURE__ */ forwardRef<HTMLDivElement, IssueListProps>(function IssueList(props: IssueListProps, ref) {
  const {
    issues: input, columns = defaultIssueColumns, renderCell, columnVisibility, defaultColumnVisibility, onColumnVisibilityChange,
    columnOrder, defaultColumnOrder, onColumnOrderChange, density = 'comfortable', statsPeriod = '24h', loading = false, error,
    empty, totalMatching, label = 'Issues', getIssueHref, issueHref, initialRowCount = 20, globalSearchShortcut = true, query, defaultQuery, onQueryChange, sort, defaultSort, onSortChange, now, me,
    onBulkAction, onIssueOpen, selection, defaultSelection, onSelectionChange, onQueryCommit, searchDebounceMs, scrollMode = 'container', period, defaultPeriod, onPeriodChange, periods,
    className, onKeyDown, ...rest
  } = props;
  const list = useIssueList(input, {
    query, defaultQuery, onQueryChange, onQueryCommit, searchDebounceMs, sort, defaultSort, onSortChange, now, me, onBulkAction, onIssueOpen, selection, defaultSelection, onSelectionChange,
  });
  const [currentPeriod, setPeriod] = useControllableState({ value: period, defaultValue: defaultPeriod ?? DEFAULT_PERIOD, onChange: onPeriodChange });
  const showPeriod = period !== undefined || onPeriodChange !== undefined;
  const live = useNow();
  // A server's clock is not the browser's: until hydrated, relative times wait (unless fixed).
  const hydrated = useHydrated();
  const current = now !== undefined ? (typeof now === 'number' ? now : now.getTime()) : hydrated ? live : undefined;
  const id = useId();
  const searchRef = useRef<HTMLInputElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);

  const [visibility, setVisibility] = useControllableState({ value: columnVisibility, defaultValue: defaultColumnVisibility ?? EMPTY_VISIBILITY, onChange: onColumnVisibilityChange });
  const [order, setOrder] = useControllableState({ value: columnOrder, defaultValue: defaultColumnOrder ?? columns.map((c) => c.id), onChange: onColumnOrderChange });
  const byId = useMemo(() => new Map(columns.map((column) => [column.id, column])), [columns]);
  const columnDefs = useMemo(() => columns.map((column) => issueColumnHelper.display({ id: column.id, header: column.header })), [columns]);
  // TanStack Table owns the column model (visibility, order, header groups); rows come searched
  // and sorted from the hook, so the table never builds a row model per keystroke.
  const table = useTable({
    features: issueTableFeatures,
    columns: columnDefs,
    data: list.issues,
    getRowId: (issue) => issue.id,
    state: { columnVisibility: visibility, columnOrder: order },
    onColumnVisibilityChange: (updater) => setVisibility((previous) => functionalUpdate(updater, previous)),
    onColumnOrderChange: (updater) => setOrder((previous) => functionalUpdate(updater, previous)),
  });
  const visibleColumns = table.getVisibleLeafColumns().flatMap((column) => byId.get(column.id) ?? []);
  // Each track reads `--fl-issue-col-<id>` first, so the stylesheet's container queries can drop
  // a column's track at narrow widths (an empty value removes it) and hide its cells.
  const tracks = ['2.5rem', ...visibleColumns.map((column) => columnTrack(column.id, column.width ?? 'minmax(6rem, 1fr)'))].join(' ');

  const onRootKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    if (isSearchShortcut(event)) {
      event.preventDefault();
      searchRef.current?.focus();
    }
  };
  useGlobalSearchShortcut(globalSearchShortcut, searchRef);

  const sortHeader = (column: IssueListColumn) => {
    if (!column.sort) return column.header;
    const target: IssueSort = column.sort;
    return (
      <button type="button" data-slot="sort-button" aria-pressed={list.sort === target} onClick={() => list.setSort(target)}>
        {column.header}
        <span aria-hidden="true">{list.sort === target ? ' ▼' : ''}</span>
      </button>
    );
  };

  const state = error ? 'error' : loading ? 'loading' : list.issues.length === 0 ? 'empty' : 'ready';
  return (
    // `.Provider` rather than the context itself: React 18 hosts are supported.
    <IssueListContext.Provider value={list}>
      {/* The root hears `/` bubbling from any of its parts, so it needs no role of its own. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: keyboard shortcut delegation, not an interaction target */}
      <div {...rest} ref={ref} className={cx('fl fl-issue-list', className)} data-density={density} data-state={state} data-scroll-mode={scrollMode} onKeyDown={onRootKeyDown}>
        <div data-slot="toolbar">
          <IssueSearch inputRef={searchRef} />
          {showPeriod ? <IssuePeriodPicker value={currentPeriod} onValueChange={setPeriod} periods={periods} /> : null}
          <label data-slot="sort">
            <span>Sort by</span>
            <select className="fl-button" value={list.sort} onChange={(event) => list.setSort(event.target.value as IssueSort)}>
              {ISSUE_SORTS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
          <IssueColumnsMenu table={table} labels={byId} />
        </div>
        <IssueBulkBar totalMatching={totalMatching} />
        <ProblemsNotice problems={list.problems} subject="issue list" />
        {/* The tracks are set here, beside the container queries' `--fl-issue-col-*`, so their var()s resolve against them. */}
        <div ref={scrollRef} data-slot="scroller" style={{ ['--fl-issue-list-columns' as string]: tracks }}>
          <table
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: APG's data grid is a table with role grid: rows take arrow keys and selection
            role="grid"
            id={`${id}-grid`}
            aria-label={label}
            aria-rowcount={state === 'ready' ? list.issues.length + 1 : undefined}
            aria-colcount={visibleColumns.length + 1}
            aria-multiselectable="true"
            aria-busy={loading || undefined}
          >
            <thead data-slot="head">
              <tr aria-rowindex={1}>
                <th scope="col" data-slot="select-cell">
                  <input {...list.getSelectAllProps()} />
                </th>
                {table.getHeaderGroups()[0]?.headers.map((header) => {
                  const column = byId.get(header.column.id);
                  if (!column) return null;
                  const sorted = column.sort && list.sort === column.sort;
                  return (
                    <th key={header.id} scope="col" data-column={column.id} data-align={column.align ?? 'start'} aria-sort={column.sort ? (sorted ? 'descending' : 'none') : undefined}>
                      {sortHeader(column)}
                    </th>
                  );
                })}
              </tr>
            </thead>
            {state === 'error' ? (
              <IssueListError error={error} columns={visibleColumns.length + 1} />
            ) : state === 'loading' ? (
              <IssueListSkeleton columns={visibleColumns} />
            ) : state === 'empty' ? (
              <IssueListEmpty query={list.query} onClear={() => {
                  list.setQuery('');
                  list.commitQuery('');
                }} columns={visibleColumns.length + 1}>
                {empty}
              </IssueListEmpty>
            ) : (
              <IssueListRows columns={visibleColumns} scrollRef={scrollRef} scrollMode={scrollMode} now={current} statsPeriod={statsPeriod} density={density} renderCell={renderCell} getIssueHref={getIssueHref} issueHref={issueHref} initialRowCount={initialRowCount} />
            )}
          </table>
        </div>
      </div>
    </IssueListContext.Provider>
  );
});
