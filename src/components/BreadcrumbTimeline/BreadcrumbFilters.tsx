import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import { BREADCRUMB_KINDS, type BreadcrumbOrder, type CrumbTimeMode, LEVELS } from '../../core';
import type { UseBreadcrumbsResult } from '../../hooks/useBreadcrumbs';
import { BREADCRUMB_KIND_LABELS, BreadcrumbKindIcon } from './KindIcon';

/** Props of `BreadcrumbFilters`. */
export interface BreadcrumbFiltersProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The `useBreadcrumbs` result the controls read and change. */
  breadcrumbs: UseBreadcrumbsResult;
}

const levelLabel = (level: string) => level.charAt(0).toUpperCase() + level.slice(1);

/**
 * The toolbar of a `BreadcrumbTimeline`: search, kind and level toggles with counts, order and
 * time mode. A chip shows while it has matches or is on, so an active filter can always be undone.
 */
export const BreadcrumbFilters = /* @__PURE__ */ forwardRef<HTMLDivElement, BreadcrumbFiltersProps>(function BreadcrumbFilters({ breadcrumbs, ...rest }: BreadcrumbFiltersProps, ref) {
  const id = useId();
  const kinds = BREADCRUMB_KINDS.filter((kind) => breadcrumbs.kindCounts[kind] > 0 || breadcrumbs.kinds.includes(kind));
  const levels = LEVELS.filter((level) => breadcrumbs.levelCounts[level] > 0 || breadcrumbs.levels.includes(level));
  return (
    <div data-slot="filters" {...rest} ref={ref}>
      <div data-slot="filter-row">
        <label data-slot="search">
          <span className="fl-visually-hidden">Search breadcrumbs</span>
          <input {...breadcrumbs.getSearchProps()} className="fl-input" placeholder="Search breadcrumbs" autoComplete="off" spellCheck={false} />
        </label>
        <label data-slot="select" htmlFor={`${id}-order`}>
          Order
        </label>
        <select className="fl-input" id={`${id}-order`} value={breadcrumbs.order} onChange={(e) => breadcrumbs.setOrder(e.target.value as BreadcrumbOrder)}>
          <option value="newest-first">Newest first</option>
          <option value="oldest-first">Oldest first</option>
        </select>
        <label data-slot="select" htmlFor={`${id}-time`}>
          Time
        </label>
        <select className="fl-input" id={`${id}-time`} value={breadcrumbs.timeMode} onChange={(e) => breadcrumbs.setTimeMode(e.target.value as CrumbTimeMode)}>
          <option value="relative">Relative to event</option>
          <option value="absolute">Absolute</option>
        </select>
      </div>
      <fieldset data-slot="chips">
        <legend>Kind</legend>
        {kinds.map((kind) => (
          <button key={kind} {...breadcrumbs.getKindFilterProps(kind)} className="fl-button" data-kind={kind}>
            <BreadcrumbKindIcon kind={kind} />
            {BREADCRUMB_KIND_LABELS[kind]} <span data-slot="count">{breadcrumbs.kindCounts[kind].toLocaleString('en-US')}</span>
          </button>
        ))}
      </fieldset>
      <fieldset data-slot="chips">
        <legend>Level</legend>
        {levels.map((level) => (
          <button key={level} {...breadcrumbs.getLevelFilterProps(level)} className="fl-button" data-level={level}>
            <span aria-hidden="true" data-slot="level-dot" />
            {levelLabel(level)} <span data-slot="count">{breadcrumbs.levelCounts[level].toLocaleString('en-US')}</span>
          </button>
        ))}
      </fieldset>
    </div>
  );
});
