/**
 * Which issues are checked in an issue list. `allMatching` is Sentry's "select all N issues
 * that match this search", which reaches past the loaded page; it belongs to one query.
 */
export interface IssueSelection {
  readonly ids: ReadonlySet<string>;
  /** Where a shift-click range starts: the last issue clicked without shift. */
  readonly anchorId: string | null;
  readonly allMatching: boolean;
}

/** Nothing selected. */
export const EMPTY_ISSUE_SELECTION: IssueSelection = { ids: new Set(), anchorId: null, allMatching: false };

/** Selects only `id` (a plain click), making it the range anchor; takes the old selection so every transition has one shape. */
export function selectIssue(_selection: IssueSelection, id: string): IssueSelection {
  return { ids: new Set([id]), anchorId: id, allMatching: false };
}

/**
 * Checks or unchecks `id` (a checkbox or ctrl/cmd-click), making it the anchor. Unchecking
 * while all matching issues are selected leaves the other visible ones selected.
 */
export function toggleIssueSelection(selection: IssueSelection, id: string, visibleIds: readonly string[]): IssueSelection {
  const ids = new Set(selection.allMatching ? visibleIds : selection.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchorId: id, allMatching: false };
}

/**
 * Adds the issues from the anchor to `id` in visible order (a shift-click). The anchor stays,
 * so a second shift-click extends from the same place. Without a visible anchor it selects
 * `id` and anchors there.
 */
export function selectIssueRange(selection: IssueSelection, id: string, visibleIds: readonly string[]): IssueSelection {
  const to = visibleIds.indexOf(id);
  const from = selection.anchorId === null ? -1 : visibleIds.indexOf(selection.anchorId);
  if (to < 0) return selection;
  if (from < 0) return { ids: new Set([...selection.ids, id]), anchorId: id, allMatching: false };
  const ids = new Set(selection.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) ids.add(visibleIds[i]!);
  return { ids, anchorId: selection.anchorId, allMatching: false };
}

// One set of visible ids per visible list, shared by every selection of all of them: selecting
// all 100k issues, fitting and counting then cost no new set per click. Selections never
// mutate their `ids` (each transition copies), so sharing it is safe.
const visibleSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/** The visible ids as a set, made once per `visibleIds` array. */
export function getVisibleIdSet(visibleIds: readonly string[]): ReadonlySet<string> {
  let set = visibleSets.get(visibleIds);
  if (!set) {
    set = new Set(visibleIds);
    visibleSets.set(visibleIds, set);
  }
  return set;
}

const visibleIndexes = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function getVisibleIndex(visibleIds: readonly string[]): ReadonlyMap<string, number> {
  let map = visibleIndexes.get(visibleIds);
  if (!map) {
    map = new Map(visibleIds.map((id, i) => [id, i]));
    visibleIndexes.set(visibleIds, map);
  }
  return map;
}

/** Selects every visible issue (the header checkbox). */
export function selectAllVisibleIssues(selection: IssueSelection, visibleIds: readonly string[]): IssueSelection {
  return { ids: getVisibleIdSet(visibleIds), anchorId: selection.anchorId, allMatching: false };
}

/** Selects every issue matching the current query, loaded or not. */
export function selectAllMatchingIssues(selection: IssueSelection, visibleIds: readonly string[]): IssueSelection {
  return { ids: getVisibleIdSet(visibleIds), anchorId: selection.anchorId, allMatching: true };
}

/** Clears the selection. */
export function clearIssueSelection(): IssueSelection {
  return EMPTY_ISSUE_SELECTION;
}

/**
 * Fits a selection to a new list of visible issues, after a search or a data refresh: issues
 * that are no longer shown are dropped (a bulk action never reaches an issue the user cannot
 * see), the anchor goes if hidden, and "all matching" ends when the query changed. Returns the
 * same object when nothing changed, so it is safe to call on every render.
 */
export function reconcileIssueSelection(
  selection: IssueSelection,
  visibleIds: readonly string[],
  queryChanged: boolean,
): IssueSelection {
  // Nothing to fit: skip building a set of every visible id on each keystroke of a 100k list.
  if (selection.ids.size === 0 && selection.anchorId === null && !selection.allMatching) return selection;
  const visible = getVisibleIdSet(visibleIds);
  const allMatching = selection.allMatching && !queryChanged;
  const anchorId = selection.anchorId !== null && visible.has(selection.anchorId) ? selection.anchorId : null;
  // Work in the size of the selection, not of the list: a kept id is one that is visible.
  let ids: ReadonlySet<string> = visible;
  let sameIds = selection.ids === visible;
  if (!allMatching && !sameIds) {
    let kept = 0;
    for (const id of selection.ids) if (visible.has(id)) kept++;
    sameIds = kept === selection.ids.size;
    ids = sameIds ? selection.ids : new Set([...selection.ids].filter((id) => visible.has(id)));
  } else if (allMatching && !sameIds) {
    sameIds = selection.ids.size === visible.size && [...selection.ids].every((id) => visible.has(id));
  }
  if (sameIds && anchorId === selection.anchorId && allMatching === selection.allMatching) return selection;
  return { ids: sameIds ? selection.ids : ids, anchorId, allMatching };
}

/** Whether `id` is selected. */
export function isIssueSelected(selection: IssueSelection, id: string): boolean {
  return selection.allMatching || selection.ids.has(id);
}

/** Selected ids among the visible issues, in visible order: what a bulk action acts on. */
export function getSelectedIssueIds(selection: IssueSelection, visibleIds: readonly string[]): string[] {
  if (selection.allMatching) return [...visibleIds];
  // Nothing checked must not cost a set of every visible id (each sort and keystroke).
  if (selection.ids.size === 0) return [];
  if (selection.ids === getVisibleIdSet(visibleIds)) return [...visibleIds];
  // A few checked among many: place them by their visible position instead of filtering the
  // list; a handful by a native search each, more through an id -> position map made once.
  if (selection.ids.size * 16 < visibleIds.length) {
    const position = selection.ids.size <= 16 ? undefined : getVisibleIndex(visibleIds);
    const found: [number, string][] = [];
    for (const id of selection.ids) {
      const at = position ? position.get(id) : visibleIds.indexOf(id);
      if (at !== undefined && at >= 0) found.push([at, id]);
    }
    return found.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  }
  return visibleIds.filter((id) => selection.ids.has(id));
}

/** How many visible issues are selected. */
function countSelected(selection: IssueSelection, visibleIds: readonly string[]): number {
  if (selection.allMatching) return visibleIds.length;
  if (selection.ids.size === 0) return 0;
  const visible = getVisibleIdSet(visibleIds);
  if (selection.ids === visible) return visibleIds.length;
  let count = 0;
  for (const id of selection.ids) if (visible.has(id)) count++;
  return count;
}

/** State of the "select all" checkbox: none, some (indeterminate) or all visible selected. */
export function getIssueSelectionState(selection: IssueSelection, visibleIds: readonly string[]): 'none' | 'some' | 'all' {
  const selected = countSelected(selection, visibleIds);
  if (selected === 0) return 'none';
  return selected === visibleIds.length ? 'all' : 'some';
}
