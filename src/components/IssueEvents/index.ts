export { IssueEvents, type IssueEventsProps } from './IssueEvents';
export { IssueEventsTable, type IssueEventsTableProps } from './IssueEventsTable';
export { type IssueEventsMessages, issueEventsMessages } from './messages';
