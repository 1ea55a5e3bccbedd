import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { ContextPanels } from '../../src';
import { platformEvents } from '../samples/events';
import { emptyEvent, hostileEvent, mobileEvent, scrubbedEvent } from './contextEvents';

const meta = {
  title: 'Components/ContextPanels',
  component: ContextPanels,
  args: {
    event: mobileEvent,
    locale: 'en-US',
    timeZone: 'UTC',
    onTagClick: fn(),
    onValueChange: fn(),
    onRevealedChange: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ padding: 16, maxWidth: 1100 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ContextPanels>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story['play']>;

const light = { globals: { theme: 'light' } } as const;
const dark = { globals: { theme: 'dark' } } as const;

/** Radix tabs: focus the first tab, then ArrowRight through every tab and back to the first. */
const arrowThroughTabs: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const tabs = within(canvas.getByRole('tablist', { name: 'Event context' })).getAllByRole('tab');
  tabs[0]?.focus();
  for (const tab of [...tabs.slice(1), tabs[0]]) {
    await userEvent.keyboard('{ArrowRight}');
    await expect(tab).toHaveFocus();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.getByRole('tabpanel', { name: tab?.textContent ?? '' })).toBeVisible();
  }
  if (tabs.length > 1) await expect(args.onValueChange).toHaveBeenCalled();
};

/** The mobile device: formatted values, then arrow keys to the app's start time. */
const mobileTabs: Play = async (context) => {
  const canvas = within(context.canvasElement);
  const device = canvas.getByRole('tabpanel', { name: 'Device' });
  await expect(device).toHaveTextContent('1.5 GiB free of 23.5 GiB');
  await expect(device).toHaveTextContent('2 hours before the event');
  await expect(device).toHaveTextContent('48%');
  await arrowThroughTabs(context);
};

/** Grid: every panel a card region; a tag chip filters by key and value. */
const gridAndTagClick: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('region', { name: 'Device' })).toHaveTextContent('1.5 GiB free of 23.5 GiB');
  await expect(canvas.getByRole('region', { name: 'Graphics Processing Unit' })).toHaveTextContent('Metal');
  await userEvent.click(canvas.getByRole('button', { name: 'environment: production' }));
  await expect(args.onTagClick).toHaveBeenCalledWith('environment', 'production');
};

/** Secrets: masked until revealed, one at a time; values Sentry filtered say by which rule. */
const revealSecret: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const request = canvas.getByRole('tabpanel', { name: 'HTTP Request' });
  await expect(request).not.toHaveTextContent('sk_live');
  await expect(request).toHaveTextContent('Filtered by SentryReplaced by rule @ip:replace');
  await userEvent.click(canvas.getByRole('button', { name: 'Reveal Authorization' }));
  await expect(request).toHaveTextContent('Bearer sk_live_51Hx9');
  await expect(canvas.getByRole('button', { name: 'Hide Authorization' })).toHaveAttribute('aria-pressed', 'true');
  await expect(canvas.getByRole('button', { name: 'Reveal sessionid' })).toHaveAttribute('aria-pressed', 'false');
  await expect(args.onRevealedChange).toHaveBeenCalledTimes(1);
};

/** The host app disallows reveals: secrets stay masked with no button. */
const noReveal: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('tabpanel', { name: 'HTTP Request' })).toHaveTextContent('hidden value');
  await expect(canvas.queryByRole('button', { name: /^Reveal/ })).toBeNull();
  await expect(canvasElement).not.toHaveTextContent('sk_live');
};

/** Hostile values are text: no injected elements, the `javascript:` URL is no link. */
const inert: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector('script, img, svg, b, i, u, em, a')).toBeNull();
  const request = canvas.getByRole('region', { name: 'HTTP Request' });
  await expect(request).toHaveTextContent('javascript:alert(document.cookie)');
  await expect(within(request).queryByRole('link')).toBeNull();
  await expect(canvas.getByRole('region', { name: 'Browser' })).toHaveTextContent('<script>alert("browser")</script>');
};

const showsEmpty: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText('No context was sent with this event.')).toBeVisible();
  await expect(canvas.queryByRole('tablist')).toBeNull();
};

export const Mobile: Story = { ...light, play: mobileTabs };
export const MobileDark: Story = { ...dark, play: mobileTabs };
export const MobileGrid: Story = { ...light, args: { layout: 'grid' }, play: gridAndTagClick };
export const MobileGridDark: Story = { ...dark, args: { layout: 'grid' }, play: gridAndTagClick };
export const ScrubbedAndMasked: Story = { ...light, args: { event: scrubbedEvent, defaultValue: 'request' }, play: revealSecret };
export const ScrubbedAndMaskedDark: Story = { ...dark, args: { event: scrubbedEvent, defaultValue: 'request' }, play: revealSecret };
export const MaskedWithoutReveal: Story = { ...light, args: { event: scrubbedEvent, defaultValue: 'request', allowReveal: false }, play: noReveal };
export const MaskedWithoutRevealDark: Story = { ...dark, args: { event: scrubbedEvent, defaultValue: 'request', allowReveal: false }, play: noReveal };
export const Hostile: Story = { ...light, args: { event: hostileEvent, layout: 'grid' }, play: inert };
export const HostileDark: Story = { ...dark, args: { event: hostileEvent, layout: 'grid' }, play: inert };
export const HostileTabs: Story = { ...light, args: { event: hostileEvent }, play: arrowThroughTabs };
export const HostileTabsDark: Story = { ...dark, args: { event: hostileEvent }, play: arrowThroughTabs };
export const Empty: Story = { ...light, args: { event: emptyEvent }, play: showsEmpty };
export const EmptyDark: Story = { ...dark, args: { event: emptyEvent }, play: showsEmpty };

// Every platform sample that carries contexts, as sent by its SDK.
export const Python: Story = { ...light, args: { event: platformEvents.python }, play: arrowThroughTabs };
export const PythonDark: Story = { ...dark, args: { event: platformEvents.python }, play: arrowThroughTabs };
export const PythonContexts: Story = { ...light, args: { event: platformEvents.pythonContexts }, play: arrowThroughTabs };
export const PythonContextsDark: Story = { ...dark, args: { event: platformEvents.pythonContexts }, play: arrowThroughTabs };
export const PythonExceptionGroup: Story = { ...light, args: { event: platformEvents.pythonExceptionGroup }, play: arrowThroughTabs };
export const PythonExceptionGroupDark: Story = { ...dark, args: { event: platformEvents.pythonExceptionGroup }, play: arrowThroughTabs };
export const PythonBreadcrumbs: Story = { ...light, args: { event: platformEvents.pythonBreadcrumbs }, play: arrowThroughTabs };
export const PythonBreadcrumbsDark: Story = { ...dark, args: { event: platformEvents.pythonBreadcrumbs }, play: arrowThroughTabs };
export const PythonLogMessage: Story = { ...light, args: { event: platformEvents.pythonLogMessage }, play: arrowThroughTabs };
export const PythonLogMessageDark: Story = { ...dark, args: { event: platformEvents.pythonLogMessage }, play: arrowThroughTabs };
export const JavaMessage: Story = { ...light, args: { event: platformEvents.javaMessage }, play: arrowThroughTabs };
export const JavaMessageDark: Story = { ...dark, args: { event: platformEvents.javaMessage }, play: arrowThroughTabs };
export const CSharp: Story = { ...light, args: { event: platformEvents.csharp }, play: arrowThroughTabs };
export const CSharpDark: Story = { ...dark, args: { event: platformEvents.csharp }, play: arrowThroughTabs };
export const CSharpHeadersAsLists: Story = { ...light, args: { event: platformEvents.csharpHeadersAsLists, layout: 'grid' } };
export const CSharpHeadersAsListsDark: Story = { ...dark, args: { event: platformEvents.csharpHeadersAsLists, layout: 'grid' } };
export const Go: Story = { ...light, args: { event: platformEvents.go }, play: arrowThroughTabs };
export const GoDark: Story = { ...dark, args: { event: platformEvents.go }, play: arrowThroughTabs };
export const Php: Story = { ...light, args: { event: platformEvents.php }, play: arrowThroughTabs };
export const PhpDark: Story = { ...dark, args: { event: platformEvents.php }, play: arrowThroughTabs };
export const Crystal: Story = { ...light, args: { event: platformEvents.crystal }, play: arrowThroughTabs };
export const CrystalDark: Story = { ...dark, args: { event: platformEvents.crystal }, play: arrowThroughTabs };
export const Nonsense: Story = { ...light, args: { event: platformEvents.nonsense }, play: arrowThroughTabs };
export const NonsenseDark: Story = { ...dark, args: { event: platformEvents.nonsense }, play: arrowThroughTabs };
/**
 * JavaScript (a browser event with the browser and OS its SDK read) and Node (recorded here by
 * scripts/captureNodeEvent.ts). The Java, Android, Cocoa and native samples carry no contexts;
 * their EventView and StackTraceView stories show them.
 */
export const JavaScript: Story = { ...light, args: { event: platformEvents.javascriptContexts }, play: arrowThroughTabs };
export const JavaScriptDark: Story = { ...dark, args: { event: platformEvents.javascriptContexts }, play: arrowThroughTabs };
export const Node: Story = { ...light, args: { event: platformEvents.node }, play: arrowThroughTabs };
export const NodeDark: Story = { ...dark, args: { event: platformEvents.node }, play: arrowThroughTabs };
