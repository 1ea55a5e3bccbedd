import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IssueList } from '../../../src';
import { rawApiIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

const titleLink = (row: RegExp) => within(screen.getByRole('row', { name: row })).queryByRole('link');

describe('IssueList links', { timeout: 30_000 }, () => {
  it('links titles to the permalink by default and to the host page with getIssueHref', () => {
    const { rerender } = render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    expect(titleLink(/ValueError/)).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    rerender(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} getIssueHref={(issue) => `#/issues/${issue.id}`} />);
    expect(titleLink(/ValueError/)).toHaveAttribute('href', '#/issues/4021');
  });

  it('drops a host link that is not a web URL, and links nothing when asked', () => {
    const { rerender } = render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} getIssueHref={() => 'javascript:alert(1)'} />);
    expect(titleLink(/ValueError/)).toBeNull();
    rerender(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} getIssueHref={() => undefined} />);
    expect(titleLink(/ValueError/)).toBeNull();
  });
});

describe('IssueList undo actions', { timeout: 30_000 }, () => {
  it('unresolves and removes bookmarks only when a selected issue would change', async () => {
    const user = userEvent.setup();
    const onBulkAction = vi.fn(() => Promise.resolve());
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onBulkAction={onBulkAction} />);
    const unresolve = screen.getByRole('button', { name: 'Unresolve' });
    const unbookmark = screen.getByRole('button', { name: 'Remove bookmark' });
    // The bookmarked, unresolved ValueError.
    await user.click(within(screen.getByRole('row', { name: /ValueError/ })).getByRole('checkbox'));
    expect(unresolve).toBeDisabled();
    await user.click(unbookmark);
    expect(onBulkAction).toHaveBeenCalledWith({ type: 'unbookmark' }, expect.objectContaining({ issueIds: ['4021'] }));
    expect(within(screen.getByRole('row', { name: /ValueError/ })).queryByText('Bookmarked')).toBeNull();
    expect(unbookmark).toBeDisabled();
    // Add the ignored one: now there is something to unresolve.
    const ignored = screen.getAllByRole('row').find((row) => within(row).queryByText('Ignored'))!;
    await user.click(within(ignored).getByRole('checkbox'));
    await user.click(unresolve);
    expect(onBulkAction).toHaveBeenLastCalledWith({ type: 'unresolve' }, expect.objectContaining({ issueIds: expect.arrayContaining(['4021']) }));
    expect(within(ignored).queryByText('Ignored')).toBeNull();
  });
});

describe('IssueList search shortcut', { timeout: 30_000 }, () => {
  it('focuses the search on / from anywhere on the page, but not while typing elsewhere', async () => {
    const user = userEvent.setup();
    render(
      <>
        <label>
          Note <input />
        </label>
        <button type="button">Elsewhere</button>
        <IssueList issues={rawApiIssues} now={SAMPLE_NOW} />
      </>,
    );
    const search = screen.getByRole('combobox', { name: 'Search issues' });
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
    await user.click(screen.getByRole('textbox', { name: 'Note' }));
    await user.keyboard('a/b');
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('a/b');
    expect(search).not.toHaveFocus();
  });

  it('keeps / inside the list only when the host turns the page-wide shortcut off', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Elsewhere</button>
        <IssueList issues={rawApiIssues} now={SAMPLE_NOW} globalSearchShortcut={false} />
      </>,
    );
    screen.getByRole('button', { name: 'Elsewhere' }).focus();
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search issues' })).not.toHaveFocus();
    act(() => screen.getAllByRole('row').find((row) => row.closest('tbody'))!.focus());
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search issues' })).toHaveFocus();
  });
});
