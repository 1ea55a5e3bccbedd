import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_ISSUE_SELECTION, type IssueSelection } from '../../src/core/issues';
import type { Issue } from '../../src/core/model';
import * as search from '../../src/core/search';
import { type UseIssueListOptions, useIssueList } from '../../src/hooks/useIssueList';
import { generateIssues, rawApiIssues, SAMPLE_NOW } from '../../stories/IssueList/sampleIssues';

const issues = generateIssues(60);
const titles = (list: readonly Issue[]) => list.map((issue) => issue.title);
const render = (input: unknown, options: UseIssueListOptions = {}) =>
  renderHook((props: { input: unknown; options: UseIssueListOptions }) => useIssueList(props.input, { now: SAMPLE_NOW, ...props.options }), {
    initialProps: { input, options },
  });

describe('useIssueList input', () => {
  it('normalizes raw Web API issues and sorts them by last seen', () => {
    const { result } = render(rawApiIssues);
    expect(result.current.issues.map((issue) => issue.shortId)).toEqual(['STATION-2K', 'STATION-2M']);
    expect(result.current.issues[0]!.count).toBe(1289);
    expect(result.current.problems).toEqual([]);
  });

  it('exposes problems of bad input instead of throwing', () => {
    const { result } = render([{ id: 5, title: 42 }, 'not an issue']);
    expect(result.current.problems.length).toBeGreaterThan(0);
    const { result: notAList } = render({ nope: true });
    expect(notAList.current.issues).toEqual([]);
    expect(notAList.current.problems[0]!.path).toBe('$');
  });
});

describe('useIssueList search', () => {
  it('filters with the query syntax, uncontrolled, and reports chips', () => {
    const onQueryChange = vi.fn();
    const { result } = render(rawApiIssues, { onQueryChange });
    act(() => result.current.setQuery('level:warning'));
    expect(result.current.issues.map((i) => i.shortId)).toEqual(['STATION-2M']);
    expect(result.current.chips.map((chip) => chip.label)).toEqual(['level: warning']);
    expect(onQueryChange).toHaveBeenCalledWith('level:warning');
    act(() => result.current.removeFilter(0));
    expect(result.current.query).toBe('');
    expect(result.current.issues).toHaveLength(2);
  });

  it('follows a controlled query and only asks for changes', () => {
    const onQueryChange = vi.fn();
    const { result, rerender } = render(rawApiIssues, { query: 'pump', onQueryChange });
    expect(titles(result.current.issues)).toEqual(['ValueError: pump pressure out of range']);
    act(() => result.current.setQuery('sensor'));
    expect(onQueryChange).toHaveBeenCalledWith('sensor');
    expect(result.current.query).toBe('pump');
    rerender({ input: rawApiIssues, options: { query: 'sensor', onQueryChange } });
    expect(titles(result.current.issues)).toEqual(['Sensor north-3 offline']);
  });

  it('keeps the last good result and reports located errors while a query does not parse', () => {
    const { result } = render(rawApiIssues, { defaultQuery: 'is:ignored' });
    expect(result.current.issues).toHaveLength(1);
    act(() => result.current.setQuery('is:ignored times_seen:>lots'));
    expect(result.current.stale).toBe(true);
    expect(result.current.queryErrors[0]).toMatchObject({ position: expect.any(Number), message: expect.any(String) });
    expect(result.current.queryErrors[0]!.position).toBeGreaterThanOrEqual('is:ignored '.length);
    expect(result.current.issues.map((i) => i.shortId)).toEqual(['STATION-2M']);
    act(() => result.current.setQuery('is:ignored times_seen:>1000'));
    expect(result.current.stale).toBe(false);
    expect(result.current.issues).toEqual([]);
  });

  it('never throws on hostile queries', () => {
    const { result } = render(issues);
    for (const query of ['"unclosed', 'key:[a,', '!!!:', 'lastSeen:-99999999999y', '\u0000<script>', 'a'.repeat(10_000)]) {
      act(() => result.current.setQuery(query));
      expect(Array.isArray(result.current.issues)).toBe(true);
    }
  });

  it('offers completions for keys and known values', () => {
    const { result } = render(issues);
    expect(result.current.getCompletions(3).items.map((c) => c.label)).toContain('level');
    act(() => result.current.setQuery('project:'));
    expect(result.current.getCompletions(8).items.map((c) => c.label)).toEqual(expect.arrayContaining(['web', 'api']));
  });

  it('indexes once per list and searches through the core searcher per keystroke', () => {
    const spy = vi.spyOn(search, 'createIssueIndex');
    const { result } = render(generateIssues(2000));
    const calls = spy.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    for (const query of ['T', 'Ty', 'Typ', 'Type', 'TypeError']) act(() => result.current.setQuery(query));
    expect(spy.mock.calls.length).toBe(calls);
    expect(result.current.issues.every((issue) => issue.title.includes('TypeError'))).toBe(true);
    spy.mockRestore();
  });
});

describe('useIssueList sort', () => {
  it('sorts by events, users and first seen with a stable order, controlled or not', () => {
    const { result } = render(issues, { defaultSort: 'freq' });
    const counts = result.current.issues.map((i) => i.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    act(() => result.current.setSort('user'));
    const users = result.current.issues.map((i) => i.userCount);
    expect(users).toEqual([...users].sort((a, b) => b - a));
    const onSortChange = vi.fn();
    const controlled = render(issues, { sort: 'new', onSortChange });
    act(() => controlled.result.current.setSort('freq'));
    expect(onSortChange).toHaveBeenCalledWith('freq');
    expect(controlled.result.current.sort).toBe('new');
    const firstSeen = controlled.result.current.issues.map((i) => Date.parse(i.firstSeen!));
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => b - a));
  });
});

describe('useIssueList selection', () => {
  it('toggles, selects shift ranges in visible order and all visible', () => {
    const { result } = render(issues);
    const ids = result.current.issues.map((i) => i.id);
    act(() => result.current.toggle(ids[2]!));
    act(() => result.current.selectRange(ids[5]!));
    expect(result.current.selectedIds).toEqual(ids.slice(2, 6));
    expect(result.current.state).toBe('some');
    act(() => result.current.selectAllVisible());
    expect(result.current.state).toBe('all');
  });

  it('drops hidden issues from the selection and ends "all matching" when the query changes', () => {
    const { result } = render(issues);
    act(() => result.current.setQuery('is:resolved'));
    act(() => result.current.selectAllMatching());
    expect(result.current.selection.allMatching).toBe(true);
    expect(result.current.selectedIds).toHaveLength(result.current.issues.length);
    act(() => result.current.setQuery('is:resolved level:error'));
    expect(result.current.selection.allMatching).toBe(false);
    expect(result.current.selectedIds).toEqual(result.current.issues.map((i) => i.id));
  });

  it('follows a controlled selection', () => {
    const onSelectionChange = vi.fn();
    const selection: IssueSelection = { ids: new Set([issues[0]!.id]), anchorId: null, allMatching: false };
    const { result } = render(issues, { selection, onSelectionChange });
    expect(result.current.selectedIds).toEqual([issues[0]!.id]);
    act(() => result.current.clear());
    expect(onSelectionChange).toHaveBeenCalledWith(EMPTY_ISSUE_SELECTION);
    expect(result.current.selectedIds).toEqual([issues[0]!.id]);
  });
});

describe('useIssueList bulk actions', () => {
  it('shows an action at once and keeps it when the host resolves', async () => {
    const onBulkAction = vi.fn(() => Promise.resolve());
    const { result } = render(rawApiIssues, { onBulkAction, defaultQuery: 'is:unresolved' });
    act(() => result.current.selectAllVisible());
    await act(() => result.current.runAction({ type: 'resolve' }));
    expect(onBulkAction).toHaveBeenCalledWith({ type: 'resolve' }, { issueIds: ['4021'], allMatching: false, query: 'is:unresolved' });
    expect(result.current.allIssues.find((i) => i.id === '4021')!.status).toBe('resolved');
    expect(result.current.issues).toEqual([]);
  });

  it('rolls the optimistic change back and reports the failure when the host rejects', async () => {
    let reject: (error: Error) => void = () => {};
    const onBulkAction = vi.fn(() => new Promise<void>((_, no) => { reject = no; }));
    const { result } = render(rawApiIssues, { onBulkAction });
    act(() => result.current.toggle('4022'));
    let done: Promise<boolean> = Promise.resolve(true);
    act(() => { done = result.current.runAction({ type: 'delete' }); });
    expect(result.current.issues.map((i) => i.id)).toEqual(['4021']);
    expect(result.current.pendingPatches).toHaveLength(1);
    await act(async () => { reject(new Error('403 Forbidden')); await done; });
    expect(await done).toBe(false);
    expect(result.current.issues.map((i) => i.id)).toEqual(['4021', '4022']);
    expect(result.current.pendingPatches).toHaveLength(0);
    expect(result.current.actionFailure).toMatchObject({ action: { type: 'delete' }, issueIds: ['4022'] });
  });

  it('drops confirmed patches when fresh issues arrive', async () => {
    const { result, rerender } = render(issues, { onBulkAction: () => Promise.resolve() });
    act(() => result.current.toggle(issues[0]!.id));
    await act(() => result.current.runAction({ type: 'bookmark' }));
    expect(result.current.pendingPatches).toHaveLength(1);
    rerender({ input: [...issues], options: {} });
    await waitFor(() => expect(result.current.pendingPatches).toHaveLength(0));
  });
});
