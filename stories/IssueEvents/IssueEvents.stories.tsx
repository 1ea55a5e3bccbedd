import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { IssueEvents } from '../../src/components/IssueEvents';
import { EVENTS_NOW, sampleEvents } from './sampleEvents';

const meta = {
  title: 'Issue page/IssueEvents',
  component: IssueEvents,
  args: {
    events: sampleEvents,
    now: EVENTS_NOW,
    environments: ['production', 'staging'],
    nextCursor: '0:100:0',
    currentEventId: sampleEvents[0]!.eventId,
    onEventOpen: fn(),
    onQueryChange: fn(),
    onPageChange: fn(),
  },
  decorators: [(Story) => <div style={{ padding: '1rem' }}>{Story()}</div>],
} satisfies Meta<typeof IssueEvents>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Types a search and applies it with Enter, tabs to the environment, then to an event and opens it. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await expect(canvas.getByRole('searchbox', { name: 'Search events' })).toHaveFocus();
  await userEvent.keyboard('browser:Firefox{Enter}');
  await expect(args.onQueryChange).toHaveBeenCalledWith('browser:Firefox');
  await userEvent.tab();
  await userEvent.tab();
  await expect(canvas.getByRole('combobox', { name: 'Environment' })).toHaveFocus();
  await userEvent.tab();
  const first = canvas.getByRole('button', { name: `Open event ${sampleEvents[0]!.eventId!.slice(0, 8)}` });
  await expect(first).toHaveFocus();
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await expect(args.onEventOpen).toHaveBeenCalledWith(sampleEvents[1]);
};

/** One page of an issue's events, light theme. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px the table scrolls inside its box; the page does not. */
export const Narrow: Story = {
  globals: { theme: 'light' },
  decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>],
  play: async (context) => {
    await keyboardWalk(context);
    await expect(context.canvasElement.scrollWidth).toBeLessThanOrEqual(context.canvasElement.clientWidth + 1);
  },
};

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** Loading. */
export const Loading: Story = { args: { events: undefined, loading: true } };

/** The request failed. */
export const ErrorState: Story = { args: { events: undefined, error: new Error('Sentry answered 400: Invalid search query') }, globals: { theme: 'dark' } };

/** No event matches the search. */
export const Empty: Story = { args: { events: [], defaultQuery: 'os:Plan9' } };

/** Markup in fields is text; a `javascript:` link template makes no link. */
export const Hostile: Story = {
  args: { events: [{ ...sampleEvents[0]!, title: '<img src=x onerror=alert(1)>', user: { email: '<b>x</b>' } }], eventHref: 'javascript:alert("{eventId}")' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, b')).toBeNull();
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};
