import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DeliveryLog } from '../../src/components/DeliveryLog';
import { normalizeDeliveryList } from '../../src/core/alerts';
import { sampleDeliveries } from './alertSamples';

const meta = {
  title: 'Alerts/DeliveryLog',
  component: DeliveryLog,
  args: { deliveries: normalizeDeliveryList(sampleDeliveries).value, now: new Date('2026-12-03T12:00:00Z') },
} satisfies Meta<typeof DeliveryLog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Filter by keyboard, then open a response. */
const keyboardWalk: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const rule = canvas.getByRole('combobox', { name: 'Rule' });
  rule.focus();
  await userEvent.selectOptions(rule, 'Checkout spike');
  await expect(canvas.getAllByRole('row')).toHaveLength(2);
  await userEvent.selectOptions(rule, '');
  await userEvent.tab();
  await expect(canvas.getByRole('combobox', { name: 'Status' })).toHaveFocus();
  // A summary is focusable and opens on click or Enter; the simulated keyboard does not toggle it.
  await userEvent.click(canvas.getAllByText('Show response')[1] as HTMLElement);
  await expect(canvas.getByText(/Service Unavailable/)).toBeVisible();
};

/** Light, with the keyboard walk. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };
/** Dark. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };
/** At 390 px. */
export const Narrow: Story = { globals: { theme: 'light' }, decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>], play: keyboardWalk };
/** 390 px, dark. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };
/** Nothing sent yet. */
export const Empty: Story = { args: { deliveries: [] } };
/** The log failed to load. */
export const Failed: Story = { globals: { theme: 'dark' }, args: { deliveries: [], error: 'HTTP 502', onRefresh: () => {} } };
