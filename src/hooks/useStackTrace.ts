import { type ChangeEvent, useCallback, useId, useMemo, useState } from 'react';
import { type FrameOrder, formatRawEvent, formatRawStacktrace, getThreads, maskText, toMarkdown } from '../core';
import {
  createSectionBuilder,
  defaultExpandedKeys,
  eventTraceSource,
  exceptionSources,
  type SectionSource,
  type StackTraceRow,
  threadSource,
} from './stackTrace/sections';
import type { StackTraceState, UseStackTraceOptions } from './stackTrace/types';
import { useControllableState } from './useControllableState';
import { useNormalizedEvent } from './useNormalized';

export type { StackTraceMechanism, StackTraceRow, StackTraceSection } from './stackTrace/sections';
export type { StackTraceState, UseStackTraceOptions } from './stackTrace/types';

const ROW_KINDS: Record<StackTraceRow['kind'], string> = { frame: 'frame', folded: 'folded', recursion: 'recursion' };

/**
 * Headless state of a stack-trace view over any event input: the exception chain with its
 * relations, threads crashed first, frames folded by core `buildFrameView`, the raw text, and
 * prop getters for the toggles. Every piece of state is controlled or uncontrolled.
 */
export function useStackTrace(input: unknown, options: UseStackTraceOptions = {}): StackTraceState {
  const { value: event, problems } = useNormalizedEvent(input);
  const idPrefix = `fl-st${useId().replace(/[^\w-]/g, '')}`;
  const [order, setOrder] = useControllableState<FrameOrder>({
    value: options.order,
    defaultValue: options.defaultOrder ?? 'newest-first',
    onChange: options.onOrderChange,
  });
  const [appOnly, setAppOnly] = useControllableState<boolean>({
    value: options.appOnly,
    defaultValue: options.defaultAppOnly ?? true,
    onChange: options.onAppOnlyChange,
  });

  const threadList = useMemo(() => getThreads(event), [event]);
  const [selectedKey, selectThread] = useControllableState<string | undefined>({
    value: options.selectedThread,
    defaultValue: options.defaultSelectedThread ?? threadList.defaultKey,
    onChange: options.onSelectedThreadChange as ((key: string | undefined) => void) | undefined,
  });
  // A key from another event (the input changed) falls back to this event's default thread.
  const selectedThread =
    threadList.threads.find((t) => t.key === selectedKey) ??
    threadList.threads.find((t) => t.key === threadList.defaultKey) ??
    threadList.threads[0];

  const { sources: chain, omitted: omittedExceptions } = useMemo(() => exceptionSources(event), [event]);
  // The chain belongs to the thread it was raised on; another thread shows its own stack.
  const anyThreadLinked = threadList.threads.some((t) => t.exceptions.length > 0);
  const showsExceptions =
    chain.length > 0 &&
    (selectedThread === undefined ||
      selectedThread.exceptions.length > 0 ||
      (!anyThreadLinked && selectedThread.key === threadList.defaultKey));
  const sources: SectionSource[] = useMemo(() => {
    if (showsExceptions) return chain;
    if (selectedThread !== undefined) return [threadSource(selectedThread)];
    return eventTraceSource(event);
  }, [showsExceptions, chain, selectedThread, event]);

  const defaults = useMemo(
    () => options.defaultExpanded ?? defaultExpandedKeys([...chain, ...eventTraceSource(event)], threadList),
    [options.defaultExpanded, chain, event, threadList],
  );
  // `null` until the first toggle: the defaults of whichever event is shown apply.
  const [expandedState, setExpanded] = useControllableState<ReadonlySet<string> | null>({
    value: options.expanded,
    defaultValue: null,
    onChange: options.onExpandedChange as ((value: ReadonlySet<string> | null) => void) | undefined,
  });
  // Own state belongs to the event it was toggled on; a new event starts from its defaults.
  const [expandedEvent, setExpandedEvent] = useState(event);
  const controlledExpanded = options.expanded !== undefined;
  const expanded = (controlledExpanded || expandedEvent === event ? expandedState : null) ?? defaults;

  const builders = useMemo(
    () => sources.map((source) => createSectionBuilder(source, { platform: event.platform, idPrefix })),
    [sources, event.platform, idPrefix],
  );
  const sections = useMemo(() => builders.map((build) => build({ order, appOnly, expanded })), [builders, order, appOnly, expanded]);

  // Shown and copied as it is, so masked like every export: an exception value may hold a card or a token.
  const raw = useMemo(() => {
    if (showsExceptions) return maskText(formatRawEvent(event));
    if (selectedThread !== undefined) return maskText(formatRawStacktrace(selectedThread.thread, event.platform));
    return event.stacktrace === undefined ? '' : maskText(formatRawEvent(event));
  }, [showsExceptions, selectedThread, event]);
  const getMarkdown = useCallback(() => toMarkdown(event), [event]);

  // Reads the open set through the setter, so the toggle (and every row's props) stays the same
  // function across toggles and memoized rows that did not change skip rendering.
  const toggleRow = useCallback(
    (row: StackTraceRow) => {
      setExpanded((previous) => {
        const next = new Set((controlledExpanded || expandedEvent === event ? previous : null) ?? defaults);
        if (!next.delete(row.stateKey)) next.add(row.stateKey);
        return next;
      });
      setExpandedEvent(event);
    },
    [setExpanded, controlledExpanded, expandedEvent, event, defaults],
  );

  const getRowProps = useCallback(
    (row: StackTraceRow) => ({
      id: row.id,
      'data-kind': ROW_KINDS[row.kind],
      'data-state': row.expandable ? (row.expanded ? 'expanded' : 'collapsed') : undefined,
      'data-level': row.level,
      'data-in-app': row.kind === 'frame' && row.inApp === true ? '' : undefined,
      'data-crashing': row.kind === 'frame' && row.crashing ? '' : undefined,
    }),
    [],
  );

  const getFrameToggleProps = useCallback(
    (row: StackTraceRow) => ({
      type: 'button' as const,
      id: `${row.id}-toggle`,
      'aria-expanded': row.expanded,
      'aria-controls': row.controls,
      onClick: () => toggleRow(row),
    }),
    [toggleRow],
  );
  const getFrameDetailsProps = useCallback(
    // A group, not a region: recursion repeats names, and landmarks must be uniquely named.
    (row: StackTraceRow) => ({ id: `${row.id}-details`, role: 'group' as const, 'aria-labelledby': `${row.id}-toggle` }),
    [],
  );
  const getThreadSelectProps = useCallback(
    () => ({
      value: selectedThread?.key ?? '',
      onChange: (change: ChangeEvent<HTMLSelectElement>) => selectThread(change.target.value),
    }),
    [selectedThread, selectThread],
  );

  return {
    event,
    problems,
    sections,
    isEmpty: sections.length === 0,
    threads: threadList.threads,
    selectedThread,
    showsExceptions,
    omittedExceptions: showsExceptions ? omittedExceptions : 0,
    order,
    appOnly,
    hasInAppFrames: sections.some((section) => section.view.hasInAppFrames),
    expanded,
    raw,
    getMarkdown,
    setOrder,
    setAppOnly,
    selectThread: selectThread as (key: string) => void,
    toggleRow,
    getRowProps,
    getFrameToggleProps,
    getFrameDetailsProps,
    getThreadSelectProps,
  };
}
