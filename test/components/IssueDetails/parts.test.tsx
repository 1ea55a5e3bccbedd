import { render } from '@testing-library/react';
import { createRef, type ReactElement, type RefObject } from 'react';
import { describe, expect, it } from 'vitest';
import { ActivityEntry, IssueActivity, NoteForm } from '../../../src/components/IssueActivity';
import {
  AssigneePicker,
  BookmarkButton,
  DeleteIssueButton,
  IgnoreMenu,
  IssueDetails,
  IssueHeader,
  IssueStatusBadge,
  IssueTriageBar,
  ResolveMenu,
  ShareButton,
  SubscribeButton,
} from '../../../src/components/IssueDetails';
import { baseIssue } from './triageHelpers';

const noop = () => undefined;
const note = { id: '1', type: 'note', dateCreated: '2026-12-03T10:00:00Z', data: { text: 'x' } };

const parts: [string, (ref: RefObject<never>) => ReactElement][] = [
  ['IssueDetails', (ref) => <IssueDetails ref={ref} issue={baseIssue} onAction={noop} className="host" data-host="" />],
  ['IssueHeader', (ref) => <IssueHeader ref={ref} issue={baseIssue} className="host" data-host="" />],
  ['IssueStatusBadge', (ref) => <IssueStatusBadge ref={ref} issue={baseIssue} className="host" data-host="" />],
  ['IssueTriageBar', (ref) => <IssueTriageBar ref={ref} issue={baseIssue} onAction={noop} className="host" data-host="" />],
  ['ResolveMenu', (ref) => <ResolveMenu ref={ref} status="unresolved" onResolve={noop} onUnresolve={noop} className="host" data-host="" />],
  ['IgnoreMenu', (ref) => <IgnoreMenu ref={ref} status="unresolved" onIgnore={noop} onUnresolve={noop} className="host" data-host="" />],
  ['AssigneePicker', (ref) => <AssigneePicker ref={ref} value={null} options={[]} onAssign={noop} className="host" data-host="" />],
  ['BookmarkButton', (ref) => <BookmarkButton ref={ref} pressed={false} onPressedChange={noop} className="host" data-host="" />],
  ['SubscribeButton', (ref) => <SubscribeButton ref={ref} pressed={false} onPressedChange={noop} className="host" data-host="" />],
  ['ShareButton', (ref) => <ShareButton ref={ref} url="https://example.com/" className="host" data-host="" />],
  ['DeleteIssueButton', (ref) => <DeleteIssueButton ref={ref} title="t" onDelete={noop} className="host" data-host="" />],
  ['IssueActivity', (ref) => <IssueActivity ref={ref} activity={[]} className="host" data-host="" />],
  ['ActivityEntry', (ref) => <ActivityEntry ref={ref} item={note} className="host" data-host="" />],
  ['NoteForm', (ref) => <NoteForm ref={ref} onSubmitNote={noop} className="host" data-host="" />],
];

describe('IssueDetails and IssueActivity parts', () => {
  it.each(parts)('%s forwards its ref, className and native props to its root', (_, make) => {
    const ref = createRef<never>() as RefObject<never>;
    const { container } = render(make(ref));
    const root = container.querySelector('[data-host]');
    expect(root).not.toBeNull();
    expect(ref.current).toBe(root);
    expect(root).toHaveClass('host');
  });
});
