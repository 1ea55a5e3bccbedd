import { applyIssuePatches, type IssueBulkAction } from '../../core/issues';
import type { Assignee, Issue } from '../../core/model';

/** How long, or until what, an ignored (archived) issue stays ignored. */
export type IssueIgnoreUntil =
  | { kind: 'forever' }
  | { kind: 'escalating' }
  /** For this many minutes. */
  | { kind: 'duration'; minutes: number }
  /** Until this many more events, optionally within `windowMinutes`. */
  | { kind: 'events'; count: number; windowMinutes?: number }
  /** Until this many more users are affected, optionally within `windowMinutes`. */
  | { kind: 'users'; count: number; windowMinutes?: number };

/** When a resolution holds: now, with the next release, or with a named release. */
export type IssueResolveIn = { kind: 'now' } | { kind: 'nextRelease' } | { kind: 'release'; version: string };

/** One triage change on one issue, as the issue page offers them. */
export type IssueTriageAction =
  | { type: 'resolve'; resolveIn?: IssueResolveIn }
  | { type: 'unresolve' }
  | { type: 'ignore'; until?: IssueIgnoreUntil }
  | { type: 'assign'; assignee: Assignee | null }
  | { type: 'bookmark'; value: boolean }
  | { type: 'subscribe'; value: boolean };

/** The fields of Sentry's issue update (`PUT /issues/?id=`) a triage action sends. */
export interface IssueTriageUpdate {
  status?: 'resolved' | 'unresolved' | 'ignored';
  statusDetails?: Record<string, unknown>;
  substatus?: string;
  assignedTo?: string;
  isBookmarked?: boolean;
  isSubscribed?: boolean;
}

function resolveDetails(resolveIn: IssueResolveIn | undefined): Record<string, unknown> {
  if (resolveIn?.kind === 'nextRelease') return { inNextRelease: true };
  if (resolveIn?.kind === 'release') return { inRelease: resolveIn.version };
  return {};
}

function ignoreDetails(until: IssueIgnoreUntil): Record<string, unknown> {
  switch (until.kind) {
    case 'duration':
      return { ignoreDuration: until.minutes };
    case 'events':
      return until.windowMinutes === undefined ? { ignoreCount: until.count } : { ignoreCount: until.count, ignoreWindow: until.windowMinutes };
    case 'users':
      return until.windowMinutes === undefined
        ? { ignoreUserCount: until.count }
        : { ignoreUserCount: until.count, ignoreUserWindow: until.windowMinutes };
    default:
      return {};
  }
}

function ignoreSubstatus(until: IssueIgnoreUntil): 'archived_forever' | 'archived_until_escalating' | 'archived_until_condition_met' {
  if (until.kind === 'forever') return 'archived_forever';
  if (until.kind === 'escalating') return 'archived_until_escalating';
  return 'archived_until_condition_met';
}

/** Sentry's update body for a triage action, in the shapes its own UI sends. */
export function triageUpdate(action: IssueTriageAction): IssueTriageUpdate {
  switch (action.type) {
    case 'resolve':
      return { status: 'resolved', statusDetails: resolveDetails(action.resolveIn) };
    case 'unresolve':
      return { status: 'unresolved', statusDetails: {}, substatus: 'ongoing' };
    case 'ignore': {
      const until = action.until ?? { kind: 'forever' };
      return { status: 'ignored', statusDetails: ignoreDetails(until), substatus: ignoreSubstatus(until) };
    }
    case 'assign':
      return { assignedTo: action.assignee === null ? '' : `${action.assignee.type}:${action.assignee.id}` };
    case 'bookmark':
      return { isBookmarked: action.value };
    case 'subscribe':
      return { isSubscribed: action.value };
  }
}

/** The bulk action of the issue list's patch path that shows the same change, when there is one. */
function asBulkAction(action: IssueTriageAction): IssueBulkAction | undefined {
  switch (action.type) {
    case 'resolve':
    case 'unresolve':
      return { type: action.type };
    case 'ignore':
      return { type: 'ignore', substatus: ignoreSubstatus(action.until ?? { kind: 'forever' }) };
    case 'assign':
      return { type: 'assign', assignee: action.assignee };
    case 'bookmark':
      return { type: action.value ? 'bookmark' : 'unbookmark' };
    default:
      return undefined;
  }
}

/**
 * The issue as it will be once the action lands: the issue list's patch logic for what it
 * knows, plus the subscription and the status details, so "resolved in 1.2.0" shows before
 * the server answers.
 */
export function applyTriageAction(issue: Issue, action: IssueTriageAction): Issue {
  const bulk = asBulkAction(action);
  let next = bulk === undefined ? issue : (applyIssuePatches([issue], [{ id: 'triage', action: bulk, issueIds: [issue.id], state: 'pending' }])[0] ?? issue);
  if (action.type === 'subscribe') next = { ...next, isSubscribed: action.value };
  const { statusDetails } = triageUpdate(action);
  if (statusDetails !== undefined) next = { ...next, statusDetails };
  return next;
}

/** Reads an issue's status details (`inRelease`, `ignoreUntil`…) without trusting their shape. */
export function issueStatusDetails(issue: Issue): Record<string, unknown> {
  let details: unknown;
  try {
    details = issue.statusDetails;
  } catch {
    return {};
  }
  return typeof details === 'object' && details !== null && !Array.isArray(details) ? (details as Record<string, unknown>) : {};
}
