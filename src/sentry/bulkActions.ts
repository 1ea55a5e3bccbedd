import type { IssueBulkAction } from '../core/issues';
import type { Assignee } from '../core/model';
import type { SentryCallOptions, SentryClient, SentryIssueMatch, UpdateIssuesParams } from './types';

/** Which issues a bulk action of `IssueList` acts on (the shape of its `onBulkAction` target). */
export interface SentryBulkTarget {
  issueIds: string[];
  /** "All issues matching the search": reaches past the loaded page. */
  allMatching: boolean;
  query: string;
}

/** Where the issue list's issues come from, so "all matching" means the same issues on Sentry. */
export interface SentryBulkActionOptions extends SentryCallOptions {
  organization: string;
  /** @default the user's projects */
  projectIds?: readonly (string | number)[];
  /** @default every environment */
  environment?: string | readonly string[];
}

/** Sentry's `assignedTo`: `user:<id>` or `team:<id>`; an empty string unassigns. */
function assignedTo(assignee: Assignee | null): string {
  return assignee === null ? '' : `${assignee.type}:${assignee.id}`;
}

/** The update body of an action that is an update (every action but merge and delete). */
function changesOf(action: IssueBulkAction): Omit<UpdateIssuesParams, 'organization' | 'ids' | 'matching'> | undefined {
  switch (action.type) {
    case 'resolve':
      return { status: 'resolved', statusDetails: {} };
    case 'unresolve':
      return { status: 'unresolved', statusDetails: {} };
    case 'ignore':
      return { status: 'ignored', statusDetails: {}, substatus: action.substatus ?? 'archived_forever' };
    case 'assign':
      return { assignedTo: assignedTo(action.assignee) };
    case 'bookmark':
      return { isBookmarked: true };
    case 'unbookmark':
      return { isBookmarked: false };
    default:
      return undefined;
  }
}

/**
 * `IssueList`'s `onBulkAction` over the Web API: resolve, reopen, ignore (archive), assign,
 * bookmark, merge and delete. The promise settles when Sentry has answered, so the list's
 * optimistic change is kept or rolled back; it rejects with the `SentryApiError`. "All matching"
 * is sent as Sentry's search for status changes, and refused for the rest (the API needs ids).
 * Merging lets Sentry pick the surviving issue, as its API does not take one.
 */
export function createSentryBulkActionHandler(
  client: SentryClient,
  options: SentryBulkActionOptions,
): (action: IssueBulkAction, target: SentryBulkTarget) => Promise<void> {
  const { organization, projectIds, environment, signal } = options;
  return async (action, target) => {
    const ids = target.issueIds;
    if (action.type === 'merge') {
      await client.mergeIssues({ organization, ids }, { signal });
      return;
    }
    if (action.type === 'delete') {
      await client.deleteIssues({ organization, ids }, { signal });
      return;
    }
    const changes = changesOf(action);
    if (changes === undefined) throw new TypeError(`Sentry bulk action: unknown action ${JSON.stringify(action)}`);
    const matching: SentryIssueMatch | undefined = target.allMatching ? { query: target.query, projectIds, environment } : undefined;
    await client.updateIssues({ organization, ...changes, ...(matching ? { matching } : { ids }) }, { signal });
  };
}
