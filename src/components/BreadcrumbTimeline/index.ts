export { BreadcrumbFilters, type BreadcrumbFiltersProps } from './BreadcrumbFilters';
export { BreadcrumbRow, type BreadcrumbRowProps } from './BreadcrumbRow';
export { BreadcrumbTimeline, type BreadcrumbTimelineProps } from './BreadcrumbTimeline';
export { BreadcrumbKindIcon, type BreadcrumbKindIconProps } from './KindIcon';
