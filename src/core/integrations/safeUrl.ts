import { safeHttpUrl } from '../format/safeUrl';

/** Why an integration link could not be built. */
export type IntegrationTargetProblem = 'invalid-base-url' | 'invalid-target';

/** A provider target (repository, project, site) that cannot make a safe link. */
export class IntegrationTargetError extends Error {
  /** What was wrong with the target. */
  readonly code: IntegrationTargetProblem;

  constructor(code: IntegrationTargetProblem, message: string) {
    super(message);
    this.name = 'IntegrationTargetError';
    this.code = code;
  }
}

/** A base URL without its trailing slashes; throws `IntegrationTargetError` unless http(s). */
export function requireBaseUrl(value: string, what: string): string {
  const url = safeHttpUrl(value);
  if (url === undefined) throw new IntegrationTargetError('invalid-base-url', `${what} must be an http(s) URL`);
  // A query or fragment on the base would swallow the path appended after it.
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href.replace(/\/+$/, '');
}

/**
 * One path segment, percent-encoded; empty, `.` and `..` are refused so a target such as
 * `owner: '..'` cannot step out of the provider's path.
 */
export function pathSegment(value: string, what: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === '.' || trimmed === '..') {
    throw new IntegrationTargetError('invalid-target', `${what} is not a valid name`);
  }
  return encodeURIComponent(trimmed);
}
