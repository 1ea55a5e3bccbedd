import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { StackTraceView } from '../../src';
import { platformEvents } from '../samples/events';
import { emptyEvent, hostileEvent, hugeFlatEvent, hugeRecursionEvent, noAppFramesEvent, sourceLinkFor, threadsEvent } from './samples';

const meta = {
  title: 'Components/StackTraceView',
  component: StackTraceView,
  args: {
    event: platformEvents.python,
    onOrderChange: fn(),
    onAppOnlyChange: fn(),
    onExpandedChange: fn(),
    onSelectedThreadChange: fn(),
    onModeChange: fn(),
  },
  decorators: [
    (Story) => (
      <div style={{ padding: 16, maxWidth: 960 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof StackTraceView>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story['play']>;

const light = { globals: { theme: 'light' } } as const;
const dark = { globals: { theme: 'dark' } } as const;

/** Every platform story: a titled exception and a list of frames, the crashing frame open. */
const showsTrace: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0);
  await expect(canvas.getAllByRole('list', { name: /^Frames of/ }).length).toBeGreaterThan(0);
  await expect(canvas.getByRole('button', { name: 'Raw', pressed: false })).toBeInTheDocument();
};

/** Keyboard: open a closed frame with Enter, close it with Space. */
const toggleFrameByKeyboard: Play = async (context) => {
  await showsTrace(context);
  const { canvasElement } = context;
  const canvas = within(canvasElement);
  const toggle = canvas.getAllByRole('button', { expanded: false }).find((b) => b.dataset.slot === 'frame-toggle');
  if (toggle === undefined) throw new Error('no closed frame');
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const details = canvasElement.ownerDocument.getElementById(toggle.getAttribute('aria-controls') ?? '');
  await expect(details).toHaveAttribute('role', 'group');
  await expect(details).toBeVisible();
  await userEvent.keyboard(' ');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
};

/** Keyboard through the toolbar: Full shows folded frames, Oldest first reorders, Raw shows text. */
const toolbarByKeyboard: Play = async (context) => {
  await showsTrace(context);
  const canvas = within(context.canvasElement);
  await expect(canvas.getAllByRole('button', { name: /more frames?$/ }).length).toBeGreaterThan(0);
  canvas.getByRole('button', { name: 'Full' }).focus();
  await userEvent.keyboard(' ');
  await expect(canvas.getByRole('button', { name: 'Full', pressed: true })).toBeInTheDocument();
  await expect(canvas.queryByRole('button', { name: /more frames?$/ })).toBeNull();
  await userEvent.tab();
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Oldest first' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(context.args.onOrderChange).toHaveBeenCalledWith('oldest-first');
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await expect(canvas.getByRole('region', { name: 'Raw stack trace' })).toHaveTextContent(/Caused by:/);
};

export const Python: Story = { ...light, play: toggleFrameByKeyboard };
export const PythonDark: Story = { ...dark, play: toggleFrameByKeyboard };
export const PythonExceptionGroup: Story = { ...light, args: { event: platformEvents.pythonExceptionGroup }, play: showsTrace };
export const PythonExceptionGroupDark: Story = { ...dark, args: { event: platformEvents.pythonExceptionGroup }, play: showsTrace };
export const JavaScript: Story = { ...light, args: { event: platformEvents.javascript }, play: showsTrace };
export const JavaScriptDark: Story = { ...dark, args: { event: platformEvents.javascript }, play: showsTrace };
/** Node (@sentry/node, recorded by scripts/captureNodeEvent.ts): an error and the TypeError that caused it. */
export const Node: Story = { ...light, args: { event: platformEvents.node }, play: showsTrace };
export const NodeDark: Story = { ...dark, args: { event: platformEvents.node }, play: showsTrace };
export const JavaChained: Story = { ...light, args: { event: platformEvents.java }, play: toolbarByKeyboard };
export const JavaChainedDark: Story = { ...dark, args: { event: platformEvents.java }, play: toolbarByKeyboard };
export const Android: Story = { ...light, args: { event: platformEvents.android }, play: showsTrace };
export const AndroidDark: Story = { ...dark, args: { event: platformEvents.android }, play: showsTrace };
export const AndroidNative: Story = { ...light, args: { event: platformEvents.androidNative }, play: showsTrace };
export const AndroidNativeDark: Story = { ...dark, args: { event: platformEvents.androidNative }, play: showsTrace };
export const Cocoa: Story = { ...light, args: { event: platformEvents.cocoa }, play: showsTrace };
export const CocoaDark: Story = { ...dark, args: { event: platformEvents.cocoa }, play: showsTrace };
export const Native: Story = { ...light, args: { event: platformEvents.native }, play: showsTrace };
export const NativeDark: Story = { ...dark, args: { event: platformEvents.native }, play: showsTrace };
export const CSharp: Story = { ...light, args: { event: platformEvents.csharp }, play: showsTrace };
export const CSharpDark: Story = { ...dark, args: { event: platformEvents.csharp }, play: showsTrace };
export const Unity: Story = { ...light, args: { event: platformEvents.unity }, play: showsTrace };
export const UnityDark: Story = { ...dark, args: { event: platformEvents.unity }, play: showsTrace };
export const Go: Story = { ...light, args: { event: platformEvents.go }, play: showsTrace };
export const GoDark: Story = { ...dark, args: { event: platformEvents.go }, play: showsTrace };
export const Php: Story = { ...light, args: { event: platformEvents.php }, play: showsTrace };
export const PhpDark: Story = { ...dark, args: { event: platformEvents.php }, play: showsTrace };

/** The thread picker: the crashed thread first; another thread shows its own stack. */
const pickThread: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  const picker = canvas.getByRole('combobox', { name: 'Thread' });
  await expect(picker).toHaveDisplayValue('worker (crashed)');
  await expect(canvas.getByRole('heading', { name: 'EXC_BAD_ACCESS' })).toBeInTheDocument();
  await userEvent.selectOptions(picker, 'main');
  await expect(args.onSelectedThreadChange).toHaveBeenCalledWith('thread:0');
  await expect(canvas.getByRole('heading', { name: 'main' })).toBeInTheDocument();
  await expect(canvas.getByText('UIApplicationMain')).toBeVisible();
};

export const Threads: Story = { ...light, args: { event: threadsEvent() }, play: pickThread };
export const ThreadsDark: Story = { ...dark, args: { event: threadsEvent() }, play: pickThread };

const showsEmpty: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByText(/This event has no stack trace/)).toBeVisible();
  await expect(canvas.queryByRole('button', { name: 'Raw' })).toBeNull();
};

export const Empty: Story = { ...light, args: { event: emptyEvent }, play: showsEmpty };
export const EmptyDark: Story = { ...dark, args: { event: emptyEvent }, play: showsEmpty };

/** No in-app frame: the toolbar says Full, and App frames tells why it cannot apply. */
const noAppFrames: Play = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('button', { name: 'Full', pressed: true })).toBeInTheDocument();
  const appFrames = canvas.getByRole('button', { name: 'App frames', pressed: false });
  await expect(appFrames).toHaveAccessibleDescription(/No frame is marked as the app’s own code/);
  await userEvent.click(appFrames);
  await expect(args.onAppOnlyChange).not.toHaveBeenCalled();
};

export const NoAppFrames: Story = { ...light, args: { event: noAppFramesEvent() }, play: noAppFrames };
export const NoAppFramesDark: Story = { ...dark, args: { event: noAppFramesEvent() }, play: noAppFrames };

/** 10,000 frames of recursion fold to one cycle; opening the fold virtualizes the rows. */
const hugeRecursion: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const fold = canvas.getByRole('button', { name: 'these 3 frames repeated 3,332 times' });
  fold.focus();
  await userEvent.keyboard('{Enter}');
  // Opening the fold makes the list long enough to virtualize; the button and its focus stay.
  await waitFor(() => expect(fold).toHaveAttribute('aria-expanded', 'true'));
  await expect(fold).toHaveFocus();
  await expect(canvasElement.querySelector('[data-slot="frame-scroller"]')).not.toBeNull();
  await expect(canvasElement.querySelectorAll('[data-slot="frame"]').length).toBeLessThan(200);
};

// Huge events stay out of `args`: Storybook would serialize 10,000 frames to its manager.
const HUGE_RECURSION = hugeRecursionEvent();
const HUGE_FLAT = hugeFlatEvent();
const renderRecursion: Story['render'] = (args) => <StackTraceView {...args} event={HUGE_RECURSION} />;
const renderFlat: Story['render'] = (args) => <StackTraceView {...args} event={HUGE_FLAT} />;

export const HugeRecursion: Story = { ...light, render: renderRecursion, play: hugeRecursion };
export const HugeRecursionDark: Story = { ...dark, render: renderRecursion, play: hugeRecursion };

/** 10,000 distinct frames: only the rows in view exist; scrolling brings in others. */
const hugeFlat: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const scroller = canvasElement.querySelector('[data-slot="frame-scroller"]') as HTMLElement;
  await expect(canvasElement.querySelectorAll('[data-slot="frame"]').length).toBeLessThan(200);
  await expect(canvas.getByText('step9999')).toBeVisible();
  scroller.scrollTop = scroller.scrollHeight;
  await waitFor(() => expect(canvas.getByText('step0')).toBeInTheDocument());
};

export const HugeFlat: Story = { ...light, render: renderFlat, play: hugeFlat };
export const HugeFlatDark: Story = { ...dark, render: renderFlat, play: hugeFlat };

/** Markup in every string stays text; `javascript:` source links never become links. */
const hostile: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvasElement.querySelector('img, script, iframe, style, b')).toBeNull();
  await expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent('<img src=x onerror="alert(1)">');
  for (const link of canvas.getAllByRole('link')) await expect(link.getAttribute('href')).toMatch(/^https:/);
  await expect(canvas.getByText('<iframe src="javascript:alert(1)">')).toBeInTheDocument();
};

export const Hostile: Story = { ...light, args: { event: hostileEvent(), getSourceLink: sourceLinkFor }, play: hostile };
export const HostileDark: Story = { ...dark, args: { event: hostileEvent(), getSourceLink: sourceLinkFor }, play: hostile };
