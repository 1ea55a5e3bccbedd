import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BreadcrumbTimeline } from '../../src';
import { platformEvents } from '../samples/events';
import { eventWith, generateBreadcrumbs, hostileBreadcrumbs } from './generate';

const meta = {
  title: 'Components/BreadcrumbTimeline',
  component: BreadcrumbTimeline,
  args: {
    event: platformEvents.pythonLogMessage,
    locale: 'en-US',
    timeZone: 'UTC',
    maxHeight: '28rem',
    onKindsChange: fn(),
    onLevelsChange: fn(),
    onSearchChange: fn(),
    onOrderChange: fn(),
    onTimeModeChange: fn(),
  },
  argTypes: { event: { control: false } },
  // The docs source snippet would pretty-print the whole event (100k breadcrumbs) on every render; show the story code instead.
  parameters: { docs: { source: { type: 'code' } } },
  decorators: [(Story) => <div style={{ padding: 16, maxWidth: 960 }}>{Story()}</div>],
} satisfies Meta<typeof BreadcrumbTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story['play']>;

/** Presses Tab until the element has focus, as a keyboard user would reach it. */
async function tabTo(element: HTMLElement, most = 60) {
  for (let i = 0; i < most && document.activeElement !== element; i++) await userEvent.tab();
  await expect(element).toHaveFocus();
}

const light = { globals: { theme: 'light' } } as const;
const dark = { globals: { theme: 'dark' } } as const;

// Built on first use and kept: 100k breadcrumbs are costly to make for every render.
let huge: ReturnType<typeof eventWith> | undefined;
const hugeEvent = () => {
  huge ??= eventWith(generateBreadcrumbs(100_000));
  return huge;
};

const playQueries: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 101 of 101');
  const rows = within(canvas.getByRole('list', { name: 'Breadcrumbs' })).getAllByRole('listitem');
  await expect(rows[0]).toHaveTextContent('This event');
  const search = canvas.getByRole('searchbox', { name: 'Search breadcrumbs' });
  await tabTo(search);
  await userEvent.keyboard('savepoint');
  await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/Showing \d+ of 101 \(filtered\)/));
  for (const row of within(canvas.getByRole('list', { name: 'Breadcrumbs' })).getAllByRole('listitem')) {
    await expect(row).toHaveTextContent(/SAVEPOINT/);
  }
};

/** Python (bugsink): 100 SQL query breadcrumbs before the error; search by keyboard. */
export const PythonQueriesLight: Story = { ...light, args: { event: platformEvents.pythonBreadcrumbs }, play: playQueries };
/** Python queries in the dark theme. */
export const PythonQueriesDark: Story = { ...dark, args: { event: platformEvents.pythonBreadcrumbs }, play: playQueries };

const playLogMessage: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 74 of 74');
  const error = within(canvas.getByRole('group', { name: 'Level' })).getByRole('button', { name: 'Error 36' });
  await tabTo(error);
  await userEvent.keyboard('{Enter}');
  await expect(error).toHaveAttribute('aria-pressed', 'true');
  await expect(args.onLevelsChange).toHaveBeenCalledWith(['error']);
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 36 of 74 (filtered)');
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 74 of 74');
};

/** Python log messages (bugsink): 73 breadcrumbs of queries, logs and logged errors; filter by level with the keyboard. */
export const PythonLogMessageLight: Story = { ...light, play: playLogMessage };
/** Python log messages in the dark theme. */
export const PythonLogMessageDark: Story = { ...dark, play: playLogMessage };

const playCheckout: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('POST /authorize returned 504')).toBeVisible();
  await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Time' }), 'Absolute');
  await expect(canvas.getByText('9:14:58.000 AM')).toBeVisible();
};

/** Python checkout (bugsink): three breadcrumbs with types set by the SDK; absolute times in UTC. */
export const PythonCheckoutLight: Story = { ...light, args: { event: platformEvents.python }, play: playCheckout };
/** Python checkout in the dark theme. */
export const PythonCheckoutDark: Story = { ...dark, args: { event: platformEvents.python }, play: playCheckout };

const mixed = eventWith(generateBreadcrumbs(36));

const playMixed: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const http = within(canvas.getByRole('group', { name: 'Kind' })).getByRole('button', { name: /^HTTP 6$/ });
  await tabTo(http);
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 6 of 37 (filtered)');
  const toggle = canvas.getByRole('button', { name: 'Data of HTTP breadcrumb: POST /api/orders/32 → 201' });
  await tabTo(toggle);
  await userEvent.keyboard('{Enter}');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = canvasElement.ownerDocument.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
  await expect(within(panel).getByText('request_body_size')).toBeVisible();
  await expect(within(panel).getByText('544')).toBeVisible();
};

/** Generated timeline of every common kind (navigation, ui.click, http, console, query, error); filter and expand by keyboard. */
export const MixedKindsLight: Story = { ...light, args: { event: mixed }, play: playMixed };
/** Mixed kinds in the dark theme. */
export const MixedKindsDark: Story = { ...dark, args: { event: mixed }, play: playMixed };

const playNoMatch: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await userEvent.type(canvas.getByRole('searchbox', { name: 'Search breadcrumbs' }), 'no breadcrumb says this');
  await expect(await canvas.findByText('No breadcrumbs match the filters.')).toBeVisible();
  await tabTo(canvas.getByRole('button', { name: 'Clear filters' }));
  await userEvent.keyboard('{Enter}');
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 37 of 37');
};

/** Filters that match nothing say so and offer to clear them. */
export const NoMatchesLight: Story = { ...light, args: { event: mixed }, play: playNoMatch };
/** No matches in the dark theme. */
export const NoMatchesDark: Story = { ...dark, args: { event: mixed }, play: playNoMatch };

const playEmpty: Play = async ({ canvasElement }) => {
  await expect(within(canvasElement).getByText('No breadcrumbs were recorded before this event.')).toBeVisible();
};

/** An event without breadcrumbs (Go, bugsink). */
export const EmptyLight: Story = { ...light, args: { event: platformEvents.go }, play: playEmpty };
/** Empty in the dark theme. */
export const EmptyDark: Story = { ...dark, args: { event: platformEvents.go }, play: playEmpty };

const playHuge: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('status')).toHaveTextContent('Showing 100,001 of 100,001');
  const list = canvas.getByRole('list', { name: 'Breadcrumbs' });
  await expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);
  const scroller = canvas.getByRole('region', { name: 'Breadcrumbs list' });
  await tabTo(scroller);
  // Synthetic key events do not scroll, so do what End does in a real browser; rows are measured as they come.
  await waitFor(
    async () => {
      scroller.scrollTop = scroller.scrollHeight;
      await expect(within(list).getByText('/shop/0 → /cart?item=0')).toBeVisible();
    },
    { timeout: 5000 },
  );
  await expect(within(list).getAllByRole('listitem').length).toBeLessThan(60);
};

/** 100,000 generated breadcrumbs: only the visible window is rendered, also at the oldest end of the list. */
export const HugeLight: Story = { ...light, render: (args) => <BreadcrumbTimeline {...args} event={hugeEvent()} />, play: playHuge };
/** Huge in the dark theme. */
export const HugeDark: Story = { ...dark, render: (args) => <BreadcrumbTimeline {...args} event={hugeEvent()} />, play: playHuge };

const hostile = eventWith(hostileBreadcrumbs(), { title: '<img src=x onerror=alert(1)> in checkout' });

const playHostile: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('javascript:alert(document.cookie) → javascript:alert(1)')).toBeVisible();
  await expect(canvas.getByText('<script>alert("xss")</script><b>bold?</b>')).toBeVisible();
  await userEvent.click(canvas.getByRole('button', { name: /^Data of Console breadcrumb/ }));
  await expect(canvas.getByRole('button', { name: 'Show all 100,000 characters' })).toBeVisible();
  await expect(canvasElement.querySelector('script, img, iframe, a, b, i, svg[onload]')).toBeNull();
};

/** Markup, script and `javascript:` URLs in messages and data, a 50k-character message, 150 data keys: all inert text. */
export const HostileLight: Story = { ...light, args: { event: hostile }, play: playHostile };
/** Hostile in the dark theme. */
export const HostileDark: Story = { ...dark, args: { event: hostile }, play: playHostile };

const malformed = {
  event_id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  timestamp: '2026-11-25T12:00:00Z',
  message: 'Checkout failed',
  breadcrumbs: { values: [{ timestamp: 'yesterday', message: { nested: true } }, 42, { timestamp: '2026-11-25T11:59:58Z', category: 'console', message: 'kept' }] },
};

const playMalformed: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText(/parts? of this event did not match the schema/)).toBeVisible();
  await expect(canvas.getByText('kept')).toBeVisible();
};

/** Malformed breadcrumbs: what was repaired or dropped is listed, what was readable still shows. */
export const MalformedLight: Story = { ...light, args: { event: malformed }, play: playMalformed };
/** Malformed in the dark theme. */
export const MalformedDark: Story = { ...dark, args: { event: malformed }, play: playMalformed };

/** Every breadcrumb of the sample shows, the event itself first (newest first), and the count says so. */
const playPlatform: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('status')).toHaveTextContent(/Showing ([\d,]+) of \1\b/);
  const rows = within(canvas.getByRole('list', { name: 'Breadcrumbs' })).getAllByRole('listitem');
  await expect(rows[0]).toHaveTextContent('This event');
};

/**
 * Node (recorded here by scripts/captureNodeEvent.ts) and Java. The JavaScript, Android, Cocoa
 * and native samples carry no breadcrumbs; their EventView and StackTraceView stories show them.
 */
export const NodeLight: Story = { ...light, args: { event: platformEvents.node }, play: playPlatform };
export const NodeDark: Story = { ...dark, args: { event: platformEvents.node }, play: playPlatform };
export const JavaLight: Story = { ...light, args: { event: platformEvents.javaMessage }, play: playPlatform };
export const JavaDark: Story = { ...dark, args: { event: platformEvents.javaMessage }, play: playPlatform };
