import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IssueList } from '../../src';
import { realisticIssues, SAMPLE_NOW } from './sampleIssues';

const realistic = realisticIssues();

/** A fixed-width frame: the list picks its layout by its own width (container queries), not the viewport's. */
const frame = (width: number) => (Story: () => ReactNode) => <div style={{ width, padding: 8, boxSizing: 'border-box' }}>{Story()}</div>;

const meta = {
  title: 'Issues/IssueList/Layout',
  component: IssueList,
  args: { issues: realistic, now: SAMPLE_NOW, onIssueOpen: fn(), onBulkAction: fn(() => Promise.resolve()), onPeriodChange: fn() },
  tags: ['!autodocs'],
} satisfies Meta<typeof IssueList>;

export default meta;
type Story = StoryObj<typeof meta>;

const grid = (canvasElement: HTMLElement) => within(canvasElement).getByRole('grid', { name: 'Issues' });
const rows = (canvasElement: HTMLElement) => [...grid(canvasElement).querySelectorAll<HTMLElement>('tbody > tr')];

/** The keyboard walk every width keeps: arrows move between rows, `x` selects, Enter opens. */
async function keyboardWalk(canvasElement: HTMLElement, onIssueOpen: unknown) {
  await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(3));
  await userEvent.click(rows(canvasElement)[0]!.querySelector('td[data-column="level"]')!);
  await userEvent.keyboard('{ArrowDown}');
  await expect(rows(canvasElement)[1]).toHaveFocus();
  await userEvent.keyboard('x');
  await expect(rows(canvasElement)[1]).toHaveAttribute('aria-selected', 'true');
  await userEvent.keyboard('{Enter}');
  await expect(onIssueOpen).toHaveBeenCalled();
}

const widePlay: Story['play'] = async ({ canvasElement, args }) => {
  const list = canvasElement.querySelector<HTMLElement>('.fl-issue-list')!;
  await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(3));
  // The title takes the free width: over 400 px at 1440 (about 250 before), twice any other column.
  const cells = [...rows(canvasElement)[0]!.querySelectorAll('td')].map((cell) => [cell.dataset.column, cell.getBoundingClientRect().width] as const);
  const title = cells.find(([column]) => column === 'title')![1];
  await expect(title).toBeGreaterThan(400);
  for (const [column, width] of cells) if (column !== 'title') await expect(width * 2).toBeLessThan(title);
  await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth);
  await expect(within(rows(canvasElement)[0]!).getByText(/\w/, { selector: '[data-slot="short-id"]' })).toBeVisible();
  await keyboardWalk(canvasElement, args.onIssueOpen);
};

/** 1440 px: title and culprit take the free width; project and short id are badges. */
export const WideLight: Story = { globals: { theme: 'light' }, decorators: [frame(1440)], play: widePlay };

/** 1440 px, dark. */
export const WideDark: Story = { ...WideLight, globals: { theme: 'dark' } };

const cardsPlay: Story['play'] = async ({ canvasElement, args }) => {
  const list = canvasElement.querySelector<HTMLElement>('.fl-issue-list')!;
  await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(3));
  // No sideways scroll anywhere, and each card is taller than a table row.
  const scroller = list.querySelector<HTMLElement>('[data-slot="scroller"]')!;
  await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth + 1);
  const first = rows(canvasElement)[0]!;
  await waitFor(() => expect(first.getBoundingClientRect().height).toBeGreaterThan(70));
  // The card shows level, title, counts, last seen and the checkbox; the row keeps its role and name.
  for (const column of ['level', 'title', 'events', 'users', 'lastSeen']) {
    await expect(first.querySelector(`td[data-column="${column}"]`)!.getBoundingClientRect().width).toBeGreaterThan(10);
  }
  await expect(within(first).getByRole('checkbox')).toBeVisible();
  await expect(first).toHaveAttribute('role', 'row');
  // The header stays one line high: the select-all box and the sort buttons.
  await expect(grid(canvasElement).querySelector('thead > tr')!.getBoundingClientRect().height).toBeLessThan(60);
  await keyboardWalk(canvasElement, args.onIssueOpen);
};

/** 390 px: every row is a card (level, title, culprit, counts, last seen), by container query. */
export const CardsLight: Story = { globals: { theme: 'light' }, decorators: [frame(390)], play: cardsPlay };

/** 390 px, dark. */
export const CardsDark: Story = { ...CardsLight, globals: { theme: 'dark' } };

const searchPlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const search = canvas.getByRole('combobox', { name: 'Search issues' });
  const before = rows(canvasElement).length;
  await userEvent.click(search);
  await userEvent.paste('is:unresolved browser.name:');
  await expect(search).toHaveAttribute('aria-invalid', 'true');
  await expect(canvas.getByText(/Add a value after “browser\.name:”\./)).toBeVisible();
  await expect(rows(canvasElement).length).toBe(before);
  await userEvent.keyboard('{Enter}');
  await expect(rows(canvasElement).length).toBe(before);
  // Completions open below the sentence; the chips sit above the input: no overlap.
  // Chips show the filters in effect: a complete query applies, then a half-typed key waits.
  await userEvent.clear(search);
  await userEvent.paste('is:unresolved ');
  await userEvent.paste('level:');
  const listbox = canvas.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox).toBeVisible();
  const chips = canvas.getByRole('list', { name: 'Filters' }).getBoundingClientRect();
  const popup = listbox.getBoundingClientRect();
  await expect(popup.top).toBeGreaterThanOrEqual(chips.bottom);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await expect(search).not.toHaveAttribute('aria-invalid');
};

/** An unfinished filter keeps the rows and says what it needs; suggestions never cover the chips. */
export const SearchCommitLight: Story = { globals: { theme: 'light' }, decorators: [frame(1024)], play: searchPlay };

/** Search, dark. */
export const SearchCommitDark: Story = { ...SearchCommitLight, globals: { theme: 'dark' } };

const periodPlay: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Last 7 days');
  await expect(args.onPeriodChange).toHaveBeenCalledWith({ statsPeriod: '7d' });
  await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Period' }), 'Custom range');
  const range = canvas.getByRole('group', { name: 'Custom range' });
  await userEvent.type(within(range).getByLabelText('From'), '2026-05-02T10:00');
  await userEvent.type(within(range).getByLabelText('To'), '2026-05-01T10:00');
  await userEvent.click(within(range).getByRole('button', { name: 'Apply range' }));
  await expect(canvas.getByRole('alert')).toHaveTextContent('The start must be before the end.');
};

/** Periods 1 h to 30 d and a checked custom range, in the toolbar. */
export const PeriodsLight: Story = { globals: { theme: 'light' }, decorators: [frame(1024)], play: periodPlay };

/** Periods, dark. */
export const PeriodsDark: Story = { ...PeriodsLight, globals: { theme: 'dark' } };

/** The page scrolls instead of a box: rows are still virtualized against the window. */
export const WindowScroll: Story = {
  globals: { theme: 'light' },
  args: { scrollMode: 'window' },
  decorators: [frame(1024)],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rows(canvasElement).length).toBeGreaterThan(3));
    const scroller = canvasElement.querySelector<HTMLElement>('[data-slot="scroller"]')!;
    await expect(getComputedStyle(scroller).overflowY).toBe('visible');
    await expect(rows(canvasElement).length).toBeLessThan(realistic.length + 1);
  },
};
