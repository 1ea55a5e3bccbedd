import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { AlertRuleList } from '../../src/components/AlertRuleList';
import { normalizeAlertRuleList } from '../../src/core/alerts';
import { sampleRules } from './alertSamples';

const meta = {
  title: 'Alerts/AlertRuleList',
  component: AlertRuleList,
  args: { rules: normalizeAlertRuleList(sampleRules).value, now: new Date('2026-12-03T12:00:00Z'), onEdit: fn(), onDuplicate: fn(), onDelete: fn() },
  // Room for the open menu and the dialog inside the story's box.
  decorators: [(Story) => <div style={{ minHeight: '22rem' }}>{Story()}</div>],
} satisfies Meta<typeof AlertRuleList>;

export default meta;
type Story = StoryObj<typeof meta>;
const body = () => within(document.body);

/** Tab to a row's menu, open it with Enter, walk to Delete, confirm dialog opens on Cancel; Escape backs out. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const button = canvas.getByRole('button', { name: 'Actions for New errors to the team' });
  button.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(body().getByRole('menuitem', { name: 'Edit' })).toHaveFocus());
  await userEvent.keyboard('{Enter}');
  await expect(args.onEdit).toHaveBeenCalledTimes(1);
  button.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(body().getByRole('menuitem', { name: 'Edit' })).toHaveFocus());
  await userEvent.keyboard('{End}{Enter}');
  const dialog = await body().findByRole('alertdialog');
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus());
  await userEvent.keyboard('{Escape}');
  await waitFor(() => expect(body().queryByRole('alertdialog')).toBeNull());
  await expect(args.onDelete).not.toHaveBeenCalled();
};

/** Light theme, with a keyboard walk through the row menu and the delete confirmation. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };
/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };
/** At 390 px: the table scrolls sideways in a focusable region. */
export const Narrow: Story = { globals: { theme: 'light' }, decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>], play: keyboardWalk };
/** 390 px, dark. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };
/** No rules yet. */
export const Empty: Story = { args: { rules: [] } };
/** Loading. */
export const Loading: Story = { args: { rules: [], loading: true } };
/** The server failed. */
export const Failed: Story = { globals: { theme: 'dark' }, args: { rules: [], error: new Error('HTTP 500'), onRetry: fn() } };
