import { type ReactNode, type RefObject, useEffect, useRef, useState } from 'react';
import { useBrowserLayoutEffect } from '../../hooks/useHydrated';
import { safeHttpUrl, safeLinkHref } from '../../core/format/safeUrl';
import type { Issue } from '../../core/model';
import { useIssueListState } from './IssueListContext';
import { useRowVirtualizer } from './useRowVirtualizer';
import { fillIssueHref } from './issueHref';
import type { IssueCellContext, IssueListColumn } from './columns';

/** Props of `IssueListRows`. */
export interface IssueListRowsProps {
  /** Visible columns in display order. */
  columns: readonly IssueListColumn[];
  scrollRef: RefObject<HTMLDivElement | null>;
  /** Whether the scroller box or the page scrolls. @default "container" */
  scrollMode?: 'container' | 'window';
  now: number | undefined;
  statsPeriod: IssueCellContext['statsPeriod'];
  density: 'compact' | 'comfortable';
  renderCell?: (columnId: string, issue: Issue, content: ReactNode) => ReactNode;
  getIssueHref?: (issue: Issue) => string | undefined;
  issueHref?: string;
  /** Rows rendered before the scroller is measured (server HTML, hydration). */
  initialRowCount: number;
}

// Row heights of the density tokens at the default 16px rem; the first rendered row corrects them.
const ESTIMATE = { compact: 32, comfortable: 44 };

/**
 * The issue rows, virtualized: only the rows in view (plus a few) exist in the DOM, so 100k
 * issues scroll like 50. Arrow keys move a roving focus that scrolls the next row into view.
 */
export function IssueListRows({ columns, scrollRef, scrollMode = 'container', now, statsPeriod, density, renderCell, getIssueHref, issueHref, initialRowCount }: IssueListRowsProps) {
  const list = useIssueListState(undefined, 'IssueListRows');
  const { issues, activeIndex } = list;
  const [measured, setMeasured] = useState<number | null>(null);
  const rowHeight = measured ?? ESTIMATE[density];
  const initialRect = { width: 0, height: Math.max(0, initialRowCount - 5) * ESTIMATE[density] };
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const virtualizer = useRowVirtualizer({ mode: scrollMode, count: issues.length, scrollRef, bodyRef, rowHeight, initialRect });

  // Density tokens are rem-based and themable, and a narrow list lays rows out as taller cards
  // (a container query), so the real height comes from the page: read when the density changes
  // or the first row appears, and again whenever that row changes size.
  useBrowserLayoutEffect(() => {
    const row = scrollRef.current?.querySelector<HTMLElement>('tr[data-index]');
    if (!row) return;
    const read = () => {
      const height = row.getBoundingClientRect().height;
      if (height > 0) setMeasured((previous) => (previous !== null && Math.abs(height - previous) <= 0.5 ? previous : height));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(row);
    return () => observer.disconnect();
  }, [density, issues.length > 0]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a density change invalidates the measured height
  useEffect(() => setMeasured(null), [density]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: positions are cached per size, so a new height re-measures
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // Keyboard moves scroll the active row into view and keep focus on it once it renders.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (activeIndex < 0 || !scroller?.contains(document.activeElement)) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const row = scroller.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (tries++ < 5) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [activeIndex, virtualizer, scrollRef]);

  const items = virtualizer.getVirtualItems();
  return (
    <tbody ref={bodyRef} data-slot="body" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const issue = issues[item.index]!;
        // A host route may be relative; a permalink from data must be an absolute web URL.
        const href = getIssueHref
          ? safeLinkHref(getIssueHref(issue))
          : issueHref !== undefined
            ? safeLinkHref(fillIssueHref(issueHref, issue))
            : safeHttpUrl(issue.permalink);
        const context: IssueCellContext = { now, statsPeriod, index: item.index, href };
        return (
          <tr
            key={issue.id}
            {...list.getRowProps(issue, item.index)}
            data-status={issue.status}
            data-level={issue.level}
            // In window mode positions count from the page's top; rows sit in the body.
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <td data-slot="select-cell">
              <input {...list.getCheckboxProps(issue)} tabIndex={-1} />
            </td>
            {columns.map((column) => {
              const content = column.cell(issue, context);
              return (
                <td key={column.id} data-column={column.id} data-align={column.align ?? 'start'}>
                  {renderCell ? renderCell(column.id, issue, content) : content}
                </td>
              );
            })}
          </tr>
        );
      })}
    </tbody>
  );
}
