import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IssueActions } from '../../src/components/IssueActions';
import { rawApiIssues } from '../IssueList/sampleIssues';
import { platformEvents } from '../samples/events';

const meta = {
  title: 'Actions/IssueActions',
  component: IssueActions,
  args: {
    event: platformEvents.pythonHttpError,
    issue: rawApiIssues[0],
    github: { owner: 'acme', repo: 'station', labels: ['bug', 'sentry'] },
    gitlab: { project: 'acme/platform/station' },
    jira: { site: 'acme', projectKey: 'OPS', issueType: '10004' },
    onShare: fn(),
  },
  // Room under the button so the open menu is inside the story's box for screenshots and axe.
  decorators: [(Story) => <div style={{ minHeight: '20rem' }}>{Story()}</div>],
} satisfies Meta<typeof IssueActions>;

export default meta;

/** The menu is portalled under body, outside the story's canvas. */
const body = () => within(document.body);
type Story = StoryObj<typeof meta>;

/** Opens the menu by keyboard, walks it, closes it with Escape, then shares to Slack with Enter. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const button = canvas.getByRole('button', { name: 'Actions' });
  button.focus();
  await userEvent.keyboard('{ArrowDown}');
  const menu = await body().findByRole('menu', { name: 'Actions' });
  const names = within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
  await expect(names).toEqual([
    'Copy as Markdown',
    'Copy as plain text',
    'Copy link',
    'Create GitHub issue',
    'Create GitLab issue',
    'Create Jira issue',
    'Share to Slack',
  ]);
  await waitFor(() => expect(body().getByRole('menuitem', { name: 'Copy as Markdown' })).toHaveFocus());
  await userEvent.keyboard('{End}');
  await expect(body().getByRole('menuitem', { name: 'Share to Slack' })).toHaveFocus();
  await userEvent.keyboard('{Home}{ArrowDown}');
  await expect(body().getByRole('menuitem', { name: 'Copy as plain text' })).toHaveFocus();
  await userEvent.keyboard('{Escape}');
  await expect(button).toHaveFocus();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await userEvent.keyboard('{ArrowUp}');
  await waitFor(() => expect(body().getByRole('menuitem', { name: 'Share to Slack' })).toHaveFocus());
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(args.onShare).toHaveBeenCalledTimes(1));
  const message = (args.onShare as ReturnType<typeof fn>).mock.calls[0]?.[0] as { text: string; blocks: { type: string }[] };
  await expect(message.blocks[0]?.type).toBe('header');
  await expect(message.text).toContain('HTTPError');
  await expect(await canvas.findByRole('status')).toHaveTextContent('Shared to Slack');
  // Leave the menu open for the axe check and the screenshot.
  await userEvent.keyboard('{ArrowDown}');
  await expect(await body().findByRole('menu')).toBeVisible();
};

/** A real Python event and its issue from the Web API fixture, every provider, light theme. */
export const AllProvidersLight: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** The same in the dark theme. */
export const AllProvidersDark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

const issueOnlyPlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'More' }));
  const items = within(await body().findByRole('menu')).getAllByRole('menuitem');
  await expect(items.map((item) => item.textContent)).toEqual(['Copy as Markdown', 'Copy as plain text', 'Copy link']);
};

/** Only an issue, no targets and no `onShare`: just the copy actions, with a custom label. */
export const IssueOnlyLight: Story = {
  globals: { theme: 'light' },
  args: { event: undefined, github: undefined, gitlab: undefined, jira: undefined, onShare: undefined, label: 'More' },
  play: issueOnlyPlay,
};

/** Issue only, dark theme. */
export const IssueOnlyDark: Story = { ...IssueOnlyLight, globals: { theme: 'dark' } };

const hostileIssue = {
  ...(rawApiIssues[0] as Record<string, unknown>),
  title: '<img src=x onerror=alert(1)> <!channel> ```',
  permalink: 'javascript:alert(1)',
};

const hostilePlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  canvas.getByRole('button', { name: 'Actions' }).focus();
  await userEvent.keyboard('{Enter}');
  const menu = await body().findByRole('menu');
  await expect(within(menu).queryByRole('menuitem', { name: 'Copy link' })).toBeNull();
  await expect(canvasElement.querySelector('img')).toBeNull();
};

/** A hostile title and a `javascript:` permalink: no "Copy link", nothing rendered from the title. */
export const HostileLight: Story = {
  globals: { theme: 'light' },
  args: { event: undefined, issue: hostileIssue, permalink: 'javascript:alert(2)' },
  play: hostilePlay,
};

/** Hostile input, dark theme. */
export const HostileDark: Story = { ...HostileLight, globals: { theme: 'dark' } };

const rightEdgePlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Actions' }));
  const menu = await body().findByRole('menu', { name: 'Actions' });
  // Radix places the menu after a frame; wait until it has its final position.
  await waitFor(() => {
    const box = menu.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(100);
    expect(box.right).toBeLessThanOrEqual(document.documentElement.clientWidth);
    expect(box.left).toBeGreaterThanOrEqual(0);
  });
  // The portalled menu carries the story's theme, so its tokens match the button's.
  const themed = (canvasElement.querySelector('[data-fl-theme]') ?? canvasElement.closest('[data-fl-theme]'))?.getAttribute('data-fl-theme');
  await expect(menu).toHaveAttribute('data-fl-theme', themed ?? '');
};

/** The button at the right edge (the issue page's header): the menu opens leftwards, on screen. */
export const AtRightEdgeLight: Story = {
  globals: { theme: 'light' },
  decorators: [(Story) => <div style={{ display: 'flex', justifyContent: 'flex-end', minHeight: '20rem' }}>{Story()}</div>],
  play: rightEdgePlay,
};

/** At the right edge, dark theme: the portalled menu is dark too. */
export const AtRightEdgeDark: Story = { ...AtRightEdgeLight, globals: { theme: 'dark' } };
