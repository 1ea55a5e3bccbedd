import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { IssueActivity as ActivityItem } from '../../../src/core/model';
import type { IssueActivityClient } from '../../../src/hooks/issueDetails';
import { ActivityPage } from '../../../stories/IssueActivity/activityDemo';

vi.setConfig({ testTimeout: 30_000 });

const NOW = Date.parse('2026-12-03T12:00:00Z');
const ME = { id: '2', name: 'Bogdan Ilić', email: 'bogdan@example.com' };
const ALICE = { id: '1', name: 'Alice Moreau' };

const ACTIVITY: ActivityItem[] = [
  { id: '9', type: 'note', dateCreated: '2026-12-03T11:58:00Z', user: ME, data: { text: 'Seen on <b>checkout</b> <script>alert(1)</script>' } },
  { id: '8', type: 'note', dateCreated: '2026-12-03T11:00:00Z', user: ALICE, data: { text: 'Not mine' } },
  { id: '7', type: 'assigned', dateCreated: '2026-12-03T10:00:00Z', user: ALICE, data: { assignee: '2', assigneeType: 'user', assigneeEmail: 'bogdan@example.com' } },
  { id: '6', type: 'set_ignored', dateCreated: '2026-12-03T09:00:00Z', user: ALICE, data: { ignoreCount: 100, ignoreWindow: 60 } },
  { id: '5', type: 'set_resolved_in_release', dateCreated: '2026-12-02T09:00:00Z', user: ME, data: { version: '2.4.0' } },
  { id: '4', type: 'set_regression', dateCreated: '2026-12-01T09:00:00Z', data: { version: '2.4.1' } },
  { id: '3', type: 'set_unresolved', dateCreated: '2026-11-30T09:00:00Z', user: ME, data: {} },
  { id: '1', type: 'first_seen', dateCreated: '2026-11-01T09:00:00Z', data: {} },
];

/** A client that serves ACTIVITY and holds each note call until the test settles it. */
function fakeClient() {
  const settle: { resolve: (value: unknown) => void; reject: (error: Error) => void }[] = [];
  const wait = <T,>() => new Promise<T>((resolve, reject) => settle.push({ resolve: resolve as (value: unknown) => void, reject }));
  const client = {
    listIssueActivity: vi.fn(async () => ({ data: ACTIVITY, problems: [], raw: [], url: '', status: 200 })),
    createIssueNote: vi.fn(() => wait<{ data: ActivityItem | undefined; problems: []; raw: unknown; url: string; status: number }>()),
    updateIssueNote: vi.fn(() => wait<{ data: ActivityItem | undefined; problems: []; raw: unknown; url: string; status: number }>()),
    deleteIssueNote: vi.fn(() => wait<{ url: string; status: number }>()),
  } satisfies IssueActivityClient;
  return { client, settle };
}

const entries = () => within(screen.getByRole('list', { name: 'Issue activity' })).getAllByRole('listitem');

describe('IssueActivity', () => {
  it('lists who did what and when, newest first, with note markup as text', async () => {
    const { client } = fakeClient();
    const { container } = render(<ActivityPage client={client} now={NOW} />);
    await screen.findByRole('list', { name: 'Issue activity' });
    const lines = entries().map((entry) => entry.querySelector('[data-slot="entry-line"]')?.textContent);
    expect(lines).toEqual([
      'Bogdan Ilić left a note 2 minutes ago',
      'Alice Moreau left a note 1 hour ago',
      'Alice Moreau assigned this issue to Bogdan Ilić 2 hours ago',
      'Alice Moreau archived this issue until it happens 100 more times in 60 minutes 3 hours ago',
      'Bogdan Ilić marked this issue as resolved in 2.4.0 1 day ago',
      'Sentry marked this issue as a regression in 2.4.1 2 days ago',
      'Bogdan Ilić marked this issue as unresolved 3 days ago',
      'Sentry first saw this issue 32 days ago',
    ].map((line) => expect.stringContaining(line.replace(/ \d+ \w+ ago$/, ''))));
    expect(entries()[0]).toHaveTextContent('Seen on <b>checkout</b> <script>alert(1)</script>');
    expect(container.querySelector('b, script')).toBeNull();
    expect(within(entries()[0] as HTMLElement).getByRole('time')).toHaveTextContent('2 minutes ago');
    // Only the viewer's own notes can be changed.
    expect(within(entries()[0] as HTMLElement).getByRole('button', { name: 'Edit note by Bogdan Ilić' })).toBeInTheDocument();
    expect(within(entries()[1] as HTMLElement).queryByRole('button', { name: /Edit/ })).toBeNull();
  });

  it('adds a note at once and keeps the server’s copy', async () => {
    const user = userEvent.setup();
    const { client, settle } = fakeClient();
    render(<ActivityPage client={client} now={NOW} />);
    await screen.findByRole('list', { name: 'Issue activity' });
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Rolled back 2.4.1');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(client.createIssueNote).toHaveBeenCalledWith({ organization: 'acme', issueId: '4021', text: 'Rolled back 2.4.1' });
    expect(entries()[0]).toHaveTextContent('Rolled back 2.4.1');
    expect(entries()[0]).toHaveTextContent('Saving…');
    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue('');
    const saved: ActivityItem = { id: '10', type: 'note', dateCreated: '2026-12-03T12:00:00Z', user: ME, data: { text: 'Rolled back 2.4.1' } };
    await act(async () => settle[0]?.resolve({ data: saved, problems: [], raw: {}, url: '', status: 201 }));
    expect(entries()[0]).not.toHaveTextContent('Saving…');
    expect(entries()).toHaveLength(ACTIVITY.length + 1);
  });

  it('rolls back a refused note, says why, and puts the text back', async () => {
    const user = userEvent.setup();
    const { client, settle } = fakeClient();
    render(<ActivityPage client={client} now={NOW} />);
    await screen.findByRole('list', { name: 'Issue activity' });
    await user.type(screen.getByRole('textbox', { name: 'Add a note' }), 'Will fail');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(entries()).toHaveLength(ACTIVITY.length + 1);
    await act(async () => settle[0]?.reject(new Error('500 Internal Server Error')));
    expect(entries()).toHaveLength(ACTIVITY.length);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not add the note: 500 Internal Server Error. The activity shows as before.');
    expect(screen.getByRole('textbox', { name: 'Add a note' })).toHaveValue('Will fail');
  });

  it('edits an own note inline', async () => {
    const user = userEvent.setup();
    const { client, settle } = fakeClient();
    render(<ActivityPage client={client} now={NOW} />);
    await user.click(await screen.findByRole('button', { name: 'Edit note by Bogdan Ilić' }));
    const field = screen.getByRole('textbox', { name: 'Edit note' });
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, 'Seen on checkout only');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(client.updateIssueNote).toHaveBeenCalledWith({ organization: 'acme', issueId: '4021', noteId: '9', text: 'Seen on checkout only' });
    expect(entries()[0]).toHaveTextContent('Seen on checkout only');
    await act(async () => settle[0]?.resolve({ data: undefined, problems: [], raw: {}, url: '', status: 200 }));
    expect(entries()[0]).toHaveTextContent('Seen on checkout only');
  });

  it('deletes an own note after confirming, and restores it when the server refuses', async () => {
    const user = userEvent.setup();
    const { client, settle } = fakeClient();
    render(<ActivityPage client={client} now={NOW} />);
    await user.click(await screen.findByRole('button', { name: 'Delete note by Bogdan Ilić' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this note?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete note' }));
    expect(client.deleteIssueNote).toHaveBeenCalledWith({ organization: 'acme', issueId: '4021', noteId: '9' });
    expect(entries()).toHaveLength(ACTIVITY.length - 1);
    await act(async () => settle[0]?.reject(new Error('gone')));
    expect(entries()).toHaveLength(ACTIVITY.length);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not delete the note: gone');
  });

  it('shows a load failure with a retry', async () => {
    const user = userEvent.setup();
    const { client } = fakeClient();
    client.listIssueActivity.mockRejectedValueOnce(new Error('502 Bad Gateway'));
    render(<ActivityPage client={client} now={NOW} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the activity: 502 Bad Gateway.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Issue activity' })).toBeInTheDocument());
  });
});
