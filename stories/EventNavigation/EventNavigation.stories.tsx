import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventNavigation } from '../../src/components/EventNavigation';

const meta = {
  title: 'Issue page/EventNavigation',
  component: EventNavigation,
  args: {
    eventId: '9fac2ceed9344f2bbfdd1fdacb0ed9b1',
    selected: 'recommended',
    targets: { oldest: 'oldest', older: '5c1b0e9a4d3f4e2a9b8c7d6e5f4a3b2c', newer: 'e0d1c2b3a4958677a6b5c4d3e2f1a0b9', latest: 'latest', recommended: 'recommended' },
    onNavigate: fn(),
  },
  decorators: [(Story) => <div style={{ padding: '1rem' }}>{Story()}</div>],
} satisfies Meta<typeof EventNavigation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tab into the toolbar, move with the arrows, open the older event with Enter, Tab on to the copy button. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Oldest event' })).toHaveFocus();
  await userEvent.keyboard('{ArrowRight}');
  await expect(canvas.getByRole('button', { name: 'Older event' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(args.onNavigate).toHaveBeenCalledWith('5c1b0e9a4d3f4e2a9b8c7d6e5f4a3b2c', 'older', expect.anything());
  await userEvent.keyboard('{End}');
  const recommended = canvas.getByRole('button', { name: 'Recommended event' });
  await expect(recommended).toHaveFocus();
  await expect(recommended).toHaveAttribute('aria-disabled', 'true');
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Copy event ID' })).toHaveFocus();
};

/** The recommended event of an issue with events before and after it, light theme. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px the buttons wrap above the event id. */
export const Narrow: Story = { globals: { theme: 'light' }, decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>], play: keyboardWalk };

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** The latest event: newer and latest are off and say why; links carry the id in the URL. */
export const AtLatestWithLinks: Story = {
  args: { selected: 'latest', targets: { oldest: 'oldest', older: '5c1b0e9a4d3f4e2a9b8c7d6e5f4a3b2c', recommended: 'recommended' }, eventHref: '#/issues/7/events/{eventId}' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Older event' })).toHaveAttribute('href', '#/issues/7/events/5c1b0e9a4d3f4e2a9b8c7d6e5f4a3b2c');
    await expect(canvas.getByRole('button', { name: 'Newer event' })).toHaveAccessibleDescription('This is the latest event.');
  },
};

/** At the latest, dark theme. */
export const AtLatestDark: Story = { ...AtLatestWithLinks, globals: { theme: 'dark' } };

/** While the event loads. */
export const Loading: Story = { args: { eventId: undefined, targets: { recommended: 'recommended' }, loading: true } };

/** The event failed to load. */
export const ErrorState: Story = { args: { eventId: undefined, targets: { recommended: 'recommended' }, error: new Error('Sentry answered 404: Event not found') } };

/** A `javascript:` link template and markup in the id: no link, text only. */
export const Hostile: Story = {
  args: { eventId: '<img src=x onerror=alert(1)>', eventHref: 'javascript:alert("{eventId}")' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};
