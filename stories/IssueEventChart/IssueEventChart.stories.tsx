import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { IssueEventChart } from '../../src/components/IssueEventChart';
import { sampleReleases, sampleStats } from './sampleStats';

const meta = {
  title: 'Issue page/IssueEventChart',
  component: IssueEventChart,
  // UTC and en-US so every run prints the same times.
  args: { stats: sampleStats, releases: sampleReleases, onPeriodChange: fn(), locale: 'en-US', timeZone: 'UTC' },
  decorators: [(Story) => <div style={{ maxWidth: '36rem', padding: '1rem' }}>{Story()}</div>],
} satisfies Meta<typeof IssueEventChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs through the periods to the bars, walks them with the arrows, picks 14d, opens the table. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  for (let i = 0; i < 4; i++) await userEvent.tab();
  const chart = canvas.getByRole('group', { name: 'Events per hour, the last 24 hours' });
  const bars = within(chart)
    .getAllByRole('img')
    .filter((bar) => bar.getAttribute('data-slot') === 'hit');
  await expect(bars.at(-1)).toHaveFocus();
  await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
  await expect(bars.at(-3)).toHaveFocus();
  await expect(bars.at(-3)).toHaveAccessibleName(/^Dec 3, 10:00 AM: \d+ events$/);
  await expect(canvas.getByText(/^Dec 3, 10:00 AM: \d+ events$/)).toBeVisible();
  await userEvent.keyboard('{Home}');
  await expect(bars[0]).toHaveFocus();
  await userEvent.click(canvas.getByRole('button', { name: '14d' }));
  await expect(args.onPeriodChange).toHaveBeenCalledWith('14d');
  await userEvent.click(canvas.getByRole('button', { name: 'Show as table' }));
  await expect(canvas.getByRole('table', { name: 'Events per bucket, the last 14 days' })).toBeVisible();
};

/** An issue's last 24 hours with two releases, light theme. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px. */
export const Narrow: Story = { globals: { theme: 'light' }, decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>], play: keyboardWalk };

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** 30 days, table open. */
export const ThirtyDaysTable: Story = { args: { defaultPeriod: '30d', defaultShowTable: true } };

/** While the counts load. */
export const Loading: Story = { args: { stats: undefined, loading: true } };

/** The request failed. */
export const ErrorState: Story = { args: { stats: undefined, error: new Error('Sentry answered 429: rate limited') }, globals: { theme: 'dark' } };

/** No buckets for the period. */
export const Empty: Story = { args: { stats: {} } };

/** Malformed buckets and releases: fewer bars, no NaN, markup as text. */
export const Hostile: Story = {
  args: {
    stats: { '24h': [[Number.NaN, 1], [1_764_763_200, 5], [1_764_766_800, -2]] as [number, number][] },
    releases: [{ version: '<img src=x onerror=alert(1)>', dateCreated: '2025-12-03T12:30:00Z' }],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelectorAll('[data-slot="hit"]')).toHaveLength(2);
    await expect(canvasElement.innerHTML).not.toContain('NaN');
  },
};
