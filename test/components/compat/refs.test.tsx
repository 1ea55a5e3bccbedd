// On React 18 a `ref` passed as a prop to a function component is dropped; every exported
// component and part must hand it to its root element on 18 and 19 alike.
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRef, type ReactElement, type RefObject, version } from 'react';
import { describe, expect, it } from 'vitest';
import * as kit from '../../../src/components';
import { PanelBody } from '../../../src/components/ContextPanels/PanelBody';
import { normalizeEvent } from '../../../src/core';
import { useBreadcrumbs } from '../../../src/hooks/useBreadcrumbs';
import { useContexts } from '../../../src/hooks/useContexts';
import { useIssueList } from '../../../src/hooks/useIssueList';
import { useStackTrace } from '../../../src/hooks/useStackTrace';
import issues from '../../fixtures/api/issues-list.json';
import visualshots from '../../fixtures/events/bugsink/visualshots-rich.json';

const NOW = Date.parse('2026-06-20T12:00:00Z');
const event = normalizeEvent(visualshots).value;

/** Renders `make(ref)` and says whether the ref holds the element marked `data-testid="root"`. */
function refReachesRoot(make: (ref: RefObject<Element | null>) => ReactElement) {
  const ref = createRef<Element>();
  render(make(ref));
  expect(ref.current).toBeInstanceOf(Element);
  expect(ref.current?.getAttribute('data-testid')).toBe('root');
}

const root = { 'data-testid': 'root' } as const;

function BreadcrumbParts({ part, partRef }: { part: 'row' | 'filters'; partRef: RefObject<never> }) {
  const breadcrumbs = useBreadcrumbs(visualshots);
  const item = breadcrumbs.getItem(0)!;
  return part === 'row' ? (
    <ol>
      <kit.BreadcrumbRow {...root} ref={partRef} item={item} breadcrumbs={breadcrumbs} position={1} />
    </ol>
  ) : (
    <kit.BreadcrumbFilters {...root} ref={partRef} breadcrumbs={breadcrumbs} />
  );
}

function StackParts({ part, partRef }: { part: 'block' | 'frame' | 'list' | 'toolbar'; partRef: RefObject<never> }) {
  const state = useStackTrace(visualshots);
  const section = state.sections[0]!;
  if (part === 'block') return <kit.StackTraceBlock {...root} ref={partRef} section={section} state={state} />;
  if (part === 'list') return <kit.StackTraceFrameList {...root} ref={partRef} rows={section.rows} state={state} label="Frames" />;
  if (part === 'toolbar') return <kit.StackTraceToolbar {...root} ref={partRef} state={state} mode="frames" onModeChange={() => {}} />;
  return (
    <ol>
      <kit.StackTraceFrame {...root} ref={partRef} row={section.rows[0]!} state={state} />
    </ol>
  );
}

function IssueParts({ part, partRef }: { part: 'bulk' | 'search'; partRef: RefObject<never> }) {
  const list = useIssueList(issues, { now: NOW });
  return part === 'bulk' ? <kit.IssueBulkBar {...root} ref={partRef} list={list} /> : <kit.IssueSearch {...root} ref={partRef} list={list} />;
}

function ContextParts({ part, partRef }: { part: 'body' | 'tags'; partRef: RefObject<never> }) {
  const contexts = useContexts(visualshots);
  const tags = contexts.panels.find((panel) => panel.key === 'tags')!;
  const other = contexts.panels.find((panel) => panel.key !== 'tags')!;
  return part === 'tags' ? (
    <kit.TagChips {...root} ref={partRef} rows={tags.rows} tags={contexts.event.tags} state={contexts} />
  ) : (
    <PanelBody {...root} ref={partRef} panel={other} tags={contexts.event.tags} state={contexts} groupHeading="h4" />
  );
}

const cases: [string, (ref: RefObject<never>) => ReactElement][] = [
  ['LevelBadge', (ref) => <kit.LevelBadge {...root} ref={ref} level="error" />],
  ['RelativeTime', (ref) => <kit.RelativeTime {...root} ref={ref} date={NOW - 60_000} now={NOW} />],
  ['CodeFrame', (ref) => <kit.CodeFrame {...root} ref={ref} lines={[{ number: 1, text: 'x()' }]} />],
  ['CopyButton', (ref) => <kit.CopyButton {...root} ref={ref} text="x" />],
  ['KeyValueList', (ref) => <kit.KeyValueList {...root} ref={ref} rows={[{ key: 'a', label: 'a', value: 1 }]} />],
  ['KeyValueList (empty)', (ref) => <kit.KeyValueList {...root} ref={ref} rows={[]} />],
  ['ValueTree', (ref) => <kit.ValueTree {...root} ref={ref} value={{ a: 1 }} />],
  ['MaskedValue', (ref) => <kit.MaskedValue {...root} ref={ref} label="password" shown="hunter2" revealed={false} />],
  ['ValueTree (text)', (ref) => <kit.ValueTree {...root} ref={ref} value="text" />],
  ['ProblemsNotice', (ref) => <kit.ProblemsNotice {...root} ref={ref} problems={[{ path: 'a', expected: 'string', found: 'number', action: 'dropped' }]} />],
  ['Sparkline', (ref) => <kit.Sparkline {...root} ref={ref} series={[[0, 1]]} />],
  ['BreadcrumbKindIcon', (ref) => <kit.BreadcrumbKindIcon {...root} ref={ref} kind="http" />],
  ['BreadcrumbTimeline', (ref) => <kit.BreadcrumbTimeline {...root} ref={ref} event={visualshots} />],
  ['BreadcrumbRow', (ref) => <BreadcrumbParts part="row" partRef={ref} />],
  ['BreadcrumbFilters', (ref) => <BreadcrumbParts part="filters" partRef={ref} />],
  ['ContextPanels', (ref) => <kit.ContextPanels {...root} ref={ref} event={visualshots} />],
  ['PanelBody', (ref) => <ContextParts part="body" partRef={ref} />],
  ['TagChips', (ref) => <ContextParts part="tags" partRef={ref} />],
  ['StackTraceView', (ref) => <kit.StackTraceView {...root} ref={ref} event={visualshots} />],
  ['StackTraceBlock', (ref) => <StackParts part="block" partRef={ref} />],
  ['StackTraceFrame', (ref) => <StackParts part="frame" partRef={ref} />],
  ['StackTraceFrameList', (ref) => <StackParts part="list" partRef={ref} />],
  ['StackTraceToolbar', (ref) => <StackParts part="toolbar" partRef={ref} />],
  ['IssueList', (ref) => <kit.IssueList {...root} ref={ref} issues={issues} now={NOW} />],
  ['IssueBulkBar', (ref) => <IssueParts part="bulk" partRef={ref} />],
  ['IssueSearch', (ref) => <IssueParts part="search" partRef={ref} />],
  ['IssueActions', (ref) => <kit.IssueActions {...root} ref={ref} issue={issues[0]} />],
  ['ActionMenu', (ref) => <kit.ActionMenu {...root} ref={ref} label="Actions" items={[{ id: 'a', label: 'A' }]} onSelect={() => {}} />],
  ['EventView', (ref) => <kit.EventView {...root} ref={ref} event={visualshots} now={NOW} />],
  ['EventHeader', (ref) => <kit.EventHeader {...root} ref={ref} event={event} now={NOW} />],
  ['EventMessage', (ref) => <kit.EventMessage {...root} ref={ref} message={{ formatted: 'It broke' }} />],
  ['EventTags', (ref) => <kit.EventTags {...root} ref={ref} event={event} />],
  ['EventData', (ref) => <kit.EventData {...root} ref={ref} event={event} />],
  ['RawEventJson', (ref) => <kit.RawEventJson {...root} ref={ref} input={visualshots} event={event} />],
];

describe(`refs on React ${version}`, { timeout: 30_000 }, () => {
  it('runs on the React it was asked for', () => {
    const dir = process.env.FAULTLINE_REACT_DIR;
    const wanted = dir ? JSON.parse(readFileSync(join(dir, 'node_modules/react/package.json'), 'utf8')).version : '19.';
    expect(version.startsWith(wanted)).toBe(true);
  });

  it.each(cases)('%s hands its ref to its root element', (_, make) => {
    refReachesRoot(make as (ref: RefObject<Element | null>) => ReactElement);
  });
});
