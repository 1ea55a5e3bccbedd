import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type ComponentPropsWithoutRef, type FocusEvent, forwardRef, type ReactNode, useCallback, useRef } from 'react';
import type { Problem } from '../../core';
import { type UseBreadcrumbsOptions, useBreadcrumbs } from '../../hooks/useBreadcrumbs';
import { cx } from '../cx';
import { RevealSecretsContext, useRevealSecrets } from '../KeyValueList/revealSecrets';
import { type OptionNames, splitProps } from '../splitProps';
import { observeRectOr } from '../virtualRect';
import { ProblemsNotice } from '../ProblemsNotice';
import { TrimNotice } from '../TrimNotice';
import { BreadcrumbFilters } from './BreadcrumbFilters';
import { BreadcrumbRow } from './BreadcrumbRow';

/** Props of `BreadcrumbTimeline`. */
export interface BreadcrumbTimelineProps extends UseBreadcrumbsOptions, Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The event: raw Sentry JSON (SDK payload, Web API event, webhook body) or the canonical model. */
  event: unknown;
  /** Accessible name of the timeline. @default "Breadcrumbs" */
  'aria-label'?: string;
  /** Largest height of the scrolling list; it shrinks to fit fewer rows. @default "32rem" */
  maxHeight?: string;
  /** Estimated height in pixels of a row before it is measured. @default 64 */
  estimateRowHeight?: number;
  /**
   * Rows rendered before the list has measured its box: in server HTML, while hydrating and in
   * the first client render, so the breadcrumbs are in the page before any script runs.
   * @default 10
   */
  initialRowCount?: number;
  /** Shown when the event has no breadcrumbs. @default "No breadcrumbs were recorded before this event." */
  empty?: ReactNode;
  /** Whether each masked secret in breadcrumb data gets a Reveal button. @default true, or the nearest `EventView`'s */
  revealSecrets?: boolean;
}

// What TrimNotice reports here: the cut breadcrumbs.
const TRIMMED_PARTS = ['breadcrumbs'] as const;

// The whole input (`$`) or any breadcrumbs list, also inside a webhook body (`data.event.breadcrumbs…`).
const isBreadcrumbProblem = (problem: Problem) => problem.path === '$' || problem.path === '' || /(^|\.)breadcrumbs\b/.test(problem.path);

const OVERSCAN = 6;

// The hook's options, forwarded as they are; the rest of the props go to the root.
const BREADCRUMB_OPTIONS: OptionNames<UseBreadcrumbsOptions> = {
  kinds: true,
  defaultKinds: true,
  onKindsChange: true,
  levels: true,
  defaultLevels: true,
  onLevelsChange: true,
  search: true,
  defaultSearch: true,
  onSearchChange: true,
  order: true,
  defaultOrder: true,
  onOrderChange: true,
  timeMode: true,
  defaultTimeMode: true,
  onTimeModeChange: true,
  locale: true,
  timeZone: true,
  includeEvent: true,
};

/**
 * The breadcrumbs that led to an event as a vertical, virtualized timeline: kind icon, level
 * colour, category, summary, time and expandable data per entry, with search, kind and level
 * filters, order and time mode, and the event itself as the last entry.
 */
export const BreadcrumbTimeline = /* @__PURE__ */ forwardRef<HTMLElement, BreadcrumbTimelineProps>(function BreadcrumbTimeline(props: BreadcrumbTimelineProps, ref) {
  const [options, ownProps] = splitProps(props, BREADCRUMB_OPTIONS);
  const {
    event,
    'aria-label': label = 'Breadcrumbs',
    maxHeight = '32rem',
    estimateRowHeight = 64,
    initialRowCount = 10,
    empty = 'No breadcrumbs were recorded before this event.',
    revealSecrets,
    className,
    ...rest
  } = ownProps;
  const breadcrumbs = useBreadcrumbs(event, options);
  const reveal = useRevealSecrets(revealSecrets);
  const scrollRef = useRef<HTMLElement>(null);
  const { getIndex } = breadcrumbs;
  // Keys follow the breadcrumb, not the position, so measured heights survive filtering. The virtualizer
  // asks for every key whenever this function changes, so it changes only with the list.
  const getItemKey = useCallback((position: number) => getIndex(position) ?? position, [getIndex]);
  // The row holding keyboard focus stays mounted when scrolled out of view, so focus is not dropped to the page.
  const focused = useRef<{ getIndex: typeof getIndex; position: number } | undefined>(undefined);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const positions = defaultRangeExtractor(range);
      const position = focused.current?.getIndex === getIndex ? focused.current.position : undefined;
      if (position === undefined || position >= range.count || positions.includes(position)) return positions;
      return [...positions, position].sort((a, b) => a - b);
    },
    [getIndex],
  );
  const trackFocus = (event: FocusEvent<HTMLOListElement>) => {
    const row = event.target.closest('[data-index]');
    const position = Number(row?.getAttribute('data-index'));
    focused.current = Number.isInteger(position) ? { getIndex, position } : undefined;
  };
  const dropFocus = (event: FocusEvent<HTMLOListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) focused.current = undefined;
  };
  const initialRect = { width: 0, height: Math.max(1, initialRowCount - OVERSCAN) * estimateRowHeight };
  const virtualizer = useVirtualizer({
    count: breadcrumbs.matched,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    getItemKey,
    overscan: OVERSCAN,
    rangeExtractor,
    // The server has no box to measure: this one holds `initialRowCount` rows with the overscan,
    // and the first client render uses the same, so hydration matches; the real box follows.
    initialRect,
    observeElementRect: observeRectOr(initialRect),
  });
  // Only problems about breadcrumbs (or the whole input) belong here; other sections report their own.
  const problems = breadcrumbs.problems.filter(isBreadcrumbProblem);
  const hasCrumbs = breadcrumbs.crumbCount > 0;
  const virtualRows = virtualizer.getVirtualItems();

  return (
    <section {...rest} ref={ref} aria-label={label} className={cx('fl fl-breadcrumb-timeline', className)} data-state={hasCrumbs ? 'ready' : 'empty'}>
      <ProblemsNotice problems={problems} subject="event" />
      <TrimNotice event={event} parts={TRIMMED_PARTS} />
      {!hasCrumbs ? (
        <p data-slot="empty">{empty}</p>
      ) : (
        <>
          <BreadcrumbFilters breadcrumbs={breadcrumbs} />
          <p role="status" data-slot="status">
            Showing {breadcrumbs.matched.toLocaleString('en-US')} of {breadcrumbs.total.toLocaleString('en-US')}
            {breadcrumbs.isFiltered ? ' (filtered)' : ''}
          </p>
          {breadcrumbs.matched === 0 ? (
            <div data-slot="empty">
              <p>No breadcrumbs match the filters.</p>
              <button type="button" className="fl-button" onClick={breadcrumbs.clearFilters}>
                Clear filters
              </button>
            </div>
          ) : (
            // The scroller takes focus so keyboard users can scroll a list whose rows may have no buttons.
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            <section ref={scrollRef} data-slot="scroller" style={{ maxHeight }} tabIndex={0} aria-label={`${label} list`}>
              <RevealSecretsContext.Provider value={reveal}>
              <ol aria-label={label} style={{ height: virtualizer.getTotalSize() }} onFocus={trackFocus} onBlur={dropFocus}>
                {virtualRows.map((row) => {
                  const item = breadcrumbs.getItem(row.index);
                  if (!item) return null;
                  return (
                    <BreadcrumbRow
                      key={row.key}
                      ref={virtualizer.measureElement}
                      virtualIndex={row.index}
                      item={item}
                      breadcrumbs={breadcrumbs}
                      position={row.index + 1}
                      style={{ transform: `translateY(${row.start}px)` }}
                    />
                  );
                })}
              </ol>
              </RevealSecretsContext.Provider>
            </section>
          )}
        </>
      )}
    </section>
  );
});
