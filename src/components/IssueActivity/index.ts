export { ActivityEntry, type ActivityEntryProps } from './ActivityEntry';
export { describeActivity } from './activityText';
export { IssueActivity, type IssueActivityProps } from './IssueActivity';
export { NoteForm, type NoteFormProps } from './NoteForm';
