import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IssueList } from '../../../src';
import { rawApiIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

const bodyRows = () => screen.getAllByRole('row').filter((row) => row.closest('tbody'));
const shortIds = () => bodyRows().map((row) => row.querySelector('[data-column="shortId"]')!.textContent);
const searchBox = () => screen.getByRole('combobox', { name: 'Search issues' });

describe('IssueList search commits like a person expects', { timeout: 30_000 }, () => {
  it('keeps the rows while a tag filter has no value, says what is missing, and applies once it has one', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    // Pasted: typed key by key, the word `browser` alone is a complete text search.
    await user.click(searchBox());
    await user.paste('browser.name:');
    // Before, `browser.name:` searched as text and emptied the list.
    expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
    expect(searchBox()).toHaveAttribute('aria-invalid', 'true');
    expect(searchBox()).toHaveAccessibleDescription('Add a value after “browser.name:”. The list still shows the last complete search.');
    await user.keyboard('{Escape}{Enter}');
    expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
    await user.type(searchBox(), 'Nothing');
    expect(searchBox()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText('No issues match this search.')).toBeInTheDocument();
  });

  it('waits on an unclosed quote and marks it', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} defaultQuery="is:ignored" />);
    await user.click(searchBox());
    await user.paste(' "pump pres');
    expect(shortIds()).toEqual(['STATION-2M']);
    expect(searchBox()).toHaveAccessibleDescription(/^Close the quote with a second "\./);
  });

  it('with searchDebounceMs, applies a complete query after the pause, or at once on Enter', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const onQueryCommit = vi.fn();
      render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} searchDebounceMs={5_000} onQueryCommit={onQueryCommit} />);
      await user.type(searchBox(), 'is:ignored');
      expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
      await user.keyboard('{Escape}{Enter}');
      expect(shortIds()).toEqual(['STATION-2M']);
      expect(onQueryCommit).toHaveBeenLastCalledWith('is:ignored');
      await user.clear(searchBox());
      expect(shortIds()).toEqual(['STATION-2M']);
      act(() => vi.advanceTimersByTime(5_000));
      expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
      expect(onQueryCommit).toHaveBeenLastCalledWith('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a trailing `Word:` wait for Enter, which searches it as text', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    await user.click(searchBox());
    await user.paste('ValueError:');
    expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
    expect(searchBox()).toHaveAccessibleDescription('Press Enter to search.');
    expect(searchBox()).not.toHaveAttribute('aria-invalid');
    await user.keyboard('{Escape}{Enter}');
    expect(shortIds()).toEqual(['STATION-2K']);
  });

  it('puts the filter chips before the input, so suggestions below it cannot cover them', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} defaultQuery="is:unresolved " />);
    await user.click(searchBox());
    const chips = screen.getByRole('list', { name: 'Filters' });
    const listbox = screen.getByRole('listbox', { name: 'Suggestions', hidden: true });
    expect(chips.compareDocumentPosition(searchBox()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(searchBox().compareDocumentPosition(listbox) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('IssueList periods', { timeout: 30_000 }, () => {
  it('offers Sentry periods and reports the choice', async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onPeriodChange={onPeriodChange} />);
    const select = screen.getByRole('combobox', { name: 'Period' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Last hour',
      'Last 24 hours',
      'Last 7 days',
      'Last 14 days',
      'Last 30 days',
      'Custom range',
    ]);
    await user.selectOptions(select, 'Last 7 days');
    expect(onPeriodChange).toHaveBeenLastCalledWith({ statsPeriod: '7d' });
  });

  it('checks a custom range before it applies: both ends, start before end', async () => {
    const user = userEvent.setup();
    const onPeriodChange = vi.fn();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onPeriodChange={onPeriodChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'Custom range');
    const range = screen.getByRole('group', { name: 'Custom range' });
    const apply = within(range).getByRole('button', { name: 'Apply range' });
    await user.click(apply);
    expect(screen.getByRole('alert')).toHaveTextContent('Choose both a start and an end.');
    await user.type(within(range).getByLabelText('From'), '2026-05-02T10:00');
    await user.type(within(range).getByLabelText('To'), '2026-05-01T10:00');
    await user.click(apply);
    expect(screen.getByRole('alert')).toHaveTextContent('The start must be before the end.');
    expect(within(range).getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(onPeriodChange).not.toHaveBeenCalled();
    await user.clear(within(range).getByLabelText('To'));
    await user.type(within(range).getByLabelText('To'), '2026-05-03T10:00');
    await user.click(apply);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onPeriodChange).toHaveBeenCalledWith({ start: new Date('2026-05-02T10:00').toISOString(), end: new Date('2026-05-03T10:00').toISOString() });
  });

  it('shows no period picker to a host that does not fetch by period', () => {
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    expect(screen.queryByRole('combobox', { name: 'Period' })).toBeNull();
  });
});

describe('IssueList window scrolling', { timeout: 30_000 }, () => {
  it('renders its rows with the page as the scroller, and says so in data-scroll-mode', () => {
    const { container } = render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} scrollMode="window" />);
    expect(container.querySelector('.fl-issue-list')).toHaveAttribute('data-scroll-mode', 'window');
    expect(shortIds()).toEqual(['STATION-2K', 'STATION-2M']);
    expect(within(bodyRows()[0]!).getByText('STATION-2K')).toHaveAttribute('data-slot', 'short-id');
  });
});
