// Formatting helpers shared by breadcrumbs, contexts and the components: bytes, dates, durations.
export { formatBytes, formatFreeOfTotal, formatMegabytes } from './bytes';
export type { DateFormatOptions } from './dates';
export { formatDateTime, formatDistanceToEvent, formatIsoTime, getDateTimeFormat, isoToMs, timestampToMs } from './dates';
export { formatDuration, formatOffset } from './duration';
export { formatFrequency, formatPercent, formatYesNo } from './values';
export { formatLogMessage } from './logMessage';
export { safeHttpUrl, safeLinkHref } from './safeUrl';
