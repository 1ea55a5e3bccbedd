import type { IssueActivity } from '../../core/model';
import { issueActivityMessages as m } from './messages';

/** A field of an activity's data, or `undefined` when missing, of another type, or unreadable. */
function field(item: IssueActivity, key: string): unknown {
  try {
    const data: unknown = item.data;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined);

/** The note's text, or `""` when the entry has none. */
export function noteText(item: IssueActivity): string {
  return text(field(item, 'text')) ?? '';
}

function archivedUntil(item: IssueActivity): string {
  if (field(item, 'ignoreUntilEscalating') === true) return m.untilEscalating;
  const events = count(field(item, 'ignoreCount'));
  if (events) return m.untilEvents(events, count(field(item, 'ignoreWindow')));
  const users = count(field(item, 'ignoreUserCount'));
  if (users) return m.untilUsers(users, count(field(item, 'ignoreUserWindow')));
  const minutes = count(field(item, 'ignoreDuration'));
  if (minutes) return m.forMinutes(minutes);
  if (text(field(item, 'ignoreUntil'))) return m.untilDate;
  return m.forever;
}

function assigneeName(item: IssueActivity, names: ReadonlyMap<string, string> | undefined): string | undefined {
  const id = field(item, 'assignee');
  const type = text(field(item, 'assigneeType')) ?? 'user';
  const key = typeof id === 'string' || typeof id === 'number' ? `${type}:${id}` : undefined;
  return (key && names?.get(key)) ?? text(field(item, 'assigneeName')) ?? text(field(item, 'assigneeEmail')) ?? (key ? key : undefined);
}

/**
 * What an activity entry says happened, after who did it: "marked this issue as resolved in
 * 1.2.0". `names` maps `user:<id>` / `team:<id>` to names for assignments.
 */
export function describeActivity(item: IssueActivity, names?: ReadonlyMap<string, string>): string {
  const version = text(field(item, 'version'));
  switch (item.type) {
    case 'note':
      return m.note;
    case 'first_seen':
      return m.firstSeen;
    case 'set_resolved':
      return m.resolved;
    case 'set_resolved_in_release':
      return version ? m.resolvedInRelease(version) : m.resolvedInNextRelease;
    case 'set_resolved_in_next_release':
      return m.resolvedInNextRelease;
    case 'set_resolved_in_commit':
      return m.resolvedInCommit;
    case 'set_resolved_in_pull_request':
      return m.resolvedInPullRequest;
    case 'set_resolved_by_age':
      return m.resolvedByAge;
    case 'set_unresolved':
      return m.unresolved;
    case 'set_ignored':
      return m.archived(archivedUntil(item));
    case 'set_regression':
      return version ? m.regressionIn(version) : m.regression;
    case 'set_escalating':
      return m.escalating;
    case 'assigned': {
      const name = assigneeName(item, names);
      return name ? m.assigned(name) : m.assignedSelf;
    }
    case 'unassigned':
      return m.unassigned;
    case 'merge':
      return m.merged(count(field(item, 'issues')) ?? (Array.isArray(field(item, 'issues')) ? (field(item, 'issues') as unknown[]).length : 2));
    case 'set_priority':
      return m.priority(text(field(item, 'priority')) ?? '?');
    case 'set_public':
      return m.madePublic;
    case 'set_private':
      return m.madePrivate;
    case 'mark_reviewed':
      return m.reviewed;
    default:
      return m.other(String(item.type));
  }
}
