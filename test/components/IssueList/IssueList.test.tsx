import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { IssueList } from '../../../src';
import { generateIssues, hostileIssues, rawApiIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

// jsdom has no layout: give the scroller a viewport so the virtualizer renders rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

const issues = generateIssues(12);
const bodyRows = () => screen.getAllByRole('row').filter((row) => row.closest('tbody'));

describe('IssueList', { timeout: 20_000 }, () => {
  it('renders raw Web API issues in a grid with every column', () => {
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    const grid = screen.getByRole('grid', { name: 'Issues' });
    const headers = within(grid).getAllByRole('columnheader').map((h) => h.textContent?.replace(' ▼', ''));
    expect(headers).toEqual(['', 'Level', 'Issue', 'Project', 'Short ID', 'Graph', 'Events', 'Users', 'First seen', 'Last seen', 'Assignee']);
    const row = screen.getByRole('row', { name: /ValueError/ });
    expect(within(row).getByText('pump pressure out of range')).toBeInTheDocument();
    // Sentry's stream: the culprit is in the title cell, under the title.
    const titleCell = row.querySelector<HTMLElement>('td[data-column="title"]')!;
    expect(within(titleCell).getByText('station.pumps in check_pressure')).toBeInTheDocument();
    expect(within(row).getByText('STATION-2K')).toBeInTheDocument();
    expect(within(row).getByText('Escalating')).toBeInTheDocument();
    expect(within(row).getByText('Bookmarked')).toBeInTheDocument();
    expect(within(row).getByText('#pumps-oncall')).toBeInTheDocument();
    expect(within(row).getByText('1.3K')).toHaveAttribute('title', '1,289 events');
    expect(within(row).getByRole('img', { name: /53 events in the last 24 hours/ })).toBeInTheDocument();
    expect(within(row).getByText(/years? ago/, { selector: 'time[datetime="2025-05-04T10:20:30.123Z"]' })).toHaveAttribute('title');
    const ignored = screen.getByRole('row', { name: /Sensor north-3 offline/ });
    expect(within(ignored).getByText('Ignored')).toBeInTheDocument();
  });

  it('sorts from the column headers and says so with aria-sort', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={issues} now={SAMPLE_NOW} />);
    expect(screen.getByRole('columnheader', { name: 'Last seen' })).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByRole('button', { name: 'Events' }));
    expect(screen.getByRole('columnheader', { name: 'Events' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Last seen' })).toHaveAttribute('aria-sort', 'none');
    const counts = bodyRows().map((row) => Number(row.querySelector('[data-column="events"] [title]')!.getAttribute('title')!.replace(/\D/g, '')));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});

describe('IssueList hostile input', { timeout: 20_000 }, () => {
  it('renders HTML and scripts as inert text and never links javascript: permalinks', () => {
    const { container } = render(<IssueList issues={hostileIssues()} now={SAMPLE_NOW} />);
    expect(screen.getByText('<script>')).toBeInTheDocument();
    expect(screen.getByText('"><svg onload=alert(4)>')).toBeInTheDocument();
    expect(container.querySelector('script, img, svg[onload]')).toBeNull();
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:/);
    expect(screen.getByText(/of this issue list did not match the schema/)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(3);
  });
});
