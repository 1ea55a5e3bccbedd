import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AlertRuleList } from '../../../src/components';
import { normalizeAlertRuleList } from '../../../src/core/alerts';
import { sampleRules } from '../../../stories/Alerts/alertSamples';

const rules = normalizeAlertRuleList(sampleRules).value;

describe('AlertRuleList', () => {
  it('shows each rule with its conditions in words, environment, receivers and status', () => {
    render(<AlertRuleList rules={rules} now={new Date('2026-12-03T12:00:00Z')} />);
    const row = screen.getByRole('row', { name: /New errors to the team/ });
    expect(within(row).getByRole('cell', { name: 'When a new issue is created, if the level is at least error' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'production' })).toBeInTheDocument();
    expect(within(row).getByText('Webhook')).toBeInTheDocument();
    expect(within(row).getByText('Slack')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
    const spike = screen.getByRole('row', { name: /Checkout spike/ });
    expect(within(spike).getByText(/more than 100 events in one hour and an issue affects more than 20 users in 15 minutes/)).toBeInTheDocument();
    expect(within(spike).getByText('All environments')).toBeInTheDocument();
    expect(within(spike).getByText('Never')).toBeInTheDocument();
    // Markup in a rule name is text.
    expect(document.querySelector('script')).toBeNull();
  });

  it('deletes only after the confirmation, and announces it', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn(async () => {});
    render(<AlertRuleList rules={rules} onDelete={onDelete} onEdit={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Actions for New errors to the team' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete “New errors to the team”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Delete rule' }));
    expect(onDelete).toHaveBeenCalledWith(rules[0]);
    await waitFor(() => expect(screen.getByText('Deleted “New errors to the team”.')).toBeInTheDocument());
  });

  it('duplicates with a copy name from the keyboard, and announces a failure', async () => {
    const user = userEvent.setup();
    const onDuplicate = vi.fn(async () => {
      throw new Error('quota reached');
    });
    render(<AlertRuleList rules={rules} onDuplicate={onDuplicate} />);
    screen.getByRole('button', { name: 'Actions for New errors to the team' }).focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(onDuplicate).toHaveBeenCalledWith(rules[0], 'Copy of New errors to the team');
    await waitFor(() => expect(screen.getByText('That did not work: quota reached')).toBeInTheDocument());
  });

  it('has loading, empty and error states', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<AlertRuleList rules={[]} loading />);
    expect(screen.getByText('Loading alert rules…')).toBeInTheDocument();
    rerender(<AlertRuleList rules={[]} />);
    expect(screen.getByText(/No alert rules yet/)).toBeInTheDocument();
    rerender(<AlertRuleList rules={[]} error={new Error('HTTP 500')} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the alert rules: HTTP 500');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
