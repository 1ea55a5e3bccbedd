export { applyActivityChanges, type IssueActivityChange } from './activityChanges';
export { applyTriageAction, type IssueIgnoreUntil, type IssueResolveIn, type IssueTriageAction, type IssueTriageUpdate, issueStatusDetails, triageUpdate } from './triage';
export { type IssueActivityClient, type IssueActivityFailure, type UseIssueActivityOptions, type UseIssueActivityResult, useIssueActivity } from './useIssueActivity';
export { type IssueTriageClient, type IssueTriageFailure, type UseIssueTriageOptions, type UseIssueTriageResult, useIssueTriage } from './useIssueTriage';
export {
  memberAssignee,
  type OrganizationAssigneesClient,
  teamAssignee,
  type UseOrganizationAssigneesOptions,
  type UseOrganizationAssigneesResult,
  useOrganizationAssignees,
} from './useOrganizationAssignees';
