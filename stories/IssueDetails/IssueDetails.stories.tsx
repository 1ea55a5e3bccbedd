import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { RebuiltFromParts } from './RebuiltFromParts';
import { demoClient, sampleIssue, TriageDemo } from './triageDemo';

const meta = {
  title: 'Issue page/IssueDetails',
  component: TriageDemo,
  decorators: [(Story) => <div style={{ padding: '1rem', minHeight: '26rem' }}>{Story()}</div>],
} satisfies Meta<typeof TriageDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Menus and popovers are portalled under body unless the story keeps them inside. */
const page = () => within(document.body);

/**
 * Keyboard only: Resolve with Enter (shows at once), reopen; open Resolve's menu and close it
 * with Escape; open the assignee list, search, pick with Enter; toggle Bookmark with Space.
 */
const keyboardWalk: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  const resolve = canvas.getByRole('button', { name: 'Resolve' });
  await expect(resolve).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(canvas.getByRole('button', { name: 'Unresolve' })).toHaveAttribute('aria-pressed', 'true');
  await expect(canvas.getByText('Resolved', { selector: '.fl-issue-status' })).toBeVisible();
  await waitFor(() => expect(canvas.getByRole('button', { name: 'Unresolve' })).toBeEnabled());
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(canvas.getByRole('button', { name: 'Resolve' })).toHaveAttribute('aria-pressed', 'false'));

  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'More resolve options' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(page().getByRole('menuitem', { name: 'Resolve now' })).toHaveFocus());
  await userEvent.keyboard('{Escape}');
  await expect(canvas.getByRole('button', { name: 'More resolve options' })).toHaveFocus();

  await userEvent.tab();
  await userEvent.tab();
  await userEvent.tab();
  const picker = canvas.getByRole('button', { name: 'Unassigned' });
  await expect(picker).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  const search = await page().findByRole('combobox', { name: 'Search members and teams' });
  await waitFor(() => expect(search).toHaveFocus());
  await userEvent.keyboard('chen{Enter}');
  await waitFor(() => expect(canvas.getByRole('button', { name: 'Assigned to Chen Wei' })).toHaveFocus());

  await userEvent.tab();
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('button', { name: 'Bookmark' })).toHaveAttribute('aria-pressed', 'true');
};

/** The fixture's Python issue, light theme, walked by keyboard. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px the triage buttons wrap; nothing scrolls sideways. */
export const Narrow: Story = {
  globals: { theme: 'light' },
  decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>],
  play: async (context) => {
    await keyboardWalk(context);
    const root = context.canvasElement.querySelector<HTMLElement>('.fl-issue-details');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** Archive's menu open with its "For…" submenu, kept inside the story so axe checks them. */
const openArchiveMenu: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  canvas.getByRole('button', { name: 'Archive options' }).focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Until escalating' })).toHaveFocus());
  await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
  await waitFor(() => expect(canvas.getByRole('menuitem', { name: '30 minutes' })).toHaveFocus());
  const menu = canvas.getAllByRole('menu')[0];
  await expect(menu).toHaveAttribute('data-fl-theme', canvasElement.querySelector('[data-fl-theme]')?.getAttribute('data-fl-theme') ?? '');
};

/** The open Archive menu and submenu, light theme (axe runs on them). */
export const ArchiveMenuOpen: Story = { globals: { theme: 'light' }, args: { portalInside: true }, play: openArchiveMenu };

/** The open Archive menu, dark theme. */
export const ArchiveMenuOpenDark: Story = { ...ArchiveMenuOpen, globals: { theme: 'dark' } };

/** The custom "until N more users" form, inside the story for axe. */
export const CustomArchive: Story = {
  globals: { theme: 'dark' },
  args: { portalInside: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Archive options' }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: 'Until escalating' })).toHaveFocus());
    await userEvent.keyboard('{End}{ArrowRight}');
    await waitFor(() => expect(canvas.getByRole('menuitem', { name: '10 more users' })).toHaveFocus());
    await userEvent.keyboard('{End}{Enter}');
    const form = await canvas.findByRole('form', { name: 'Archive until more users' });
    await waitFor(() => expect(within(form).getByRole('spinbutton', { name: 'Count' })).toHaveFocus());
  },
};

/** The assignee list open and filtered, kept inside the story for axe. */
const openAssignees: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Unassigned' }));
  const search = await canvas.findByRole('combobox', { name: 'Search members and teams' });
  await userEvent.type(search, 'b');
  await expect(canvas.getAllByRole('option').map((option) => option.textContent)).toEqual(['Bogdan Ilićbogdan@example.com', '#backend', '#mobile']);
};

/** The assignee combobox, light theme. */
export const AssigneesOpen: Story = { globals: { theme: 'light' }, args: { portalInside: true }, play: openAssignees };

/** The assignee combobox, dark theme. */
export const AssigneesOpenDark: Story = { ...AssigneesOpen, globals: { theme: 'dark' } };

/** The server refuses: the change rolls back and an alert says why. */
export const RolledBack: Story = {
  globals: { theme: 'light' },
  args: { client: demoClient({ fail: true }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Resolve' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Could not resolve the issue: 403 Forbidden');
    await expect(canvas.getByRole('button', { name: 'Resolve' })).toHaveAttribute('aria-pressed', 'false');
  },
};

/** Refused, dark theme. */
export const RolledBackDark: Story = { ...RolledBack, globals: { theme: 'dark' } };

/** The delete confirmation, inside the story for axe; Cancel has the focus. */
export const DeleteDialog: Story = {
  globals: { theme: 'dark' },
  args: { portalInside: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete' }));
    const dialog = await canvas.findByRole('alertdialog', { name: 'Delete this issue?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  },
};

/** Markup in the title and culprit shows as text; a `javascript:` permalink disables Share. */
export const Hostile: Story = {
  globals: { theme: 'light' },
  args: { issue: { ...sampleIssue, title: '<img src=x onerror=alert(1)>', culprit: '<script>alert(2)</script>', permalink: 'javascript:alert(3)' }, releases: [] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('<img src=x onerror=alert(1)>');
    await expect(canvasElement.querySelector('img, script')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Share' })).toBeDisabled();
  },
};

/** A compact card rebuilt from the parts (status badge, ResolveMenu, AssigneePicker) and useIssueTriage. */
export const FromParts: Story = {
  globals: { theme: 'light' },
  render: () => <RebuiltFromParts />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Resolve' }));
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('Resolved');
  },
};

/** The card from parts, dark theme. */
export const FromPartsDark: Story = { ...FromParts, globals: { theme: 'dark' } };
