export { detectInput, type NormalizeInputKind } from './detect';
export { normalizeIssueList } from './issueList';
export { normalizeEvent, normalizeIssue } from './normalize';
export { countProblems, isProblemSummary, PROBLEM_LIMIT, type ProblemSummary } from './reader';
export { normalizeIssueActivity } from './activity';
export { normalizeIssueStats, normalizeIssueTag, normalizeIssueTags, normalizeIssueTagValues } from './issueTags';
export { normalizeMemberList, normalizeReleaseList, normalizeTeamList } from './organization';
