import type { ActivityUser, IssueActivity, IssueStatusDetails, NormalizeResult } from '../model';
import { objectSpec, readObject } from './fields';
import { finishList, readListItems } from './listOf';
import { type FieldReader, readBoolean, readCount, readLenientString, readRecord, readString } from './primitives';
import { childPath, isObject, type Path, type ReadContext, report } from './reader';
import { readTimestamp } from './scalars';

const USER_SPEC = objectSpec({
  id: [readLenientString],
  name: [readString],
  email: [readString],
  username: [readString],
  avatarUrl: [readString],
});

/** Reads the user of an activity or status: `null` is Sentry itself, not a problem. */
export const readActivityUser: FieldReader<ActivityUser> = (ctx, value, path, key) => {
  const user = readObject<ActivityUser & { extra?: unknown }>(ctx, value, path, key, USER_SPEC, 'user object');
  if (user === undefined) return undefined;
  delete user.extra;
  if (user.id === undefined) {
    report(ctx, path, key, 'user with an id', value, 'dropped');
    return undefined;
  }
  user.name ??= user.email ?? user.username ?? user.id;
  return user;
};

const ACTIVITY_SPEC = objectSpec({
  id: [readLenientString],
  type: [readString],
  dateCreated: [readTimestamp, 'date_created'],
  user: [readActivityUser],
  data: [readRecord],
});

/** Reads one activity entry; one without an id, type or date is dropped with a problem. */
export function readActivityItem(ctx: ReadContext, item: unknown, path: Path): IssueActivity | undefined {
  const activity = readObject<IssueActivity & { extra?: unknown }>(ctx, item, path, undefined, ACTIVITY_SPEC, 'activity object');
  if (activity === undefined) return undefined;
  delete activity.extra;
  if (activity.id === undefined || activity.type === undefined || activity.dateCreated === undefined) {
    report(ctx, path, undefined, 'activity with id, type and dateCreated', item, 'dropped');
    return undefined;
  }
  activity.data ??= {};
  return activity;
}

/** Reads an issue's `activity` field (a list of entries). */
export const readActivityList: FieldReader<IssueActivity[]> = (ctx, value, path, key) =>
  readListItems(ctx, value, 'array of activity', readActivityItem, childPath(path, key));

/**
 * Normalizes an issue's activity: `GET /issues/{id}/activities/` (`{ activity: [...] }`) or the
 * `activity` list of the issue's details. Never throws.
 */
export function normalizeIssueActivity(input: unknown): NormalizeResult<IssueActivity[]> {
  const ctx: ReadContext = { mode: 'api', problems: [] };
  let list = input;
  let root: Path = '';
  try {
    if (isObject(input) && 'activity' in input) {
      list = input.activity;
      root = 'activity';
    }
  } catch {
    list = undefined;
  }
  return finishList(ctx, readListItems(ctx, list, 'array of activity', readActivityItem, root));
}

const STATUS_DETAILS_SPEC = objectSpec({
  inNextRelease: [readBoolean],
  inRelease: [readString],
  inCommit: [readRecord],
  ignoreUntil: [readTimestamp],
  ignoreDuration: [readCount],
  ignoreCount: [readCount],
  ignoreWindow: [readCount],
  ignoreUserCount: [readCount],
  ignoreUserWindow: [readCount],
  actor: [readActivityUser],
});

/** Reads an issue's `statusDetails`; keys it does not name are left out. */
export const readStatusDetails: FieldReader<IssueStatusDetails> = (ctx, value, path, key) => {
  const details = readObject<IssueStatusDetails & { extra?: unknown }>(ctx, value, path, key, STATUS_DETAILS_SPEC, 'status details object');
  if (details !== undefined) delete details.extra;
  return details;
};
