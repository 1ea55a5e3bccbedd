export { AssigneePicker, type AssigneePickerProps } from './AssigneePicker';
export { DeleteIssueButton, type DeleteIssueButtonProps } from './DeleteIssueButton';
export { IgnoreMenu, type IgnoreMenuProps } from './IgnoreMenu';
export { IssueDetails, type IssueDetailsProps } from './IssueDetails';
export { IssueHeader, type IssueHeaderProps, IssueStatusBadge, type IssueStatusBadgeProps, issueStatusText } from './IssueHeader';
export { BookmarkButton, type IssueToggleProps, ShareButton, type ShareButtonProps, SubscribeButton } from './IssueToggles';
export { IssueTriageBar, type IssueTriageBarProps } from './IssueTriageBar';
export { type PortalContainer, TriageMenu, type TriageMenuProps } from './menuParts';
export { ResolveMenu, type ResolveMenuProps } from './ResolveMenu';
