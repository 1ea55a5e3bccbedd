export { ActionMenu, type ActionMenuItem, type ActionMenuProps } from './ActionMenu';
export { IssueActions, type IssueActionsProps } from './IssueActions';
export type { IssueActionId, IssueTrackerTargets } from './issueActionItems';
