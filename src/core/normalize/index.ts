export { detectInput, type NormalizeInputKind } from './detect';
export { normalizeIssueList } from './issueList';
export { normalizeEvent, normalizeIssue } from './normalize';
