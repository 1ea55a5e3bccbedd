import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IssueActions } from '../../../src/components/IssueActions';
import { normalizeEvent, normalizeIssueList } from '../../../src/core';
import { SAFE_URL_LENGTH, type SlackMessage, TRIMMED_NOTE, toSlackMessage } from '../../../src/core/integrations';
import issuesList from '../../fixtures/api/issues-list.json';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';

const rawIssue = issuesList[0];
const issue = normalizeIssueList(issuesList).value[0];
const event = normalizeEvent(pythonEvent).value;
if (rawIssue === undefined || issue === undefined) throw new Error('issues-list fixture has no issue');

/** userEvent installs its own clipboard; spy on it after setup so every write is seen. */
function setup() {
  const user = userEvent.setup();
  const writeText = vi.spyOn(navigator.clipboard, 'writeText');
  const open = vi.spyOn(window, 'open').mockReturnValue(null);
  return { user, writeText, open };
}

afterEach(() => vi.restoreAllMocks());

// userEvent walks are slow on a busy shared machine; the default 5 s is not about correctness.
vi.setConfig({ testTimeout: 30_000 });

const menuButton = () => screen.getByRole('button', { name: 'Actions' });
const itemNames = () => screen.getAllByRole('menuitem').map((item) => item.textContent);

describe('IssueActions menu', () => {
  it('opens with the keyboard, moves with arrows, Home and End, and closes on Escape', async () => {
    const { user } = setup();
    render(<IssueActions event={pythonEvent} issue={rawIssue} github={{ owner: 'acme', repo: 'shop' }} onShare={() => {}} />);
    expect(menuButton()).toHaveAttribute('aria-haspopup', 'menu');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).toBeNull();

    await user.tab();
    expect(menuButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    const menu = screen.getByRole('menu', { name: 'Actions' });
    expect(menuButton()).toHaveAttribute('aria-controls', menu.id);
    expect(itemNames()).toEqual(['Copy as Markdown', 'Copy as plain text', 'Copy link', 'Create GitHub issue', 'Share to Slack']);
    expect(screen.getByRole('menuitem', { name: 'Copy as Markdown' })).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Copy as plain text' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Share to Slack' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Copy as Markdown' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Share to Slack' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Copy as Markdown' })).toHaveFocus();
    await user.keyboard('c');
    expect(screen.getByRole('menuitem', { name: 'Copy as plain text' })).toHaveFocus();
    await user.keyboard('c');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
  });

  it('opens on the last item with ArrowUp and closes on Tab or a click outside', async () => {
    const { user } = setup();
    render(
      <>
        <IssueActions issue={issue} />
        <button type="button">elsewhere</button>
      </>,
    );
    menuButton().focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Copy link' })).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('menu')).toBeNull();
    await user.click(menuButton());
    expect(screen.getByRole('menu')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('shows only what its props allow', async () => {
    const { user } = setup();
    render(<IssueActions event={event} label="More" />);
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(itemNames()).toEqual(['Copy as Markdown', 'Copy as plain text']);
  });
});

describe('IssueActions actions', () => {
  it('copies Markdown, plain text and the link, and announces it', async () => {
    const { user, writeText } = setup();
    render(<IssueActions event={pythonEvent} issue={rawIssue} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Copy as Markdown' }));
    expect(menuButton()).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied as Markdown'));
    const markdown = writeText.mock.calls[0]?.[0] ?? '';
    expect(markdown.startsWith(`## ${event.title.replace(/[\\`*_[\]|~]/g, '\\$&')}`)).toBe(true);
    expect(markdown).toContain('### Stack trace');

    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Copy as plain text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied as plain text'));
    expect(writeText.mock.calls[1]?.[0]).toContain('Stack trace\n-----------');

    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(writeText.mock.calls[2]?.[0]).toBe(issue.permalink);
  });

  it('announces a failed copy', async () => {
    const { user, writeText } = setup();
    writeText.mockRejectedValueOnce(new Error('Write permission denied'));
    render(<IssueActions event={event} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Copy as plain text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copy failed: Write permission denied'));
    expect(screen.getByRole('status')).toHaveAttribute('data-tone', 'danger');
  });

  it('opens a pre-filled GitHub issue with noopener and puts the full report on the clipboard', async () => {
    const { user, writeText, open } = setup();
    render(<IssueActions event={event} issue={issue} github={{ owner: 'acme', repo: 'shop', labels: ['bug'] }} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Create GitHub issue' }));
    expect(open).toHaveBeenCalledTimes(1);
    const [url, target, features] = open.mock.calls[0] ?? [];
    expect(target).toBe('_blank');
    expect(features).toContain('noopener');
    const parsed = new URL(String(url));
    expect(parsed.pathname).toBe('/acme/shop/issues/new');
    expect(parsed.searchParams.get('title')).toBe(event.title);
    expect(parsed.searchParams.get('labels')).toBe('bug');
    expect(writeText.mock.calls[0]?.[0]).toBe(parsed.searchParams.get('body'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Opened a new GitHub issue; full report copied'));
  });

  it('trims a huge report in the GitLab link and copies the whole report', async () => {
    const { user, writeText, open } = setup();
    const value = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n');
    const huge = { ...pythonEvent, exception: { values: [{ type: 'HugeError', value }] } };
    render(<IssueActions event={huge} gitlab={{ project: 'acme/api' }} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Create GitLab issue' }));
    const url = String(open.mock.calls[0]?.[0]);
    expect(url.startsWith('https://gitlab.com/acme/api/-/issues/new?')).toBe(true);
    expect(url.length).toBeLessThanOrEqual(SAFE_URL_LENGTH);
    expect(new URL(url).searchParams.get('issue[description]')).toContain(TRIMMED_NOTE);
    const copied = writeText.mock.calls[0]?.[0] ?? '';
    expect(copied).toContain('line 1999');
    expect(copied).not.toContain(TRIMMED_NOTE);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('(the form has a trimmed copy)'));
  });

  it('opens Jira and reports a bad target without opening anything', async () => {
    const { user, open } = setup();
    const { rerender } = render(<IssueActions event={event} jira={{ site: 'acme', projectKey: '10010', issueType: '10004' }} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Create Jira issue' }));
    expect(String(open.mock.calls[0]?.[0])).toMatch(/^https:\/\/acme\.atlassian\.net\/secure\/CreateIssueDetails!init\.jspa\?pid=10010&issuetype=10004&summary=/);

    rerender(<IssueActions event={event} jira={{ site: 'javascript:alert(1)', projectKey: 'OPS' }} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Create Jira issue' }));
    expect(open).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not create the Jira issue: Jira site must be an http(s) URL'));
  });

  it('hands the Slack message to onShare', async () => {
    const { user } = setup();
    const onShare = vi.fn<(message: SlackMessage) => void>();
    render(<IssueActions event={event} issue={issue} onShare={onShare} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Share to Slack' }));
    expect(onShare).toHaveBeenCalledWith(toSlackMessage({ event, issue }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Shared to Slack'));
  });

  it('runs the focused item with Enter or Space from the keyboard', async () => {
    const { user, writeText } = setup();
    const onShare = vi.fn();
    render(<IssueActions issue={issue} onShare={onShare} />);
    menuButton().focus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onShare).toHaveBeenCalledTimes(1);
    expect(menuButton()).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}[Space]');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Link copied'));
    expect(writeText).toHaveBeenLastCalledWith(issue.permalink);
  });

  it('announces a rejected share', async () => {
    const { user } = setup();
    render(<IssueActions issue={issue} onShare={() => Promise.reject(new Error('webhook 500'))} />);
    await user.click(menuButton());
    await user.click(screen.getByRole('menuitem', { name: 'Share to Slack' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sharing to Slack failed: webhook 500'));
  });

  it('never offers or copies a javascript: link', async () => {
    const { user } = setup();
    render(<IssueActions issue={{ ...issue, permalink: 'javascript:alert(1)' }} permalink="javascript:alert(2)" />);
    await user.click(menuButton());
    expect(screen.queryByRole('menuitem', { name: 'Copy link' })).toBeNull();
  });

  it('forwards className and native props to its root', () => {
    render(<IssueActions issue={issue} className="mine" data-testid="root" />);
    expect(screen.getByTestId('root')).toHaveClass('fl', 'fl-issue-actions', 'mine');
  });
});
