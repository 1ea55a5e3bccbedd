import { createRef } from 'react';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssueEventChart } from '../../../src/components';
import { getEventChartModel } from '../../../src/core';
import { type IssueStatsClient, useIssueStats } from '../../../src/hooks';
import { sampleReleases, sampleStats } from '../../../stories/IssueEventChart/sampleStats';

const UTC = { locale: 'en-US', timeZone: 'UTC' };

describe('getEventChartModel', () => {
  it('reads buckets, total and peak, and places releases in their bucket', () => {
    const model = getEventChartModel(sampleStats['24h'], '24h', sampleReleases);
    expect(model.buckets).toHaveLength(24);
    expect(model.total).toBe(sampleStats['24h']!.reduce((sum, [, n]) => sum + n, 0));
    expect(model.markers.map((m) => m.label)).toEqual(['2.13.2', '2.14.0']);
    expect(model.markers[0]!.position).toBeGreaterThan(0);
    expect(model.markers[1]!.position).toBeLessThan(1);
  });

  it('skips malformed buckets and releases instead of drawing NaN', () => {
    const model = getEventChartModel(
      [[Number.NaN, 3], 'x' as unknown as [number, number], [100, -5], [200, Number.POSITIVE_INFINITY], [300, 4]],
      '24h',
      [{ version: 'v', dateCreated: 'not a date' }, { version: 3 as unknown as string }, null as unknown as { version: string }],
    );
    expect(model.buckets.map((b) => b.count)).toEqual([0, 0, 4]);
    expect(model).toMatchObject({ total: 4, peak: 4, markers: [] });
  });
});

describe('IssueEventChart', () => {
  it('names each bar by its time and count and walks them with arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    render(<IssueEventChart stats={sampleStats} releases={sampleReleases} {...UTC} />);
    const chart = screen.getByRole('group', { name: 'Events per hour, the last 24 hours' });
    const bars = within(chart).getAllByRole('img', { name: /events?$|release/ }).filter((bar) => bar.getAttribute('data-slot') === 'hit');
    expect(bars).toHaveLength(24);
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(bars[23]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bars[0]).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(bars[1]).toHaveFocus();
    const [time, count] = sampleStats['24h']![1]!;
    const label = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(time * 1000);
    expect(bars[1]).toHaveAccessibleName(`${label}: ${count} events`);
    expect(screen.getByText(`${label}: ${count} events`)).toBeVisible();
  });

  it('switches periods and shows the numbers as a table', async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    render(<IssueEventChart stats={sampleStats} releases={sampleReleases} onPeriodChange={onPeriodChange} {...UTC} />);
    await user.click(screen.getByRole('button', { name: '30d' }));
    expect(onPeriodChange).toHaveBeenCalledWith('30d');
    expect(screen.getByRole('button', { name: '30d' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: 'Events per day, the last 30 days' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: 'Events per bucket, the last 30 days' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(within(table).getByRole('cell', { name: 'web@2.12.0+8601' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('has loading, error and empty states, and forwards ref and className', () => {
    const ref = createRef<HTMLElement>();
    const { rerender } = render(<IssueEventChart ref={ref} className="mine" stats={undefined} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading event counts…');
    expect(ref.current).toHaveClass('fl-issue-event-chart', 'mine');
    rerender(<IssueEventChart stats={undefined} error={new Error('HTTP 500')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Event counts could not be loaded. HTTP 500');
    rerender(<IssueEventChart stats={{ '24h': [] }} />);
    expect(screen.getByText('No event counts for this period.')).toBeInTheDocument();
  });
});

describe('useIssueStats', () => {
  it('loads the issue’s stats for the period and the project’s releases', async () => {
    const client: IssueStatsClient = {
      getIssueStats: vi.fn(async () => ({ data: [{ id: '7', stats: { '24h': sampleStats['24h']! } }] })),
      listReleases: vi.fn(async () => ({ data: sampleReleases })),
    };
    const { result } = renderHook(() => useIssueStats({ client, organization: 'acme', issueId: '7', project: 42 }));
    await waitFor(() => expect(result.current.stats?.['24h']).toHaveLength(24));
    await waitFor(() => expect(result.current.releases).toHaveLength(3));
    expect(client.getIssueStats).toHaveBeenCalledWith({ organization: 'acme', issueIds: ['7'], statsPeriod: '24h', environment: undefined }, expect.anything());
    expect(client.listReleases).toHaveBeenCalledWith({ organization: 'acme', project: [42] }, expect.anything());
  });
});
