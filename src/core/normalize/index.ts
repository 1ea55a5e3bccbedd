export { detectInput, type NormalizeInputKind } from './detect';
export { normalizeEvent, normalizeIssue } from './normalize';
