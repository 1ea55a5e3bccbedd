import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeliveryLog } from '../../../src/components';
import { normalizeDeliveryList } from '../../../src/core/alerts';
import { sampleDeliveries } from '../../../stories/Alerts/alertSamples';

const deliveries = normalizeDeliveryList(sampleDeliveries).value;

describe('DeliveryLog', () => {
  it('shows each attempt with rule, receiver, status code, duration and attempt', () => {
    render(<DeliveryLog deliveries={deliveries} now={new Date('2026-12-03T12:00:00Z')} />);
    const retried = screen.getAllByRole('row').find((row) => within(row).queryByText('Webhook') !== null);
    if (retried === undefined) throw new Error('no webhook row');
    expect(within(retried).getByRole('rowheader', { name: 'New errors to the team' })).toBeInTheDocument();
    expect(within(retried).getByText('Failed')).toBeInTheDocument();
    expect(within(retried).getByText('HTTP 503')).toBeInTheDocument();
    expect(within(retried).getByText('12 ms')).toBeInTheDocument();
    expect(within(retried).getByText('2, retry follows')).toBeInTheDocument();
    expect(within(retried).getByText('http://127.0.0.1:5173/receiver/…')).toBeInTheDocument();
    const timedOut = screen.getByRole('row', { name: /Checkout spike/ });
    expect(within(timedOut).getByText('no answer')).toBeInTheDocument();
    expect(within(timedOut).getByText('5.0 s')).toBeInTheDocument();
  });

  it('expands a response as text, never as markup', async () => {
    const user = userEvent.setup();
    render(<DeliveryLog deliveries={deliveries} />);
    const responses = screen.getAllByText('Show response');
    expect(responses).toHaveLength(3);
    await user.click(responses[1] as HTMLElement);
    expect(screen.getByText(/Service Unavailable <img src=x onerror=alert\(1\)>/)).toBeVisible();
    expect(document.querySelector('img')).toBeNull();
  });

  it('filters by rule and by status', async () => {
    const user = userEvent.setup();
    const onStatus = vi.fn();
    render(<DeliveryLog deliveries={deliveries} onStatusFilterChange={onStatus} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'Checkout spike');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'All rules');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Delivered');
    expect(onStatus).toHaveBeenCalledWith('success');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Sending');
    expect(screen.getByText('No delivery matches these filters.')).toBeInTheDocument();
  });

  it('has loading, empty and error states', () => {
    const { rerender } = render(<DeliveryLog deliveries={[]} loading />);
    expect(screen.getByText('Loading the delivery log…')).toBeInTheDocument();
    rerender(<DeliveryLog deliveries={[]} />);
    expect(screen.getByText(/Nothing was sent yet/)).toBeInTheDocument();
    rerender(<DeliveryLog deliveries={[]} error="HTTP 502" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not load the delivery log: HTTP 502');
  });
});
