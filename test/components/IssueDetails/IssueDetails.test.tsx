import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssueHeader } from '../../../src/components/IssueDetails';
import { baseIssue, deferredClient, TriagePage } from './triageHelpers';

vi.setConfig({ testTimeout: 30_000 });

const status = () => screen.getByRole('banner').querySelector('[data-slot="badges"] .fl-issue-status');

describe('IssueHeader', () => {
  it('shows the title as the heading, the culprit, counts and first / last seen', () => {
    render(<IssueHeader issue={{ ...baseIssue, count: 1234, userCount: 56 }} now={Date.parse('2030-01-01T00:00:00Z')} />);
    expect(screen.getByRole('heading', { level: 1, name: baseIssue.title })).toBeInTheDocument();
    expect(screen.getByText(baseIssue.culprit ?? '')).toBeInTheDocument();
    const terms = screen.getAllByRole('term').map((term) => term.textContent);
    expect(terms).toEqual(['Events', 'Users', 'First seen', 'Last seen']);
    expect(screen.getAllByRole('definition')[0]).toHaveTextContent('1,234');
    expect(screen.getAllByRole('definition')[1]).toHaveTextContent('56');
    expect(screen.getByText('Unresolved · Ongoing')).toBeInTheDocument();
  });

  it('shows markup in the title as text', () => {
    const { container } = render(<IssueHeader issue={{ ...baseIssue, title: '<img src=x onerror=alert(1)>', culprit: '<script>x</script>' }} />);
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(container.querySelector('img, script')).toBeNull();
  });
});

/** Opens Archive's menu from the keyboard and its submenu `name`, whose first item gets focus. */
async function openArchiveMenuAt(user: ReturnType<typeof userEvent.setup>, name: string) {
  screen.getByRole('button', { name: 'Archive options' }).focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Until escalating' })).toHaveFocus());
  while (document.activeElement?.textContent?.startsWith(name) !== true) await user.keyboard('{ArrowDown}');
  await user.keyboard('{ArrowRight}');
  await waitFor(() => expect(screen.getAllByRole('menu')).toHaveLength(2));
}

describe('IssueDetails triage', () => {
  it('resolves at once, sends Sentry’s update with ids [id], and keeps it when the server agrees', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    render(<TriagePage client={client} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Triage' });
    await user.click(within(toolbar).getByRole('button', { name: 'Resolve' }));
    expect(status()).toHaveTextContent('Resolved');
    expect(within(toolbar).getByRole('button', { name: 'Unresolve' })).toHaveAttribute('aria-pressed', 'true');
    expect(client.updateIssues).toHaveBeenCalledWith({ organization: 'acme', ids: [baseIssue.id], status: 'resolved', statusDetails: {} });
    await act(async () => settle[0]?.resolve());
    expect(status()).toHaveTextContent('Resolved');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('rolls back and says so in an alert when the server refuses', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(status()).toHaveTextContent('Resolved');
    await act(async () => settle[0]?.reject(new Error('403 Forbidden')));
    expect(status()).toHaveTextContent('Unresolved');
    expect(screen.getByRole('alert')).toHaveTextContent('Could not resolve the issue: 403 Forbidden. The issue shows as before.');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resolves in the next release and in a chosen release from the menu', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'More resolve options' }));
    await user.click(await screen.findByRole('menuitem', { name: 'In the next release' }));
    expect(status()).toHaveTextContent('Resolved in the next release');
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'resolved', statusDetails: { inNextRelease: true } }));
    await act(async () => settle[0]?.resolve());

    screen.getByRole('button', { name: 'More resolve options' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('menuitem', { name: 'Resolve now' })).toHaveFocus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: /In a release/ })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    await user.click(await screen.findByRole('menuitem', { name: '2.3.1' }));
    expect(status()).toHaveTextContent('Resolved in 2.3.1');
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ statusDetails: { inRelease: '2.3.1' } }));
  });

  it('archives until escalating, for a preset duration, and until N more users in a window', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Archive' }));
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'ignored', statusDetails: {}, substatus: 'archived_until_escalating' }));
    expect(status()).toHaveTextContent('Archived until escalating');
    await act(async () => settle[0]?.resolve());
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ status: 'unresolved', substatus: 'ongoing' }));
    await act(async () => settle[1]?.resolve());

    await openArchiveMenuAt(user, 'For…');
    expect(screen.getAllByRole('menuitem').slice(-5).map((item) => item.textContent)).toEqual(['30 minutes', '2 hours', '24 hours', '1 week', 'Custom…']);
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: '2 hours' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(client.updateIssues).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'ignored', statusDetails: { ignoreDuration: 120 }, substatus: 'archived_until_condition_met' }),
    );
    await act(async () => settle[2]?.resolve());
    await user.click(screen.getByRole('button', { name: 'Unarchive' }));
    await act(async () => settle[3]?.resolve());

    await openArchiveMenuAt(user, 'Until this many more users…');
    await user.keyboard('{End}{Enter}');
    const form = await screen.findByRole('form', { name: 'Archive until more users' });
    const count = within(form).getByRole('spinbutton', { name: 'Count' });
    await waitFor(() => expect(count).toHaveFocus());
    await user.clear(count);
    await user.type(count, '50');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Within' }), '1 hour');
    await user.click(within(form).getByRole('button', { name: 'Archive' }));
    expect(client.updateIssues).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'ignored', statusDetails: { ignoreUserCount: 50, ignoreUserWindow: 60 }, substatus: 'archived_until_condition_met' }),
    );
  });

  it('assigns from a searchable list, to me, and unassigns', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Unassigned' }));
    const search = await screen.findByRole('combobox', { name: 'Search members and teams' });
    await waitFor(() => expect(search).toHaveFocus());
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Assign to me',
      'Alice Moreaualice@example.com',
      'Bogdan Ilićbogdan@example.com',
      '#backend',
    ]);
    await user.type(search, 'back');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['#backend']);
    await user.keyboard('{Enter}');
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ assignedTo: 'team:7' }));
    expect(screen.getByRole('button', { name: 'Assigned to #backend' })).toHaveFocus();
    await act(async () => settle[0]?.resolve());

    await user.click(screen.getByRole('button', { name: 'Assigned to #backend' }));
    await user.click(await screen.findByRole('option', { name: 'Assign to me' }));
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ assignedTo: 'user:2' }));
    await act(async () => settle[1]?.resolve());

    await user.click(screen.getByRole('button', { name: 'Assigned to Bogdan Ilić' }));
    await user.click(await screen.findByRole('option', { name: 'Unassign' }));
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ assignedTo: '' }));
    expect(screen.getByRole('button', { name: 'Unassigned' })).toBeInTheDocument();
  });

  it('bookmarks and subscribes as toggle buttons', async () => {
    const user = userEvent.setup();
    const { client } = deferredClient();
    render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Bookmark' }));
    expect(screen.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ isBookmarked: true }));
    await user.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByRole('button', { name: 'Subscribe' })).toHaveAttribute('aria-pressed', 'true');
    expect(client.updateIssues).toHaveBeenLastCalledWith(expect.objectContaining({ isSubscribed: true }));
  });

  it('copies the issue link with Share, and offers no Share for a javascript: link', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const { client } = deferredClient();
    const { unmount } = render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledWith(baseIssue.permalink);
    expect(await screen.findByText('Issue link copied')).toBeInTheDocument();
    unmount();
    render(<TriagePage client={client} issue={{ ...baseIssue, permalink: 'javascript:alert(1)' }} />);
    expect(screen.getByRole('button', { name: 'Share' })).toBeDisabled();
  });

  it('deletes only after the alert dialog confirms', async () => {
    const user = userEvent.setup();
    const { client, settle } = deferredClient();
    const { container } = render(<TriagePage client={client} />);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this issue?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(client.deleteIssues).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete issue' }));
    expect(client.deleteIssues).toHaveBeenCalledWith({ organization: 'acme', ids: [baseIssue.id] });
    await act(async () => settle[0]?.resolve());
    expect(container.querySelector('[data-deleted]')).not.toBeNull();
  });
});
