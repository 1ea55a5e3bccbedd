import { randomBytes } from 'node:crypto';
import { secretsEqual } from './auth';
import { HttpError } from './http';
import type { ProjectRow } from './projects';

/** A new DSN public key: 32 hex characters, as Sentry's are. */
export function newPublicKey(): string {
  return randomBytes(16).toString('hex');
}

/** Checks the DSN public key an SDK sent against the project's own; each project has its own key. */
export function checkPublicKey(project: ProjectRow, key: string | undefined): void {
  if (key === undefined) throw new HttpError(401, 'missing authentication: send the DSN public key as X-Sentry-Auth sentry_key or ?sentry_key=');
  if (!secretsEqual(key, project.public_key)) throw new HttpError(403, `invalid DSN public key for project ${project.id}: each project has its own key, see its DSN`);
}

/** The project id and public key a DSN names (`http://<key>@host/<project>`), or why it names none. */
function readDsn(dsn: string): { key: string; projectId: string } | string {
  let url: URL;
  try {
    url = new URL(dsn);
  } catch {
    return 'is not a URL';
  }
  const projectId = /\/(\d{1,15})\/?$/.exec(url.pathname)?.[1];
  let key: string;
  try {
    key = decodeURIComponent(url.username);
  } catch {
    return 'has a malformed public key';
  }
  if (!projectId || key === '') return 'names no project or no public key';
  return { key, projectId };
}

/**
 * Checks an envelope's credentials: the key sent with the request and, when the envelope header
 * carries a `dsn` (browser SDKs behind a tunnel do), that DSN, which must name this project and
 * its key. A DSN for another project is refused rather than stored under the URL's project.
 */
export function checkEnvelopeCredentials(project: ProjectRow, key: string | undefined, dsn: unknown): void {
  if (dsn === undefined || dsn === null) {
    checkPublicKey(project, key);
    return;
  }
  const named = typeof dsn === 'string' ? readDsn(dsn) : 'is not a string';
  if (typeof named === 'string') throw new HttpError(400, `the envelope header's dsn ${named}`);
  if (named.projectId !== String(project.id)) {
    throw new HttpError(403, `the envelope header's dsn is for project ${named.projectId}, but it was sent to project ${project.id}`);
  }
  checkPublicKey(project, named.key);
  if (key !== undefined && !secretsEqual(key, named.key)) throw new HttpError(403, "the envelope header's dsn and the request's sentry_key differ");
}
