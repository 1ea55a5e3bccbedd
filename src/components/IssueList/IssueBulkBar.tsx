import { type ComponentPropsWithoutRef, forwardRef, useMemo } from 'react';
import { cx } from '../cx';
import type { IssueBulkAction } from '../../core/issues';
import type { Assignee, Issue } from '../../core/model';
import type { UseIssueListResult } from '../../hooks/useIssueList';
import { useIssueListState } from './IssueListContext';

// Once per list, not per selection: the scan reads every issue.
const assigneesByList = /* @__PURE__ */ new WeakMap<readonly Issue[], [string, Assignee][]>();

/** Everyone assigned somewhere in `issues`, keyed `type:id`. */
function knownAssignees(issues: readonly Issue[]): [string, Assignee][] {
  const cached = assigneesByList.get(issues);
  if (cached) return cached;
  const known = new Map<string, Assignee>();
  const seen = new Set<Assignee>();
  for (const issue of issues) {
    const assignee = issue.assignedTo;
    if (!assignee || seen.has(assignee)) continue;
    seen.add(assignee);
    known.set(`${assignee.type}:${assignee.id}`, assignee);
  }
  const list = [...known.entries()];
  assigneesByList.set(issues, list);
  return list;
}

/** Props of `IssueBulkBar`. */
export interface IssueBulkBarProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The issue list's state, from `useIssueList`. @default the enclosing `IssueList`'s */
  list?: UseIssueListResult;
  /** How many issues match the search on the server, past the loaded ones. @default the visible count */
  totalMatching?: number;
}

const VERB: Record<IssueBulkAction['type'], string> = {
  resolve: 'resolve',
  unresolve: 'unresolve',
  ignore: 'ignore',
  assign: 'assign',
  bookmark: 'bookmark',
  unbookmark: 'unbookmark',
  merge: 'merge',
  delete: 'delete',
};

const plural = (n: number) => `${n.toLocaleString('en')} issue${n === 1 ? '' : 's'}`;

/** The toolbar acting on the selected issues: resolve, ignore, assign, bookmark, merge, delete. */
export const IssueBulkBar = /* @__PURE__ */ forwardRef<HTMLDivElement, IssueBulkBarProps>(function IssueBulkBar({ list: listProp, totalMatching, className, ...rest }: IssueBulkBarProps, ref) {
  const list = useIssueListState(listProp, 'IssueBulkBar');
  const { selectedIds, selection, state, runAction, issues, allIssues } = list;
  const count = selectedIds.length;
  const none = count === 0;
  const matching = totalMatching ?? issues.length;
  // Everyone already assigned somewhere in the list is a choice; hosts with a directory wrap this bar.
  // Gathered once something is selected: the menu is disabled before, and 100k issues cost a scan.
  const assignees = useMemo(() => (none ? [] : knownAssignees(allIssues)), [allIssues, none]);

  // Undo buttons are enabled only when some selected issue would change.
  const { anyClosed, anyBookmarked } = useMemo(() => {
    let closed = false;
    let bookmarked = false;
    // Nothing checked needs no pass over the list; otherwise stop once every checked one is seen.
    const selected = new Set(selectedIds);
    let left = selected.size;
    for (let i = 0; left > 0 && i < issues.length; i++) {
      const issue = issues[i]!;
      if (!selected.has(issue.id)) continue;
      left--;
      closed ||= issue.status === 'resolved' || issue.status === 'ignored';
      bookmarked ||= issue.isBookmarked === true;
      if (closed && bookmarked) break;
    }
    return { anyClosed: closed, anyBookmarked: bookmarked };
  }, [issues, selectedIds]);

  const act = (action: IssueBulkAction) => void runAction(action);
  const failure = list.actionFailure;
  const failureMessage = failure?.error instanceof Error ? failure.error.message : failure ? String(failure.error) : '';

  return (
    <div role="toolbar" aria-label="Bulk actions" {...rest} ref={ref} className={cx('fl-issue-bulk-bar', className)} data-slot="bulk-bar" data-state={none ? 'idle' : 'active'}>
      <span data-slot="selected-count" aria-live="polite">
        {selection.allMatching ? `All ${plural(matching)} matching this search selected` : none ? 'No issues selected' : `${plural(count)} selected`}
      </span>
      <button type="button" className="fl-button" disabled={none} onClick={() => act({ type: 'resolve' })}>
        Resolve
      </button>
      <button type="button" className="fl-button" disabled={none} onClick={() => act({ type: 'ignore' })}>
        Ignore
      </button>
      <button type="button" className="fl-button" disabled={!anyClosed} onClick={() => act({ type: 'unresolve' })}>
        Unresolve
      </button>
      <button type="button" className="fl-button" disabled={none} onClick={() => act({ type: 'bookmark' })}>
        Bookmark
      </button>
      <button type="button" className="fl-button" disabled={!anyBookmarked} onClick={() => act({ type: 'unbookmark' })}>
        Remove bookmark
      </button>
      <button type="button" className="fl-button" disabled={count < 2} onClick={() => act({ type: 'merge' })}>
        Merge
      </button>
      <select
        className="fl-button"
        aria-label="Assign to"
        disabled={none}
        value=""
        onChange={(event) => {
          const key = event.target.value;
          if (key === 'none') act({ type: 'assign', assignee: null });
          const assignee = assignees.find(([k]) => k === key)?.[1];
          if (assignee) act({ type: 'assign', assignee });
        }}
      >
        <option value="">Assign to…</option>
        <option value="none">Nobody</option>
        {assignees.map(([key, assignee]) => (
          <option key={key} value={key}>
            {assignee.type === 'team' ? `#${assignee.name}` : assignee.name || assignee.email || assignee.id}
          </option>
        ))}
      </select>
      <button type="button" className="fl-button" data-variant="danger" disabled={none} onClick={() => act({ type: 'delete' })}>
        Delete
      </button>
      {state === 'all' && !selection.allMatching ? (
        <button type="button" className="fl-button" data-slot="select-matching" onClick={list.selectAllMatching}>
          Select all {plural(matching)} matching this search
        </button>
      ) : null}
      {list.pendingPatches.some((patch) => patch.state === 'pending') ? (
        <span role="status" data-slot="saving">
          Saving…
        </span>
      ) : null}
      {failure ? (
        <div role="alert" data-slot="action-error">
          Could not {VERB[failure.action.type]} {plural(failure.issueIds.length)}: {failureMessage}. The change was undone.{' '}
          <button type="button" className="fl-button" onClick={list.dismissActionFailure}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
});
