import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { HttpError } from './http';

/** File in the data folder holding the Web API token, readable by its owner only. */
export const API_TOKEN_FILE = 'api-token';

const TOKEN_SHAPE = /^flt_[A-Za-z0-9_-]{43}$/;

/**
 * The Web API token of this data folder: read from `api-token`, or made and written there (mode
 * 0600) on first start, so it survives restarts as the data does.
 */
export function loadApiToken(dataDir: string): string {
  const file = join(dataDir, API_TOKEN_FILE);
  let stored: string | undefined;
  try {
    stored = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stored !== undefined) {
    if (!TOKEN_SHAPE.test(stored)) throw new Error(`faultline server: ${file} does not hold a token this server wrote; delete it to make a new one`);
    // An older copy or a restore may have widened the mode; the token guards every API call.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    return stored;
  }
  const token = `flt_${randomBytes(32).toString('base64url')}`;
  // `wx`: two servers starting on one folder at once must not each keep a different token.
  try {
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return loadApiToken(dataDir);
    throw error;
  }
  return token;
}

// Hashing first gives both sides one length, so the comparison leaks neither length nor prefix.
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares two secrets in time that does not depend on where they differ. */
export function secretsEqual(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="faultline"' };

/**
 * Requires `Authorization: Bearer <token>`; anything else is a 401 worded as Sentry's API words
 * it, so clients show the same message for both.
 */
export function requireApiToken(request: IncomingMessage, token: string): void {
  const header = request.headers.authorization;
  const match = typeof header === 'string' ? /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header) : null;
  if (!match) {
    throw new HttpError(401, 'Authentication credentials were not provided. Send Authorization: Bearer <token>; the server prints the token at start.', CHALLENGE);
  }
  if (!secretsEqual(match[1]!, token)) throw new HttpError(401, 'Invalid token', CHALLENGE);
}
