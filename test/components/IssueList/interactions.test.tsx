import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IssueList } from '../../../src';
import { generateIssues, rawApiIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });
});

const issues = generateIssues(6);
const bodyRows = () => screen.getAllByRole('row').filter((row) => row.closest('tbody'));
const rowTitles = () => bodyRows().map((row) => row.querySelector('[data-column="shortId"]')!.textContent);

describe('IssueList search box', { timeout: 30_000 }, () => {
  it('filters rows as the query is typed and shows removable chips', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} />);
    const search = screen.getByRole('combobox', { name: 'Search issues' });
    await user.type(search, 'is:ignored');
    expect(rowTitles()).toEqual(['STATION-2M']);
    const chips = screen.getByRole('list', { name: 'Filters' });
    await user.click(within(chips).getByRole('button', { name: 'Remove filter is: ignored' }));
    expect(search).toHaveValue('');
    expect(rowTitles()).toEqual(['STATION-2K', 'STATION-2M']);
  });

  it('shows a parse error inline and keeps the last good rows', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} defaultQuery="is:ignored" />);
    const search = screen.getByRole('combobox', { name: 'Search issues' });
    // Pasted at once: typed key by key, the half-written word `times_seen` is itself a good query.
    await user.click(search);
    await user.paste(' times_seen:>lots');
    expect(search).toHaveAttribute('aria-invalid', 'true');
    // Sentences, not the parser's words run into the query.
    expect(search).toHaveAccessibleDescription('Expected a number for times_seen, such as >100 or <=5. The list still shows the last complete search.');
    expect(rowTitles()).toEqual(['STATION-2M']);
  });

  it('offers completions in a listbox and applies one with the keyboard', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={issues} now={SAMPLE_NOW} />);
    const search = screen.getByRole('combobox', { name: 'Search issues' });
    await user.type(search, 'proj');
    expect(search).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    expect(within(listbox).getByRole('option', { name: /^project:/, selected: true })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(search).toHaveValue('project:');
    const values = within(screen.getByRole('listbox', { name: 'Suggestions' })).getAllByRole('option').map((o) => o.textContent);
    expect(values.some((v) => /^(web|api|android|worker|billing)/.test(v ?? ''))).toBe(true);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(JSON.stringify((search as HTMLInputElement).value)).toMatch(/^"project:\w+ "$/);
    expect(search).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Escape}');
  });
});

describe('IssueList selection and bulk actions', { timeout: 30_000 }, () => {
  it('toggles with checkboxes, selects a range with shift-click and all with the header checkbox', async () => {
    const user = userEvent.setup();
    render(<IssueList issues={issues} now={SAMPLE_NOW} totalMatching={250} />);
    const boxes = () => bodyRows().map((row) => within(row).getByRole('checkbox'));
    await user.click(boxes()[1]!);
    await user.keyboard('{Shift>}');
    await user.click(boxes()[3]!);
    await user.keyboard('{/Shift}');
    expect(bodyRows().map((row) => row.getAttribute('aria-selected'))).toEqual(['false', 'true', 'true', 'true', 'false', 'false']);
    expect(screen.getByText('3 issues selected')).toBeInTheDocument();
    const all = screen.getByRole('checkbox', { name: 'Select all issues' });
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    await user.click(all);
    expect(screen.getByText('6 issues selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all 250 issues matching this search' }));
    expect(screen.getByText('All 250 issues matching this search selected')).toBeInTheDocument();
  });

  it('sends bulk actions to the callback and undoes them when it rejects', async () => {
    const user = userEvent.setup();
    const onBulkAction = vi.fn().mockRejectedValue(new Error('403 Forbidden'));
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onBulkAction={onBulkAction} />);
    expect(screen.getByRole('button', { name: 'Resolve' })).toBeDisabled();
    await user.click(within(screen.getByRole('row', { name: /ValueError/ })).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(onBulkAction).toHaveBeenCalledWith({ type: 'resolve' }, { issueIds: ['4021'], allMatching: false, query: '' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not resolve 1 issue: 403 Forbidden. The change was undone.');
    expect(within(screen.getByRole('row', { name: /ValueError/ })).queryByText('Resolved')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Assign to' }), '#pumps-oncall');
    expect(onBulkAction).toHaveBeenLastCalledWith({ type: 'assign', assignee: expect.objectContaining({ name: 'pumps-oncall' }) }, expect.anything());
  });

  it('shows a resolved badge at once when the host accepts', async () => {
    const user = userEvent.setup();
    let accept: () => void = () => {};
    const onBulkAction = vi.fn(() => new Promise<void>((yes) => { accept = yes; }));
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onBulkAction={onBulkAction} />);
    await user.click(within(screen.getByRole('row', { name: /ValueError/ })).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    expect(within(screen.getByRole('row', { name: /ValueError/ })).getByText('Resolved')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    accept();
    await waitFor(() => expect(screen.queryByText('Saving…')).toBeNull());
    expect(within(screen.getByRole('row', { name: /ValueError/ })).getByText('Resolved')).toBeInTheDocument();
  });
});

describe('IssueList keyboard', { timeout: 30_000 }, () => {
  it('moves with arrows, opens with Enter, selects with x and searches with /', async () => {
    const user = userEvent.setup();
    const onIssueOpen = vi.fn();
    render(<IssueList issues={issues} now={SAMPLE_NOW} onIssueOpen={onIssueOpen} />);
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Search issues' })).toHaveFocus();
    act(() => bodyRows()[0]!.focus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await waitFor(() => expect(bodyRows()[2]).toHaveFocus());
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(bodyRows()[1]).toHaveFocus());
    expect(bodyRows()[1]).toHaveAttribute('tabindex', '0');
    await user.keyboard('x');
    expect(bodyRows()[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    const opened = issues.find((issue) => issue.shortId === rowTitles()[1]);
    expect(onIssueOpen).toHaveBeenCalledWith(expect.objectContaining({ id: opened!.id }));
    await user.keyboard('{End}');
    await waitFor(() => expect(bodyRows().at(-1)).toHaveFocus());
    await user.keyboard('/');
    expect(screen.getByRole('combobox', { name: 'Search issues' })).toHaveFocus();
  });
});

describe('IssueList columns, states and overrides', { timeout: 30_000 }, () => {
  it('hides and reorders columns from the Columns menu', async () => {
    const user = userEvent.setup();
    const onColumnVisibilityChange = vi.fn();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onColumnVisibilityChange={onColumnVisibilityChange} />);
    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Project' }));
    expect(screen.queryByRole('columnheader', { name: 'Project' })).toBeNull();
    expect(onColumnVisibilityChange).toHaveBeenCalledWith({ project: false });
    await user.click(screen.getByRole('button', { name: 'Move Assignee earlier' }));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent?.replace(' ▼', ''));
    expect(headers.slice(-2)).toEqual(['Assignee', 'Last seen']);
  });

  it('takes custom columns and wraps cells with renderCell', () => {
    render(
      <IssueList
        issues={rawApiIssues}
        now={SAMPLE_NOW}
        columns={[{ id: 'title', header: 'What', cell: (issue) => issue.title }, { id: 'comments', header: 'Comments', cell: (issue) => String(issue.numComments ?? 0) }]}
        renderCell={(column, issue, content) => (column === 'comments' ? <strong data-testid={`c-${issue.id}`}>{content}</strong> : content)}
      />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['', 'What', 'Comments']);
    expect(screen.getByTestId('c-4021')).toHaveTextContent('2');
  });

  it('has loading, empty, error and density states', async () => {
    const user = userEvent.setup();
    const { rerender, unmount } = render(<IssueList issues={[]} loading now={SAMPLE_NOW} />);
    expect(screen.getByRole('grid', { name: 'Issues' })).toHaveAttribute('aria-busy', 'true');
    rerender(<IssueList issues={[]} now={SAMPLE_NOW} error="502 Bad Gateway" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Issues could not be loaded. 502 Bad Gateway');
    unmount();
    const fresh = render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} defaultQuery="level:fatal" density="compact" />);
    expect(fresh.container.firstElementChild).toHaveAttribute('data-density', 'compact');
    expect(screen.getByText('No issues match this search.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(bodyRows()).toHaveLength(2);
  });

  it('sorts from the Sort by select', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<IssueList issues={rawApiIssues} now={SAMPLE_NOW} onSortChange={onSortChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Priority');
    expect(onSortChange).toHaveBeenCalledWith('priority');
    expect(rowTitles()).toEqual(['STATION-2K', 'STATION-2M']);
  });
});
