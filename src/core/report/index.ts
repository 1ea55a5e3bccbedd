export type { EventReportOptions } from './reportModel';
export { toMarkdown } from './toMarkdown';
export { toText } from './toText';
