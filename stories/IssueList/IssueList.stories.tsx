import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IssueList } from '../../src';
import { generateIssues, hostileIssues, rawApiIssues, realisticIssues, SAMPLE_NOW } from './sampleIssues';

const realistic = realisticIssues();
let huge: unknown[] | undefined;
// Built on first use so the other stories do not pay for 100k issues.
const hugeIssues = () => {
  huge ??= generateIssues(100_000);
  return huge;
};

const meta = {
  title: 'Issues/IssueList',
  component: IssueList,
  args: {
    issues: realistic,
    now: SAMPLE_NOW,
    onIssueOpen: fn(),
    onBulkAction: fn(() => Promise.resolve()),
    me: { email: 'ada@example.com', name: 'Ada Lovelace' },
    style: { padding: 16 },
  },
  tags: ['!autodocs'],
} satisfies Meta<typeof IssueList>;

export default meta;
type Story = StoryObj<typeof meta>;

const grid = (canvasElement: HTMLElement) => within(canvasElement).getByRole('grid', { name: 'Issues' });

/** Keyboard walk: arrows move, `x` selects, Enter opens, `/` jumps to the search box. */
const keyboardPath: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  // A DOM query, not a role query: role queries walk every cell and graph bar and are slow.
  const rows = () => [...grid(canvasElement).querySelectorAll<HTMLElement>('tbody > tr')];
  await waitFor(() => expect(rows().length).toBeGreaterThan(5));
  await userEvent.click(rows()[0]!);
  await userEvent.keyboard('{ArrowDown}');
  await expect(rows()[1]).toHaveFocus();
  await userEvent.keyboard('x');
  await expect(rows()[1]).toHaveAttribute('aria-selected', 'true');
  await userEvent.keyboard('{Enter}');
  await expect(args.onIssueOpen).toHaveBeenCalledTimes(1);
  await userEvent.keyboard('/');
  await expect(canvas.getByRole('combobox', { name: 'Search issues' })).toHaveFocus();
};

/** Real-looking issues: the Web API fixture as sent and issues titled after real fixture events. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardPath };

/** The same in the dark theme; axe checks contrast again. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardPath };

/** Search with completions, a half-typed filter, chips and a bulk action, from the keyboard. */
const searchPath: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const search = canvas.getByRole('combobox', { name: 'Search issues' });
  await userEvent.click(search);
  await userEvent.keyboard('level:');
  await expect(canvas.getByRole('listbox', { name: 'Suggestions' })).toBeVisible();
  await expect(canvas.getByText(/Add a value after “level:”\./)).toBeVisible();
  await userEvent.keyboard('{ArrowDown}{Enter}');
  const chips = canvas.getByRole('list', { name: 'Filters' });
  await expect(within(chips).getByRole('listitem')).toHaveTextContent(/^level: \w+/);
  await userEvent.click(canvas.getByRole('checkbox', { name: 'Select all issues' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Bookmark' }));
  await waitFor(() => expect(args.onBulkAction).toHaveBeenCalledWith({ type: 'bookmark' }, expect.objectContaining({ allMatching: false })));
  await userEvent.click(within(chips).getByRole('button', { name: /Remove filter level:/ }));
  await expect(search).toHaveValue('');
};

/** A short list to search: the Web API fixture and a few generated issues. */
export const SearchLight: Story = { globals: { theme: 'light' }, args: { issues: [...rawApiIssues, ...generateIssues(6)] }, play: searchPath };

/** Search, dark. */
export const SearchDark: Story = { ...SearchLight, globals: { theme: 'dark' } };

/** Compact density and the 14-day graph, with the project column hidden. */
export const CompactLight: Story = {
  globals: { theme: 'light' },
  args: { density: 'compact', statsPeriod: '14d', defaultColumnVisibility: { project: false }, defaultQuery: 'is:unresolved' },
  play: async ({ canvasElement }) => {
    await expect(within(grid(canvasElement)).queryByRole('columnheader', { name: 'Project' })).toBeNull();
    await expect(within(canvasElement).getByRole('list', { name: 'Filters' })).toHaveTextContent('is: unresolved');
  },
};

/** Compact density, dark. */
export const CompactDark: Story = { ...CompactLight, globals: { theme: 'dark' } };

const emptyPlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('No issues match this search.')).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: 'Clear search' }));
  await expect(canvas.getByText('No issues to show.')).toBeVisible();
};

/** No issue matches: a message and a way out. */
export const EmptyLight: Story = { globals: { theme: 'light' }, args: { issues: [], defaultQuery: 'is:resolved' }, play: emptyPlay };

/** Empty, dark. */
export const EmptyDark: Story = { ...EmptyLight, globals: { theme: 'dark' } };

const loadingPlay: Story['play'] = async ({ canvasElement }) => {
  await expect(grid(canvasElement)).toHaveAttribute('aria-busy', 'true');
};

/** While the host fetches issues. */
export const LoadingLight: Story = { globals: { theme: 'light' }, args: { issues: [], loading: true }, play: loadingPlay };

/** Loading, dark. */
export const LoadingDark: Story = { ...LoadingLight, globals: { theme: 'dark' } };

const errorPlay: Story['play'] = async ({ canvasElement }) => {
  await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('Issues could not be loaded. 502 Bad Gateway');
};

/** The fetch failed. */
export const ErrorLight: Story = { globals: { theme: 'light' }, args: { issues: [], error: new Error('502 Bad Gateway') }, play: errorPlay };

/** Error, dark. */
export const ErrorDark: Story = { ...ErrorLight, globals: { theme: 'dark' } };

const hostilePlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('<script>')).toBeInTheDocument();
  await expect(canvasElement.querySelector('script, img[src="x"], svg[onload]')).toBeNull();
  for (const link of canvasElement.querySelectorAll('a')) await expect(link.getAttribute('href')).toMatch(/^https?:/);
  await expect(canvas.getByText(/of this issue list did not match the schema/)).toBeVisible();
};

/** HTML and script in every string, `javascript:` permalinks, huge numbers, broken fields. */
export const HostileLight: Story = { globals: { theme: 'light' }, args: { issues: hostileIssues() }, play: hostilePlay };

/** Hostile, dark. */
export const HostileDark: Story = { ...HostileLight, globals: { theme: 'dark' } };

const hugePlay: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await waitFor(() => expect(grid(canvasElement)).toHaveAttribute('aria-rowcount', '100001'), { timeout: 60_000 });
  // Virtualized: a screenful of rows exists, not 100k.
  await expect(grid(canvasElement).querySelectorAll('tbody tr').length).toBeLessThan(60);
  // Each keystroke searches all 100k issues (narrowing the previous result after the first).
  await userEvent.type(canvas.getByRole('combobox', { name: 'Search issues' }), 'KeyE');
  await waitFor(() => expect(Number(grid(canvasElement).getAttribute('aria-rowcount'))).toBeLessThan(100_001), { timeout: 30_000 });
  await expect(grid(canvasElement).querySelector('tbody > tr')).toHaveTextContent('KeyError');
};

/** 100,000 generated issues: search per keystroke and smooth scrolling. */
export const HugeLight: Story = { globals: { theme: 'light' }, args: { issues: [] }, render: (args) => <IssueList {...args} issues={hugeIssues()} />, play: hugePlay };

/** Huge, dark. */
export const HugeDark: Story = { ...HugeLight, globals: { theme: 'dark' } };
