import { readActivityList, readStatusDetails } from './activity';
import type { Assignee, Issue, IssuePriority, IssueStatus, IssueSubstatus, ProjectRef, StatsSeries } from '../model';
import { liftingExtra, type ObjectSpec, objectSpec, readFields, readObject } from './fields';
import { readRelease } from './people';
import { type FieldReader, readBoolean, readCount, readLenientString, readRecord, readString } from './primitives';
import { childPath, guarded, isObject, type JsonObject, type ReadContext, report, setKey } from './reader';
import { readLevel, readTimestamp } from './scalars';

/* @__NO_SIDE_EFFECTS__ */
function oneOf<T extends string>(names: readonly T[], expected: string): FieldReader<T> {
  return (ctx, value, path, key) => {
    if (typeof value === 'string' && (names as readonly string[]).includes(value)) return value as T;
    report(ctx, path, key, expected, value, 'dropped');
    return undefined;
  };
}

const STATUSES: readonly IssueStatus[] = ['unresolved', 'resolved', 'ignored', 'reprocessing', 'pending_deletion'];
const SUBSTATUSES: readonly IssueSubstatus[] = [
  'new',
  'ongoing',
  'regressed',
  'escalating',
  'archived_until_escalating',
  'archived_until_condition_met',
  'archived_forever',
];
const PRIORITIES: readonly IssuePriority[] = ['high', 'medium', 'low'];

const PROJECT_SPEC = objectSpec({ id: [readLenientString], slug: [readString], name: [readString], platform: [readString] });

const readProject: FieldReader<ProjectRef> = liftingExtra((ctx, value, path, key) => {
  if (isObject(value) && value.id !== undefined && value.id !== null) {
    return readObject<ProjectRef>(ctx, value, path, key, PROJECT_SPEC, 'project object');
  }
  report(ctx, path, key, 'project object with id', value, 'dropped');
  return undefined;
});

const ASSIGNEE_SPEC = objectSpec({
  type: [oneOf(['user', 'team'], 'user or team')],
  id: [readLenientString],
  name: [readString],
  email: [readString],
});

const readAssignee: FieldReader<Assignee> = liftingExtra((ctx, value, path, key) => {
  const assignee = readObject<Assignee>(ctx, value, path, key, ASSIGNEE_SPEC, 'assignee object');
  if (assignee?.type !== undefined && assignee.id !== undefined && assignee.name !== undefined) return assignee;
  if (assignee !== undefined) report(ctx, path, key, 'assignee with type, id and name', value, 'dropped');
  return undefined;
});

function isSeries(value: unknown): value is StatsSeries {
  return (
    Array.isArray(value) &&
    value.every((bucket) => Array.isArray(bucket) && bucket.length === 2 && typeof bucket[0] === 'number' && typeof bucket[1] === 'number')
  );
}

/** Reads `stats`: `[time, count]` series by period. */
export const readStats: FieldReader<Record<string, StatsSeries>> = (ctx, value, path, key) => {
  if (!isObject(value)) {
    report(ctx, path, key, 'object of [time, count] series', value, 'dropped');
    return undefined;
  }
  const stats: Record<string, StatsSeries> = {};
  for (const period of Object.keys(value)) {
    const series = value[period];
    if (isSeries(series)) setKey(stats, period, series);
    else if (series !== null) report(ctx, childPath(path, key), period, 'array of [time, count]', series, 'dropped');
  }
  return stats;
};

/** `count` and `userCount` arrive as strings from the Web API, so numeric strings are not a problem. */
const readIssueCount: FieldReader<number> = (ctx, value, path, key) => {
  if (typeof value === 'string' && value.length < 20 && /^\d+$/.test(value)) return Number(value);
  return readCount(ctx, value, path, key);
};

const ISSUE_SPEC: ObjectSpec = objectSpec({
  id: [readLenientString],
  shortId: [readString, 'short_id'],
  title: [readString],
  culprit: [readString],
  level: [readLevel],
  status: [oneOf(STATUSES, 'issue status')],
  substatus: [oneOf(SUBSTATUSES, 'issue substatus')],
  statusDetails: [readStatusDetails, 'status_details'],
  priority: [oneOf(PRIORITIES, 'high, medium or low')],
  platform: [readString],
  count: [readIssueCount],
  userCount: [readIssueCount, 'user_count'],
  firstSeen: [readTimestamp, 'first_seen'],
  lastSeen: [readTimestamp, 'last_seen'],
  project: [readProject],
  assignedTo: [readAssignee, 'assigned_to'],
  isBookmarked: [readBoolean],
  isSubscribed: [readBoolean],
  hasSeen: [readBoolean],
  isPublic: [readBoolean],
  isUnhandled: [readBoolean],
  permalink: [readString],
  logger: [readString],
  metadata: [readRecord],
  stats: [readStats],
  firstRelease: [readRelease],
  lastRelease: [readRelease],
  numComments: [readCount],
  activity: [readActivityList],
  issueType: [readString],
  issueCategory: [readString],
});

/** An issue with only its required fields, for input that is no issue at all. */
export function emptyIssue(): Issue {
  return { schema: 'faultline.issue/1', id: '', title: '<unlabeled event>', status: 'unresolved', count: 0, userCount: 0 };
}

/** Reads an issue of the Web API, a webhook or Faultline's canonical JSON. */
export function readIssue(ctx: ReadContext, input: JsonObject): Issue {
  const issue = { schema: 'faultline.issue/1' } as Issue;
  const extra = readFields(ctx, input, '', ISSUE_SPEC, issue as unknown as JsonObject);
  if (extra !== undefined) issue.extra = extra;
  if (issue.id === undefined) {
    report(ctx, '', 'id', 'issue id', guarded(ctx, '', 'id', () => input.id), 'repaired');
    issue.id = '';
  }
  if (issue.title === undefined) {
    // `metadata` is kept by reference, so its title is a read of input outside readFields.
    const metadataTitle = guarded(ctx, '', 'metadata', () => issue.metadata?.title);
    issue.title = typeof metadataTitle === 'string' ? metadataTitle : '<unlabeled event>';
  }
  issue.status ??= 'unresolved';
  issue.count ??= 0;
  issue.userCount ??= 0;
  return issue;
}
