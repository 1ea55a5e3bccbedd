import type { Problem } from '../core/model/result';
import { describeValue } from '../core/normalize/reader';

/** An environment events were sent with (`production`, `staging`…). */
export interface SentryEnvironment {
  id: string;
  name: string;
  /** Whether the organization hid it from pickers. */
  isHidden?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `GET /organizations/{org}/environments/`: `[{ id, name, isHidden? }]`. Entries without
 * a name are dropped with a problem naming their index, never silently.
 */
export function readEnvironmentList(body: unknown): { value: SentryEnvironment[]; problems: Problem[] } {
  if (!Array.isArray(body)) return { value: [], problems: [{ path: '', expected: 'array of environments', found: describeValue(body), action: 'dropped' }] };
  const value: SentryEnvironment[] = [];
  const problems: Problem[] = [];
  body.forEach((entry, index) => {
    const name = isRecord(entry) ? entry.name : undefined;
    if (typeof name !== 'string' || name === '') {
      problems.push({ path: `[${index}]`, expected: 'environment with a name', found: describeValue(entry), action: 'dropped' });
      return;
    }
    const id = isRecord(entry) && (typeof entry.id === 'string' || typeof entry.id === 'number') ? String(entry.id) : name;
    const environment: SentryEnvironment = { id, name };
    if (isRecord(entry) && typeof entry.isHidden === 'boolean') environment.isHidden = entry.isHidden;
    value.push(environment);
  });
  return { value, problems };
}
