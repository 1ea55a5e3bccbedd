import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ActivityDemo, hostileActivity, sampleActivity } from './activityDemo';

const meta = {
  title: 'Issue page/IssueActivity',
  component: ActivityDemo,
  decorators: [(Story) => <div style={{ padding: '1rem', maxWidth: '28rem', minHeight: '30rem' }}>{Story()}</div>],
} satisfies Meta<typeof ActivityDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

const entries = (canvasElement: HTMLElement) => within(within(canvasElement).getByRole('list', { name: 'Issue activity' })).getAllByRole('listitem');

/**
 * Keyboard only: type a note and add it with Ctrl+Enter (it shows at once), Tab to Edit on
 * the own note, change it and save with Enter on Save.
 */
const keyboardWalk: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await canvas.findByRole('list', { name: 'Issue activity' });
  await userEvent.tab();
  await expect(canvas.getByRole('textbox', { name: 'Add a note' })).toHaveFocus();
  await userEvent.keyboard('Pressure sensor replaced{Control>}{Enter}{/Control}');
  await expect(entries(canvasElement)[0]).toHaveTextContent('Pressure sensor replaced');
  await waitFor(() => expect(entries(canvasElement)[0]).not.toHaveTextContent('Saving…'));
  await expect(entries(canvasElement)).toHaveLength(sampleActivity.length + 1);

  // Add note is disabled again (the field emptied), so Tab goes on to the new note's Edit.
  await userEvent.tab();
  const edit = canvas.getAllByRole('button', { name: 'Edit note by Bogdan Ilić' })[0];
  await expect(edit).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  const field = canvas.getByRole('textbox', { name: 'Edit note' });
  await expect(field).toHaveFocus();
  await userEvent.keyboard(' (on site)');
  await userEvent.tab();
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Save' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(entries(canvasElement)[0]).toHaveTextContent('Pressure sensor replaced (on site)');
};

/** Every kind of entry, light theme, walked by keyboard. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px: long lines wrap, nothing scrolls sideways. */
export const Narrow: Story = {
  globals: { theme: 'light' },
  decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>],
  play: async (context) => {
    await keyboardWalk(context);
    const root = context.canvasElement.querySelector<HTMLElement>('.fl-issue-activity');
    await expect(root?.scrollWidth).toBeLessThanOrEqual(390);
  },
};

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** The server refuses: the note goes away again, its text goes back in the field, an alert says why. */
export const Refused: Story = {
  globals: { theme: 'light' },
  args: { fail: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('list', { name: 'Issue activity' });
    await userEvent.type(canvas.getByRole('textbox', { name: 'Add a note' }), 'Will not save');
    await userEvent.click(canvas.getByRole('button', { name: 'Add note' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Could not add the note: 503 Service Unavailable');
    await expect(canvas.getByRole('textbox', { name: 'Add a note' })).toHaveValue('Will not save');
    await expect(entries(canvasElement)).toHaveLength(sampleActivity.length);
  },
};

/** Refused, dark theme. */
export const RefusedDark: Story = { ...Refused, globals: { theme: 'dark' } };

/** Markup in names, notes and versions shows as text; an unknown kind and a bad date still render. */
export const Hostile: Story = {
  globals: { theme: 'light' },
  args: { items: hostileActivity },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('list', { name: 'Issue activity' });
    await expect(canvasElement.querySelector('img, script, a, b, i')).toBeNull();
    await expect(entries(canvasElement)[0]).toHaveTextContent('<script>alert(1)</script>');
    await expect(entries(canvasElement)[2]).toHaveTextContent('—');
  },
};

/** The timeline could not load: an alert with a retry. */
export const LoadError: Story = {
  globals: { theme: 'dark' },
  args: { loadError: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Could not load the activity: 502 Bad Gateway.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No activity yet. */
export const Empty: Story = { globals: { theme: 'light' }, args: { items: [] }, play: async ({ canvasElement }) => expect(await within(canvasElement).findByText('No activity yet.')).toBeVisible() };
