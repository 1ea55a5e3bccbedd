import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StackTraceView } from '../../../src';
import { hostileEvent, hugeFlatEvent, hugeRecursionEvent, sourceLinkFor, threadsEvent } from '../../../stories/StackTraceView/samples';
import { readJson } from '../../core/normalize/loadFixtures';
import { pythonChainedEvent } from '../../core/stacktrace/sampleEvents';

// The machine running the suite may be busy; rendering real fixtures in jsdom is not instant.
vi.setConfig({ testTimeout: 20_000 });

const fixture = (name: string) => readJson(`${__dirname}/../../fixtures/events/${name}.json`);
const frameList = (name: string | RegExp) => screen.getByRole('list', { name });
const frameTexts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .filter((item) => item.dataset.slot === 'frame')
    .map((item) => item.querySelector('[data-slot="frame-function"]')?.textContent);

describe('StackTraceView: exception header and chain', () => {
  it('shows type, value, handled badge and mechanism of each exception, causes in raised order with their own traces', () => {
    render(<StackTraceView event={fixture('sentry/java-chained')} />);
    const articles = screen.getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'org.apache.catalina.LifecycleException',
      'org.apache.catalina.LifecycleException',
      'java.net.BindException',
    ]);
    expect(within(articles[2] as HTMLElement).getByText('Caused by')).toBeInTheDocument();
    expect(within(articles[2] as HTMLElement).getByText('Address already in use')).toBeInTheDocument();
    expect(screen.getAllByRole('list', { name: /^Frames of/ })).toHaveLength(3);
  });

  it('marks unhandled crashes and names the mechanism', () => {
    render(<StackTraceView event={fixture('bugsink/visualshots-rich')} />);
    expect(screen.getByText('Unhandled')).toHaveAttribute('data-handled', 'false');
    expect(screen.getByText('generic')).toBeInTheDocument();
  });

  it('links Python causes and exceptions raised while handling another', () => {
    render(<StackTraceView event={pythonChainedEvent()} />);
    expect(screen.getByText('Caused by')).toBeInTheDocument();
    expect(screen.getByText('During handling of')).toBeInTheDocument();
  });
});

describe('StackTraceView: frames', () => {
  it('shows function, module, file:line:col and in-app emphasis', () => {
    render(<StackTraceView event={fixture('sentry/javascript-xbrowser-chrome')} />);
    const list = frameList(/^Frames of Error/);
    expect(frameTexts(list)[0]).toBe('Object.aha');
    const aha = within(list).getByText('Object.aha').closest('li') as HTMLElement;
    expect(within(aha).getByText('/tmp/test.html:18:13')).toBeInTheDocument();
    expect(aha).not.toHaveAttribute('data-in-app');
  });

  it('emphasises frames that are the app\'s own code', () => {
    render(<StackTraceView event={pythonChainedEvent()} />);
    const lookup = screen.getByRole('button', { name: /lookup/ }).closest('li') as HTMLElement;
    expect(lookup).toHaveAttribute('data-in-app', '');
    expect(within(lookup).getByText('in app')).toBeInTheDocument();
  });

  it('shows native addresses and image names', () => {
    render(<StackTraceView event={fixture('sentry/native-no-filenames')} defaultAppOnly={false} />);
    const list = screen.getAllByRole('list', { name: /^Frames of/ })[0] as HTMLElement;
    expect(list.querySelectorAll('[data-slot="frame-address"]').length).toBeGreaterThan(5);
    expect(list.querySelector('[data-slot="frame-image"]')?.textContent).toBeTruthy();
  });

  it('opens the crashing app frame by default with numbered source, the crashing line marked', () => {
    render(<StackTraceView event={fixture('bugsink/visualshots-rich')} />);
    const toggle = screen.getByRole('button', { name: /complete_with_code_only/, expanded: true });
    const details = screen.getByRole('group', { name: toggle.textContent ?? '' });
    expect(toggle).toHaveAttribute('aria-controls', details.id);
    const current = within(details).getByRole('listitem', { current: true });
    expect(current).toHaveTextContent('response.raise_for_status()');
    expect(current).toHaveAttribute('value', '88');
  });

  it('toggles frames with Enter and Space, showing local variables as a collapsible tree', async () => {
    const user = userEvent.setup();
    render(<StackTraceView event={fixture('bugsink/exception-group')} />);
    const toggle = screen.getByRole('button', { name: /_run_code/, expanded: false });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(details).getByText('Local variables')).toBeInTheDocument();
    const tree = within(details).getAllByRole('button', { expanded: false })[0] as HTMLElement;
    await user.click(tree);
    expect(tree).toHaveAttribute('aria-expanded', 'true');
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(details.id)).toBeNull();
  });

  it('folds system frames into a group that expands, and folds recursion', async () => {
    const user = userEvent.setup();
    render(<StackTraceView event={fixture('sentry/java-chained')} />);
    const [group] = screen.getAllByRole('button', { name: '13 more frames' });
    const firstList = screen.getAllByRole('list', { name: /^Frames of/ })[0] as HTMLElement;
    expect(frameTexts(firstList)).toHaveLength(1);
    await user.click(group as HTMLElement);
    expect(group).toHaveAttribute('aria-expanded', 'true');
    expect(frameTexts(firstList)).toHaveLength(14);
    expect(document.getElementById(group?.getAttribute('aria-controls') ?? '')).toHaveAttribute('data-level', '1');

    render(<StackTraceView event={fixture('sentry/native2-boost')} />);
    const recursion = screen.getByRole('button', { name: 'this frame repeated 14 times' });
    const before = document.querySelectorAll('[data-slot="frame"]').length;
    await user.click(recursion);
    expect(document.querySelectorAll('[data-slot="frame"]').length).toBe(before + 13);
  });

  it('links frames to the host code browser only through http(s) URLs', () => {
    render(<StackTraceView event={hostileEvent()} getSourceLink={sourceLinkFor} defaultAppOnly={false} />);
    const links = screen.getAllByRole('link', { name: /Open source/ });
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^https:\/\/code\.example\.com\//));
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
  });
});

describe('StackTraceView: toolbar', () => {
  it('switches between app frames only and full', async () => {
    const user = userEvent.setup();
    const onAppOnlyChange = vi.fn();
    render(<StackTraceView event={fixture('sentry/java-chained')} onAppOnlyChange={onAppOnlyChange} />);
    expect(screen.getByRole('button', { name: 'App frames', pressed: true })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Full' }));
    expect(onAppOnlyChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('button', { name: /more frames$/ })).toBeNull();
    expect(frameTexts(screen.getAllByRole('list', { name: /^Frames of/ })[0] as HTMLElement)).toHaveLength(14);
  });

  it('shows Full pressed and App frames unavailable, with the reason, when no frame is in-app', async () => {
    const user = userEvent.setup();
    const onAppOnlyChange = vi.fn();
    const frames = [
      { function: 'start', filename: 'lib.py', lineno: 1, in_app: false },
      { function: 'fail', filename: 'other.py', lineno: 2 },
    ];
    render(<StackTraceView event={{ exception: { values: [{ type: 'E', stacktrace: { frames } }] } }} onAppOnlyChange={onAppOnlyChange} />);
    expect(screen.getByRole('button', { name: 'Full', pressed: true })).toBeInTheDocument();
    const appFrames = screen.getByRole('button', { name: 'App frames', pressed: false });
    expect(appFrames).toHaveAttribute('aria-disabled', 'true');
    expect(appFrames).toHaveAccessibleDescription(/No frame is marked as the app’s own code/);
    await user.click(appFrames);
    expect(onAppOnlyChange).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'Stack trace' })).not.toHaveAttribute('data-app-only');
    expect(frameTexts(frameList(/^Frames of/))).toEqual(['fail', 'start']);
  });

  it('orders frames newest or oldest first; controlled order waits for the parent', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<StackTraceView event={fixture('sentry/javascript-xbrowser-chrome')} />);
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(frameTexts(frameList(/^Frames of/))[9]).toBe('Object.aha');
    unmount();
    const onOrderChange = vi.fn();
    render(<StackTraceView event={fixture('sentry/javascript-xbrowser-chrome')} order="newest-first" onOrderChange={onOrderChange} />);
    await user.click(screen.getByRole('button', { name: 'Oldest first' }));
    expect(onOrderChange).toHaveBeenCalledWith('oldest-first');
    expect(frameTexts(frameList(/^Frames of/))[0]).toBe('Object.aha');
  });

  it('shows the raw text and copies it and the Markdown report', async () => {
    const user = userEvent.setup();
    render(<StackTraceView event={fixture('bugsink/visualshots-rich')} />);
    await user.click(screen.getByRole('button', { name: 'Raw' }));
    const raw = screen.getByRole('region', { name: 'Raw stack trace' });
    expect(raw).toHaveTextContent(/^Traceback \(most recent call last\):/);
    expect(screen.queryByRole('list', { name: /^Frames of/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Copy raw/ }));
    expect(await navigator.clipboard.readText()).toBe(raw.textContent);
    await user.click(screen.getByRole('button', { name: /^Copy Markdown/ }));
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toMatch(/^## VisualshotsCheckoutError/);
    expect(markdown).toContain('```');
  });

  it('picks a thread: crashed one first, another shows its own stack', async () => {
    const user = userEvent.setup();
    const onSelectedThreadChange = vi.fn();
    render(<StackTraceView event={threadsEvent()} onSelectedThreadChange={onSelectedThreadChange} />);
    const picker = screen.getByRole('combobox', { name: 'Thread' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'worker (crashed)',
      'main',
      'com.apple.uikit.eventfetch-thread',
    ]);
    expect(screen.getByRole('heading', { name: 'EXC_BAD_ACCESS' })).toBeInTheDocument();
    await user.selectOptions(picker, 'com.apple.uikit.eventfetch-thread');
    expect(onSelectedThreadChange).toHaveBeenCalledWith('thread:1');
    expect(screen.getByRole('heading', { name: 'com.apple.uikit.eventfetch-thread' })).toBeInTheDocument();
    expect(screen.getByText('mach_msg_trap')).toBeInTheDocument();
  });

  it('has no thread picker when the event has no threads', () => {
    render(<StackTraceView event={fixture('bugsink/visualshots-rich')} />);
    expect(screen.queryByRole('combobox', { name: 'Thread' })).toBeNull();
  });
});

describe('StackTraceView: huge, hostile, empty and malformed input', () => {
  it('virtualizes a 10,000-frame trace and folds 10,000 frames of recursion to a few rows', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<StackTraceView event={hugeFlatEvent()} />);
    const rows = document.querySelectorAll('[data-slot="frame"]');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(100);
    expect(rows[0]).toHaveAttribute('aria-setsize', '10000');
    expect(screen.getByText('step9999')).toBeInTheDocument();
    unmount();

    render(<StackTraceView event={hugeRecursionEvent()} />);
    expect(document.querySelectorAll('[data-slot="frame"]').length).toBeLessThan(10);
    await user.click(screen.getByRole('button', { name: 'these 3 frames repeated 3,332 times' }));
    const opened = document.querySelectorAll('[data-slot="frame"]');
    expect(opened.length).toBeLessThan(100);
    expect(opened[0]).toHaveAttribute('aria-setsize');
    expect(screen.getByRole('button', { name: /repeated 3,332 times/, expanded: true })).toBeInTheDocument();
  }, 30_000);

  it('keeps focus on a fold whose opening makes the list long enough to virtualize', async () => {
    const user = userEvent.setup();
    render(<StackTraceView event={hugeRecursionEvent()} />);
    const fold = screen.getByRole('button', { name: 'these 3 frames repeated 3,332 times' });
    fold.focus();
    await user.keyboard('{Enter}');
    expect(document.querySelector('[data-slot="frame-scroller"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: /repeated 3,332 times/, expanded: true })).toBe(fold);
    expect(fold).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(fold).toHaveFocus();
  }, 30_000);

  it('keeps the focused row rendered when the virtual list scrolls it out of view', async () => {
    const user = userEvent.setup();
    render(<StackTraceView event={hugeFlatEvent()} />);
    const crashing = screen.getByRole('button', { name: /step9999/ });
    await user.click(crashing);
    expect(crashing).toHaveFocus();
    const scroller = document.querySelector('[data-slot="frame-scroller"]') as HTMLElement;
    scroller.scrollTop = 9_000 * 34;
    await act(async () => {
      scroller.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(screen.getByText('step1000')).toBeInTheDocument());
    expect(crashing).toBeInTheDocument();
    expect(crashing).toHaveFocus();
  }, 30_000);

  it('renders HTML and script in every string as inert text', () => {
    const { container } = render(<StackTraceView event={hostileEvent()} getSourceLink={sourceLinkFor} />);
    expect(container.querySelector('img, script, iframe, style, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('<script>alert("xss")</script>Error');
    expect(screen.getByText('<iframe src="javascript:alert(1)">')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Show all 5,060 characters/ })).toBeInTheDocument();
    expect(screen.getAllByRole('note', { name: 'Filtered by Sentry' }).length).toBeGreaterThan(0);
  });

  it('shows a clear empty state for an event without exception, threads or trace', () => {
    render(<StackTraceView event={{ message: 'hello' }} />);
    expect(screen.getByRole('region', { name: 'Stack trace' })).toHaveAttribute('data-state', 'empty');
    expect(screen.getByText(/This event has no stack trace/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raw' })).toBeNull();
  });

  it('shows what the normalizer repaired or dropped, and an exception without frames says so', () => {
    render(<StackTraceView event={{ exception: { values: [{ type: 'X', value: 'y', stacktrace: { frames: 'nope' } }] } }} />);
    expect(screen.getByText(/did not match the schema/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'X' })).toBeInTheDocument();
    expect(screen.getByText('No stack trace was sent for this exception.')).toBeInTheDocument();
  });

  it('never throws on input that is not an event', () => {
    for (const input of [null, 42, 'text', [], { exception: 'no' }, { threads: { values: [{ stacktrace: null }] } }]) {
      const { unmount } = render(<StackTraceView event={input} />);
      expect(screen.getByRole('region', { name: 'Stack trace' })).toBeInTheDocument();
      unmount();
    }
  });
});
