import type { ServerDatabase } from './db';
import { HttpError, isRecord } from './http';
import { findMemberUser } from './members';

/**
 * How a resolved or ignored issue stays so, as stored: what Sentry's `statusDetails` asked for,
 * with times in milliseconds and the release that was current when "in the next release" was
 * chosen (events of a newer one reopen the issue).
 */
export interface StoredStatusDetails {
  inNextRelease?: true;
  baselineRelease?: string | null;
  inRelease?: string;
  inCommit?: { commit: string; repository: string };
  ignoreUntil?: number;
  ignoreDuration?: number;
  ignoreCount?: number;
  ignoreWindow?: number;
  ignoreUserCount?: number;
  ignoreUserWindow?: number;
  /** The user who set the status. */
  actor?: string;
}

// A year of minutes, and a billion events or users: beyond these a value is a mistake.
const MAX_MINUTES = 525_600;
const MAX_COUNT = 1_000_000_000;
const RESOLVE_KEYS = ['inNextRelease', 'inRelease', 'inCommit'] as const;
const IGNORE_KEYS = ['ignoreDuration', 'ignoreCount', 'ignoreWindow', 'ignoreUserCount', 'ignoreUserWindow', 'ignoreUntilEscalating'] as const;

function wholeNumber(details: Record<string, unknown>, key: string, max: number): number | undefined {
  const value = details[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new HttpError(400, `statusDetails.${key} must be a whole number from 1 to ${max}`);
  }
  return value;
}

/**
 * Validates `statusDetails` against the status it comes with: release and commit details only
 * when resolving, durations and counts only when ignoring. Unknown keys are ignored, as Sentry does.
 */
export function readStatusDetails(value: unknown, status: string): Omit<StoredStatusDetails, 'baselineRelease' | 'actor' | 'ignoreUntil'> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new HttpError(400, 'statusDetails must be a JSON object');
  const given = (keys: readonly string[]) => keys.filter((key) => Object.hasOwn(value, key) && value[key] !== undefined && value[key] !== null);
  if (status !== 'resolved' && given(RESOLVE_KEYS).length > 0) throw new HttpError(400, `statusDetails.${given(RESOLVE_KEYS)[0]} needs status "resolved"`);
  if (status !== 'ignored' && given(IGNORE_KEYS).length > 0) throw new HttpError(400, `statusDetails.${given(IGNORE_KEYS)[0]} needs status "ignored"`);
  const details: ReturnType<typeof readStatusDetails> = {};
  if (given(['inNextRelease']).length > 0) {
    if (value.inNextRelease !== true) throw new HttpError(400, 'statusDetails.inNextRelease must be true');
    details.inNextRelease = true;
  }
  if (given(['inRelease']).length > 0) {
    if (typeof value.inRelease !== 'string' || value.inRelease.trim() === '' || value.inRelease.length > 200) {
      throw new HttpError(400, 'statusDetails.inRelease must be a release version of 1 to 200 characters');
    }
    details.inRelease = value.inRelease;
  }
  if (given(['inCommit']).length > 0) {
    const commit = value.inCommit;
    if (!isRecord(commit) || typeof commit.commit !== 'string' || typeof commit.repository !== 'string') {
      throw new HttpError(400, 'statusDetails.inCommit must be { commit, repository } strings');
    }
    details.inCommit = { commit: commit.commit.slice(0, 200), repository: commit.repository.slice(0, 200) };
  }
  if (given(RESOLVE_KEYS).length > 1) throw new HttpError(400, 'statusDetails takes one of inNextRelease, inRelease and inCommit');
  const numbers = {
    ignoreDuration: wholeNumber(value, 'ignoreDuration', MAX_MINUTES),
    ignoreCount: wholeNumber(value, 'ignoreCount', MAX_COUNT),
    ignoreWindow: wholeNumber(value, 'ignoreWindow', MAX_MINUTES),
    ignoreUserCount: wholeNumber(value, 'ignoreUserCount', MAX_COUNT),
    ignoreUserWindow: wholeNumber(value, 'ignoreUserWindow', MAX_MINUTES),
  };
  if (numbers.ignoreWindow !== undefined && numbers.ignoreCount === undefined) throw new HttpError(400, 'statusDetails.ignoreWindow needs ignoreCount');
  if (numbers.ignoreUserWindow !== undefined && numbers.ignoreUserCount === undefined) {
    throw new HttpError(400, 'statusDetails.ignoreUserWindow needs ignoreUserCount');
  }
  for (const [key, number] of Object.entries(numbers)) if (number !== undefined) Object.assign(details, { [key]: number });
  return details;
}

interface StateRow {
  status_details: string;
  status_set_at: number | null;
  is_subscribed: number;
  has_seen: number;
}

function parseDetails(text: string | undefined): StoredStatusDetails {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return isRecord(value) ? (value as StoredStatusDetails) : {};
  } catch {
    return {};
  }
}

/** The stored state of an issue: its status details and when they were set, and the user's flags. */
export function loadIssueState(db: ServerDatabase, issueId: number): { details: StoredStatusDetails; setAt: number | null; isSubscribed: boolean; hasSeen: boolean } {
  const row = db.prepare('SELECT * FROM issue_state WHERE issue_id = ?').get(issueId) as StateRow | undefined;
  return { details: parseDetails(row?.status_details), setAt: row?.status_set_at ?? null, isSubscribed: row?.is_subscribed === 1, hasSeen: row?.has_seen === 1 };
}

/** Stores an issue's status details (`{}` clears them) and when they were set. */
export function saveStatusDetails(db: ServerDatabase, issueId: number, details: StoredStatusDetails, at: number): void {
  db.prepare(
    `INSERT INTO issue_state (issue_id, status_details, status_set_at) VALUES (?, ?, ?)
     ON CONFLICT (issue_id) DO UPDATE SET status_details = excluded.status_details, status_set_at = excluded.status_set_at`,
  ).run(issueId, JSON.stringify(details), at);
}

/** Sets the local user's subscription or seen flag on an issue. */
export function saveIssueFlag(db: ServerDatabase, issueId: number, flag: 'is_subscribed' | 'has_seen', on: boolean): void {
  db.prepare(`INSERT INTO issue_state (issue_id, ${flag}) VALUES (?, ?) ON CONFLICT (issue_id) DO UPDATE SET ${flag} = excluded.${flag}`).run(issueId, on ? 1 : 0);
}

/** Status details in the Web API's shape: `ignoreUntil` as ISO time, the actor as a user. */
export function statusDetailsToApi(db: ServerDatabase, details: StoredStatusDetails): Record<string, unknown> {
  const { baselineRelease: _baseline, actor, ignoreUntil, ignoreDuration: _duration, ...rest } = details;
  const api: Record<string, unknown> = { ...rest };
  if (ignoreUntil !== undefined) api.ignoreUntil = new Date(ignoreUntil).toISOString();
  const user = actor === undefined ? undefined : findMemberUser(db, actor);
  if (user) api.actor = user;
  return api;
}
