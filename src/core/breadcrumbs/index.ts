/**
 * Breadcrumbs: the logic behind `useBreadcrumbs(event, options)` and `BreadcrumbTimeline`.
 *
 * - `getBreadcrumbKind(crumb)` names what a breadcrumb is (http, navigation, ui, console…).
 * - `buildBreadcrumbList(event, options)` filters by kind, level and text, orders, appends
 *   the event itself, counts per kind and level for filter chips, and hands out rows by
 *   window (`getSlice`) so a virtualized list of 100k breadcrumbs builds only what it shows.
 * - `formatCrumbTime(crumbTime, eventTime, options)` says when, relative to the event or absolute.
 */
export { getBreadcrumbHaystack } from './crumbIndex';
export { getEventBreadcrumb } from './eventCrumb';
export type { BreadcrumbKind } from './kind';
export { BREADCRUMB_KINDS, getBreadcrumbKind } from './kind';
export type { BreadcrumbItem, BreadcrumbList, BreadcrumbListOptions, BreadcrumbOrder } from './list';
export { buildBreadcrumbList } from './list';
export { type BreadcrumbNote, getBreadcrumbNotes } from './notes';
export { getBreadcrumbSummary } from './summary';
export type { CrumbTime, CrumbTimeMode, CrumbTimeOptions } from './time';
export { formatCrumbTime } from './time';
