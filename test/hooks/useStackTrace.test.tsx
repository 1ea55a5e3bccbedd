import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StackTraceRow, StackTraceState } from '../../src/hooks/useStackTrace';
import { useStackTrace } from '../../src/hooks/useStackTrace';
import { readJson } from '../core/normalize/loadFixtures';
import { cocoaEvent, makeEvent, pythonChainedEvent, recursionFrames } from '../core/stacktrace/sampleEvents';

const fixture = (name: string) => readJson(`${__dirname}/../fixtures/events/${name}.json`);

const frames = (state: StackTraceState, section = 0) =>
  (state.sections[section]?.rows ?? []).filter((row) => row.kind === 'frame');
const rowNamed = (state: StackTraceState, fn: string): Extract<StackTraceRow, { kind: 'frame' }> => {
  const row = state.sections.flatMap((s) => s.rows).find((r) => r.kind === 'frame' && r.name.function === fn);
  if (row?.kind !== 'frame') throw new Error(`no frame ${fn}`);
  return row;
};

describe('useStackTrace over real fixtures', () => {
  it('Python: newest frame first, crashing app frame open with source and variables, raw traceback', () => {
    const { result } = renderHook(() => useStackTrace(fixture('bugsink/visualshots-rich')));
    const state = result.current;
    expect(state.problems).toEqual([]);
    expect(state.sections).toHaveLength(1);
    const [section] = state.sections;
    expect(section?.title).toBe('VisualshotsCheckoutError');
    expect(section?.mechanism).toMatchObject({ type: 'generic', handled: false, handledLabel: 'Unhandled' });
    const shown = frames(state);
    expect(shown[0]?.name.function).toBe('complete_with_code_only');
    expect(shown[0]?.crashing).toBe(true);
    expect(shown[0]?.expanded).toBe(true);
    expect(shown[0]?.sourceLines.some((line) => line.crashing)).toBe(true);
    expect(shown.slice(1).every((row) => !row.expanded)).toBe(true);
    expect(rowNamed(state, 'complete_with_vars_only').variables.length).toBeGreaterThan(0);
    expect(state.raw).toMatch(/^Traceback \(most recent call last\):/);
    expect(state.raw).toContain('VisualshotsCheckoutError');
    // The one non-app frame is folded behind a group row.
    expect(section?.rows[0]).toMatchObject({ kind: 'folded', label: '1 more frame', expanded: false });
  });

  it('Java chained: three exceptions in raised order, each cause linked with "Caused by"', () => {
    const { result } = renderHook(() => useStackTrace(fixture('sentry/java-chained')));
    const { sections, raw } = result.current;
    expect(sections.map((s) => [s.title, s.linkLabel, s.depth])).toEqual([
      ['LifecycleException', undefined, 0],
      ['LifecycleException', 'Caused by', 1],
      ['BindException', 'Caused by', 2],
    ]);
    expect(sections.every((s) => s.view.frameCount > 10)).toBe(true);
    expect(raw).toMatch(/Caused by: .*BindException/);
  });

  it('native: addresses, image names and folded recursion', () => {
    const { result } = renderHook(() => useStackTrace(fixture('sentry/native2-boost')));
    const [section] = result.current.sections;
    expect(section?.mechanism).toMatchObject({ type: 'minidump', handledLabel: 'Unhandled' });
    const recursion = section?.rows.find((row) => row.kind === 'recursion');
    expect(recursion).toMatchObject({ label: 'this frame repeated 14 times', expanded: false });
    const addressed = renderHook(() => useStackTrace(fixture('sentry/native-no-filenames'), { defaultAppOnly: false }));
    const withAddress = frames(addressed.result.current).filter((row) => row.name.instructionAddr !== undefined);
    expect(withAddress.length).toBeGreaterThan(5);
    expect(withAddress.some((row) => row.name.image !== undefined)).toBe(true);
  });

  it('cocoa: mechanism and symbol names, crashing frame open', () => {
    const { result } = renderHook(() => useStackTrace(fixture('sentry/mobile1-xid')));
    const [section] = result.current.sections;
    expect(section).toMatchObject({ title: 'NSRangeException', mechanism: { type: 'nsexception', handled: false } });
    expect(frames(result.current).some((row) => row.name.function === 'objc_exception_throw')).toBe(true);
    expect(result.current.raw).toContain('NSRangeException');
  });

  it('JavaScript: file, line and column for each frame; oldest first on request', () => {
    const { result } = renderHook(() => useStackTrace(fixture('sentry/javascript-xbrowser-chrome'), { defaultOrder: 'oldest-first' }));
    const shown = frames(result.current);
    expect(shown[0]?.index).toBe(0);
    expect(shown[shown.length - 1]?.crashing).toBe(true);
    expect(shown.find((row) => row.name.function === 'Object.aha')?.name.location).toMatch(/:\d+:\d+$/);
    expect(result.current.raw).toMatch(/^Error: /);
  });
});

describe('useStackTrace state', () => {
  it('Python chain: caused-by and during-handling relations in raised order', () => {
    const { result } = renderHook(() => useStackTrace(pythonChainedEvent()));
    expect(result.current.sections.map((s) => [s.title, s.link])).toEqual([
      ['ValueError', undefined],
      ['ConnectionError', 'caused-by'],
      ['KeyError', 'during-handling-of'],
    ]);
    expect(result.current.sections[2]?.linkLabel).toBe('During handling of');
  });

  it('threads: crashed first and selected; another thread shows its own stack; controlled selection', () => {
    const onSelectedThreadChange = vi.fn();
    const { result } = renderHook(() => useStackTrace(cocoaEvent(), { onSelectedThreadChange }));
    expect(result.current.threads.map((t) => t.label)).toEqual(['main', 'com.apple.uikit.eventfetch-thread']);
    expect(result.current.selectedThread?.label).toBe('main');
    expect(result.current.showsExceptions).toBe(true);
    act(() => result.current.selectThread('thread:1'));
    expect(onSelectedThreadChange).toHaveBeenCalledWith('thread:1');
    expect(result.current.showsExceptions).toBe(false);
    expect(result.current.sections[0]).toMatchObject({ kind: 'thread', title: 'com.apple.uikit.eventfetch-thread' });
    expect(result.current.raw).toContain('mach_msg_trap');

    const controlled = renderHook(() => useStackTrace(cocoaEvent(), { selectedThread: 'thread:1' }));
    act(() => controlled.result.current.selectThread('thread:0'));
    expect(controlled.result.current.selectedThread?.key).toBe('thread:1');
  });

  it('app-only folds non-app frames into groups that expand; full shows every frame', () => {
    const event = makeEvent({ exceptions: [{ id: 0, depth: 0, type: 'E', stacktrace: { frames: recursionFrames(1) } }] });
    const { result } = renderHook(() => useStackTrace(event));
    const group = result.current.sections[0]?.rows.find((row) => row.kind === 'folded');
    expect(group?.label).toBe('1 more frame');
    act(() => result.current.toggleRow(group as StackTraceRow));
    const open = result.current.sections[0]?.rows.find((row) => row.kind === 'folded');
    expect(open?.expanded).toBe(true);
    expect(result.current.getFrameToggleProps(open as StackTraceRow)).toMatchObject({ 'aria-expanded': true });
    expect(result.current.getFrameToggleProps(open as StackTraceRow)['aria-controls']).toBeTruthy();
    act(() => result.current.setAppOnly(false));
    expect(result.current.sections[0]?.rows.every((row) => row.kind === 'frame')).toBe(true);
  });

  it('a toggle changes only the toggled row: the others and the prop getters stay the same objects', () => {
    const event = makeEvent({ exceptions: [{ id: 0, depth: 0, type: 'E', stacktrace: { frames: recursionFrames(300) } }] });
    const { result } = renderHook(() => useStackTrace(event, { defaultAppOnly: false }));
    const fold = result.current.sections[0]?.rows.find((row) => row.kind === 'recursion') as StackTraceRow;
    act(() => result.current.toggleRow(fold));
    const before = result.current.sections[0]?.rows ?? [];
    const getToggleProps = result.current.getFrameToggleProps;
    const target = before[5] as StackTraceRow;
    act(() => result.current.toggleRow(target));
    const after = result.current.sections[0]?.rows ?? [];
    expect(after).toHaveLength(before.length);
    expect(after.filter((row, i) => row !== before[i]).map((row) => row.key)).toEqual([target.key]);
    expect(after[5]?.expanded).toBe(!target.expanded);
    expect(result.current.getFrameToggleProps).toBe(getToggleProps);
    act(() => result.current.setOrder('oldest-first'));
    const reordered = new Set(result.current.sections[0]?.rows);
    // Order moves rows, it does not change them; only the open group's aria-controls target moves.
    expect(after.filter((row) => !reordered.has(row)).map((row) => row.kind)).toEqual(['recursion']);
  });

  it('recursion of 1,000 cycles folds to one shown cycle and a row for the rest', () => {
    const event = makeEvent({ exceptions: [{ id: 0, depth: 0, type: 'RangeError', stacktrace: { frames: recursionFrames(1000) } }] });
    const { result } = renderHook(() => useStackTrace(event, { defaultAppOnly: false }));
    const rows = result.current.sections[0]?.rows ?? [];
    expect(rows.find((row) => row.kind === 'recursion')?.label).toBe('these 3 frames repeated 1,000 times');
    expect(rows.length).toBeLessThan(10);
  });

  it('frame toggle props carry aria-expanded and aria-controls; controlled expansion reports the new set', () => {
    const onExpandedChange = vi.fn();
    const { result, rerender } = renderHook((expanded: ReadonlySet<string>) => useStackTrace(pythonChainedEvent(), { expanded, onExpandedChange }), {
      initialProps: new Set<string>(),
    });
    const lookup = rowNamed(result.current, 'lookup');
    expect(lookup.expanded).toBe(false);
    expect(result.current.getFrameToggleProps(lookup)).toMatchObject({ 'aria-expanded': false, 'aria-controls': undefined });
    act(() => result.current.getFrameToggleProps(lookup).onClick());
    expect(onExpandedChange).toHaveBeenCalledWith(new Set([lookup.stateKey]));
    // Controlled: nothing changes until the parent passes the new set.
    expect(rowNamed(result.current, 'lookup').expanded).toBe(false);
    rerender(new Set([lookup.stateKey]));
    const open = rowNamed(result.current, 'lookup');
    const toggle = result.current.getFrameToggleProps(open);
    expect(toggle['aria-expanded']).toBe(true);
    expect(toggle['aria-controls']).toBe(result.current.getFrameDetailsProps(open).id);
    expect(result.current.getRowProps(open)).toMatchObject({ 'data-state': 'expanded', 'data-in-app': '' });
  });

  it('a new event starts from its own default expansion, not the keys toggled on the last one', () => {
    const first = pythonChainedEvent();
    const { result, rerender } = renderHook((event: unknown) => useStackTrace(event), { initialProps: first });
    const crashing = rowNamed(result.current, 'lookup');
    expect(crashing.expanded).toBe(true);
    act(() => result.current.toggleRow(crashing));
    expect(rowNamed(result.current, 'lookup').expanded).toBe(false);
    rerender(pythonChainedEvent());
    expect(rowNamed(result.current, 'lookup').expanded).toBe(true);
  });

  it('uncontrolled order and app-only call their callbacks', () => {
    const onOrderChange = vi.fn();
    const onAppOnlyChange = vi.fn();
    const { result } = renderHook(() => useStackTrace(pythonChainedEvent(), { onOrderChange, onAppOnlyChange }));
    act(() => result.current.setOrder('oldest-first'));
    act(() => result.current.setAppOnly(false));
    expect(result.current.order).toBe('oldest-first');
    expect(result.current.appOnly).toBe(false);
    expect(onOrderChange).toHaveBeenCalledWith('oldest-first');
    expect(onAppOnlyChange).toHaveBeenCalledWith(false);
  });

  it('Markdown report on demand; empty and malformed input never throw', () => {
    const { result } = renderHook(() => useStackTrace(pythonChainedEvent()));
    expect(result.current.getMarkdown()).toMatch(/^## /);
    const empty = renderHook(() => useStackTrace({ message: 'hello' }));
    expect(empty.result.current.isEmpty).toBe(true);
    const broken = renderHook(() => useStackTrace({ exception: { values: [{ type: 'X', stacktrace: { frames: 'nope' } }] } }));
    expect(broken.result.current.problems.length).toBeGreaterThan(0);
    expect(broken.result.current.sections[0]?.title).toBe('X');
  });
});
