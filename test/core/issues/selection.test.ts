import { describe, expect, it } from 'vitest';
import {
  clearIssueSelection,
  EMPTY_ISSUE_SELECTION,
  getIssueSelectionState,
  getSelectedIssueIds,
  type IssueSelection,
  isIssueSelected,
  reconcileIssueSelection,
  selectAllMatchingIssues,
  selectAllVisibleIssues,
  selectIssue,
  selectIssueRange,
  toggleIssueSelection,
} from '../../../src/core/issues';

const visible = ['a', 'b', 'c', 'd', 'e', 'f'];
const selected = (selection: IssueSelection) => [...selection.ids].sort();

describe('issue selection', () => {
  it('selects one issue and anchors there', () => {
    const selection = selectIssue(toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'a', visible), 'c');
    expect(selected(selection)).toEqual(['c']);
    expect(selection.anchorId).toBe('c');
  });

  it('toggles issues in and out', () => {
    let selection = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'b', visible);
    selection = toggleIssueSelection(selection, 'd', visible);
    expect(selected(selection)).toEqual(['b', 'd']);
    selection = toggleIssueSelection(selection, 'b', visible);
    expect(selected(selection)).toEqual(['d']);
    expect(selection.anchorId).toBe('b');
  });

  it('shift-selects a range from the anchor in visible order, either direction', () => {
    const anchored = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'b', visible);
    expect(selected(selectIssueRange(anchored, 'e', visible))).toEqual(['b', 'c', 'd', 'e']);
    const up = selectIssueRange(toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'e', visible), 'c', visible);
    expect(selected(up)).toEqual(['c', 'd', 'e']);
    expect(up.anchorId).toBe('e');
  });

  it('adds a range to what was already selected and keeps the anchor for the next shift-click', () => {
    let selection = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'f', visible);
    selection = toggleIssueSelection(selection, 'a', visible);
    selection = selectIssueRange(selection, 'b', visible);
    selection = selectIssueRange(selection, 'c', visible);
    expect(selected(selection)).toEqual(['a', 'b', 'c', 'f']);
    expect(selection.anchorId).toBe('a');
  });

  it('uses the visible order after re-sorting, not the order issues were clicked in', () => {
    const anchored = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'b', visible);
    expect(selected(selectIssueRange(anchored, 'd', ['d', 'a', 'b', 'c']))).toEqual(['a', 'b', 'd']);
  });

  it('without a visible anchor a shift-click selects just that issue', () => {
    const selection = selectIssueRange(EMPTY_ISSUE_SELECTION, 'c', visible);
    expect(selected(selection)).toEqual(['c']);
    expect(selection.anchorId).toBe('c');
    const hiddenAnchor = selectIssueRange({ ...selection, anchorId: 'zzz' }, 'e', visible);
    expect(selected(hiddenAnchor)).toEqual(['c', 'e']);
    expect(selectIssueRange(selection, 'not-visible', visible)).toBe(selection);
  });

  it('selects all visible, all matching, and clears', () => {
    const all = selectAllVisibleIssues(EMPTY_ISSUE_SELECTION, visible);
    expect(getIssueSelectionState(all, visible)).toBe('all');
    expect(all.allMatching).toBe(false);
    const matching = selectAllMatchingIssues(all, visible);
    expect(matching.allMatching).toBe(true);
    expect(isIssueSelected(matching, 'not-loaded-yet')).toBe(true);
    expect(clearIssueSelection()).toEqual(EMPTY_ISSUE_SELECTION);
    expect(getIssueSelectionState(EMPTY_ISSUE_SELECTION, visible)).toBe('none');
    expect(getIssueSelectionState(toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'a', visible), visible)).toBe('some');
  });

  it('unchecking one issue leaves "all matching" for the rest of the visible ones', () => {
    const matching = selectAllMatchingIssues(EMPTY_ISSUE_SELECTION, visible);
    const selection = toggleIssueSelection(matching, 'c', visible);
    expect(selection.allMatching).toBe(false);
    expect(getSelectedIssueIds(selection, visible)).toEqual(['a', 'b', 'd', 'e', 'f']);
  });
});

describe('reconcileIssueSelection', () => {
  it('keeps still-visible issues and drops hidden ones and a hidden anchor', () => {
    let selection = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'b', visible);
    selection = toggleIssueSelection(selection, 'e', visible);
    const filtered = reconcileIssueSelection(selection, ['a', 'b', 'c'], true);
    expect(selected(filtered)).toEqual(['b']);
    expect(filtered.anchorId).toBeNull();
    expect(getSelectedIssueIds(filtered, ['a', 'b', 'c'])).toEqual(['b']);
  });

  it('returns the same object when nothing changed', () => {
    const selection = toggleIssueSelection(EMPTY_ISSUE_SELECTION, 'b', visible);
    expect(reconcileIssueSelection(selection, ['c', 'b'], true)).toBe(selection);
  });

  it('ends "all matching" when the query changes but not on a refresh of the same query', () => {
    const matching = selectAllMatchingIssues(EMPTY_ISSUE_SELECTION, visible);
    const refreshed = reconcileIssueSelection(matching, [...visible, 'g'], false);
    expect(refreshed.allMatching).toBe(true);
    expect(getSelectedIssueIds(refreshed, [...visible, 'g'])).toContain('g');
    const requeried = reconcileIssueSelection(matching, ['a', 'b'], true);
    expect(requeried.allMatching).toBe(false);
    expect(selected(requeried)).toEqual(['a', 'b']);
  });
});

describe('issue selection on long lists', () => {
  const many = Array.from({ length: 1000 }, (_, i) => `id${i}`);

  it('gives the few checked ids in visible order, whatever order they were checked in', () => {
    let selection = EMPTY_ISSUE_SELECTION;
    for (const id of ['id900', 'id3', 'id512', 'gone']) selection = toggleIssueSelection(selection, id, many);
    expect(getSelectedIssueIds(selection, many)).toEqual(['id3', 'id512', 'id900']);
    expect(getIssueSelectionState(selection, many)).toBe('some');
    const fitted = reconcileIssueSelection(selection, many, false);
    expect(selected(fitted)).toEqual(['id3', 'id512', 'id900']);
    expect(reconcileIssueSelection(fitted, many, false)).toBe(fitted);
  });

  it('selects all without copying per call, fits a narrower list, and unchecks one after all', () => {
    const all = selectAllVisibleIssues(EMPTY_ISSUE_SELECTION, many);
    expect(reconcileIssueSelection(all, many, false)).toBe(all);
    expect(getIssueSelectionState(all, many)).toBe('all');
    expect(getSelectedIssueIds(all, many)).toEqual(many);
    const narrower = many.slice(0, 10);
    const fitted = reconcileIssueSelection(all, narrower, false);
    expect(selected(fitted)).toEqual([...narrower].sort());
    expect(getIssueSelectionState(fitted, narrower)).toBe('all');
    const one = toggleIssueSelection(all, 'id5', many);
    expect(one.ids.has('id5')).toBe(false);
    expect(all.ids.has('id5')).toBe(true);
    expect(getIssueSelectionState(one, many)).toBe('some');
    expect(getSelectedIssueIds(one, many)).toHaveLength(999);
  });
});
