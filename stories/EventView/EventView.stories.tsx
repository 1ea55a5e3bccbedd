import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventView } from '../../src';
import issues from '../../test/fixtures/api/issues-list.json';
import { platformEvents } from '../samples/events';

const NOW = Date.parse('2026-11-25T12:00:00Z');

const meta = {
  title: 'Components/EventView',
  component: EventView,
  args: { event: platformEvents.python, now: NOW, onTagClick: fn(), onSectionError: fn() },
  decorators: [
    (Story) => (
      <div style={{ padding: 16, maxWidth: 1100 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof EventView>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story['play']>;

const light = { globals: { theme: 'light' } } as const;
const dark = { globals: { theme: 'dark' } } as const;

/** The page shows its title and the sections this event has, each named by its heading. */
const showsPage: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const title = canvas.getByRole('heading', { level: 2 });
  await expect(canvas.getByRole('article', { name: title.textContent ?? '' })).toBeInTheDocument();
  await expect(canvas.getByRole('region', { name: 'Stack trace' })).toBeInTheDocument();
  await expect(canvas.getByRole('region', { name: 'Raw JSON' })).toBeInTheDocument();
};

/** The event id's copy button takes focus, and the raw JSON opens from its summary. */
const keyboardPath: Play = async (context) => {
  await showsPage(context);
  const canvas = within(context.canvasElement);
  const copy = canvas.getByRole('button', { name: 'Copy event ID' });
  copy.focus();
  await expect(copy).toHaveFocus();
  await userEvent.click(canvas.getByText('Show the event as JSON'));
  await expect(canvas.getByLabelText('Event JSON as sent')).toBeVisible();
};

/** Python with breadcrumbs, tags and contexts, and an issue's counts in the header. */
export const PythonWithIssue: Story = { ...light, args: { issue: issues[0] }, play: keyboardPath };
/** The same page in the dark theme. */
export const PythonWithIssueDark: Story = { ...dark, args: { issue: issues[0] }, play: keyboardPath };
/** JavaScript from a browser. */
export const JavaScript: Story = { ...light, args: { event: platformEvents.javascript }, play: showsPage };
/** Java with a chain of causes. */
export const JavaChained: Story = { ...dark, args: { event: platformEvents.java }, play: showsPage };
/** Android ANR with threads. */
export const Android: Story = { ...light, args: { event: platformEvents.android }, play: showsPage };
/** Cocoa (iOS) crash. */
export const Cocoa: Story = { ...dark, args: { event: platformEvents.cocoa }, play: showsPage };
/** Native crash with debug images. */
export const Native: Story = { ...light, args: { event: platformEvents.native }, play: showsPage };
/** .NET with request headers. */
export const CSharp: Story = { ...dark, args: { event: platformEvents.csharp }, play: showsPage };
/** Go with many contexts. */
export const Go: Story = { ...light, args: { event: platformEvents.go }, play: showsPage };
/** PHP (Laravel). */
export const Php: Story = { ...dark, args: { event: platformEvents.php }, play: showsPage };
/** Node (@sentry/node, captured by scripts/captureNodeEvent.ts): a chained error, runtime, OS and device contexts, the request. */
export const NodeServer: Story = {
  ...light,
  args: { event: platformEvents.node },
  play: async (context) => {
    await showsPage(context);
    const canvas = within(context.canvasElement);
    // The cause chain: the handler's Error and the TypeError that caused it.
    await expect(canvas.getAllByText('TypeError').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(/order for SKU-9 failed/).length).toBeGreaterThan(0);
    await expect(canvas.getAllByText('node').length).toBeGreaterThan(0);
    await expect(canvas.getAllByText(/\/orders\?sku=SKU-9/).length).toBeGreaterThan(0);
  },
};
/** Node in the dark theme. */
export const NodeServerDark: Story = { ...NodeServer, ...dark };
/** A logged message with parameters and no exception. */
export const LogMessage: Story = {
  ...light,
  args: { event: platformEvents.pythonLogMessage },
  play: async (context) => {
    await showsPage(context);
    await expect(within(context.canvasElement).getByRole('region', { name: 'Message' })).toBeInTheDocument();
  },
};

/** Input that is not an event: the problems and an empty page, never a blank area. */
export const NotAnEvent: Story = {
  ...light,
  args: { event: { exception: 'boom', breadcrumbs: 42, contexts: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/did not match the schema/)).toBeInTheDocument();
  },
};

/** Hostile text stays text: no markup runs, no `javascript:` link is made. */
export const Hostile: Story = {
  ...dark,
  args: {
    event: {
      event_id: 'f'.repeat(32),
      level: 'error',
      platform: 'javascript',
      message: '<img src=x onerror="alert(1)"><script>alert(1)</script>',
      environment: '<b>prod</b>',
      tags: { url: 'javascript:alert(1)', '<i>key</i>': '"><svg onload=alert(1)>' },
      exception: { values: [{ type: '<h1>Boom</h1>', value: '</pre><script>alert(1)</script>' }] },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script, [onerror], [onload], h1')).toBeNull();
    await expect(canvasElement.querySelector('a[href^="javascript:"]')).toBeNull();
  },
};
