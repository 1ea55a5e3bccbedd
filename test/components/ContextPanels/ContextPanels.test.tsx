import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ContextPanels } from '../../../src';
import { ROW_PAGE } from '../../../src/components/ContextPanels/PanelBody';
import { platformEvents } from '../../../stories/samples/events';
import { emptyEvent, hostileEvent, mobileEvent, scrubbedEvent } from '../../../stories/ContextPanels/contextEvents';

const FORMAT = { locale: 'en-US', timeZone: 'UTC' } as const;

// Role queries over a few hundred rows take seconds in jsdom when the shared machine is busy.
vi.setConfig({ testTimeout: 20_000 });

function definition(container: HTMLElement, label: string): HTMLElement {
  const term = within(container).getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

describe('ContextPanels tabs', () => {
  it('shows one tab per panel, the first selected, with formatted values', () => {
    render(<ContextPanels event={mobileEvent} {...FORMAT} />);
    const tabs = within(screen.getByRole('tablist', { name: 'Event context' })).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'Device',
      'App',
      'Operating System',
      'Graphics Processing Unit',
      'Culture',
      'Trace Details',
      'User',
      'Tags',
      'Feature Flags',
    ]);
    const panel = screen.getByRole('tabpanel', { name: 'Device' });
    expect(definition(panel, 'Memory')).toHaveTextContent('1.5 GiB free of 23.5 GiB');
    expect(definition(panel, 'Boot Time')).toHaveTextContent(/2 hours before the event/);
    expect(definition(panel, 'Charging')).toHaveTextContent('No');
    expect(definition(panel, 'Battery Level')).toHaveTextContent('48%');
  });

  it('moves between tabs with the arrow keys and reports the selection', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<ContextPanels event={mobileEvent} onValueChange={onValueChange} />);
    await user.click(screen.getByRole('tab', { name: 'Device' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'App' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'App' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'App' })).toHaveTextContent('io.faultline.demo');
    expect(onValueChange).toHaveBeenLastCalledWith('app');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Feature Flags' })).toHaveAttribute('aria-selected', 'true');
  });

  it('links tabs and panels for context keys with spaces and markup', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<ContextPanels event={{ contexts: { 'My Context': { a: 1 }, '<b>x</b> "y"': { b: 2 } } }} onValueChange={onValueChange} />);
    expect(screen.getByRole('tabpanel', { name: 'My Context' })).toHaveTextContent('a1');
    await user.click(screen.getByRole('tab', { name: '<b>x</b> "y"' }));
    expect(screen.getByRole('tabpanel', { name: '<b>x</b> "y"' })).toHaveTextContent('b2');
    expect(onValueChange).toHaveBeenCalledWith('<b>x</b> "y"');
  });

  it('follows a controlled selection', () => {
    const { rerender } = render(<ContextPanels event={mobileEvent} value="gpu" />);
    expect(screen.getByRole('tabpanel', { name: 'Graphics Processing Unit' })).toHaveTextContent('Metal');
    rerender(<ContextPanels event={mobileEvent} value="culture" />);
    expect(screen.getByRole('tab', { name: 'Culture' })).toHaveAttribute('aria-selected', 'true');
  });

  it.each(Object.entries(platformEvents))('renders the %s sample with a tab per panel, or the empty state', (_name, sample) => {
    render(<ContextPanels event={sample} />);
    const contexts = (sample as { contexts?: object }).contexts;
    if (contexts && Object.keys(contexts).length > 0) {
      const tabs = screen.getAllByRole('tab');
      expect(tabs.length).toBeGreaterThanOrEqual(Object.keys(contexts).length);
      expect(screen.getByRole('tabpanel', { name: tabs[0]?.textContent ?? '' })).toBeInTheDocument();
    } else {
      expect(screen.queryByRole('tablist') ?? screen.getByText('No context was sent with this event.')).toBeInTheDocument();
    }
  });
});

describe('ContextPanels grid', () => {
  it('shows every panel as a card region with a heading', () => {
    render(<ContextPanels event={mobileEvent} layout="grid" headingLevel={2} />);
    const device = screen.getByRole('region', { name: 'Device' });
    expect(within(device).getByRole('heading', { level: 2, name: 'Device' })).toBeInTheDocument();
    expect(definition(device, 'Screen Resolution')).toHaveTextContent('1170x2532');
    expect(screen.getByRole('region', { name: 'Operating System' })).toHaveTextContent('21B101');
    expect(screen.getAllByRole('region')).toHaveLength(9);
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('puts request groups under their own headings', () => {
    render(<ContextPanels event={scrubbedEvent} layout="grid" />);
    const request = screen.getByRole('region', { name: 'HTTP Request' });
    const headings = within(request).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Query String', 'Headers', 'Cookies']);
  });
});

describe('ContextPanels secrets and scrubbing', () => {
  it('marks values Sentry filtered, with the rule as the description and nothing to reveal', () => {
    render(<ContextPanels event={scrubbedEvent} defaultValue="request" />);
    const panel = screen.getByRole('tabpanel', { name: 'HTTP Request' });
    const forwarded = within(definition(panel, 'X-Forwarded-For')).getByRole('note', { name: 'Filtered by Sentry' });
    expect(forwarded).toHaveAccessibleDescription('Replaced by rule @ip:replace');
    expect(forwarded).toHaveAttribute('data-masked', 'sentry');
    expect(definition(panel, 'X-Forwarded-For')).not.toHaveTextContent('[Filtered]');
    expect(within(definition(panel, 'password')).getByRole('note', { name: 'Filtered by Sentry' })).toBeInTheDocument();
    expect(within(definition(panel, 'password')).queryByRole('button')).toBeNull();
    expect(within(definition(panel, 'Content-Type')).queryByRole('note')).toBeNull();
  });

  it('masks secrets and reveals one value at a time', async () => {
    const user = userEvent.setup();
    const onRevealedChange = vi.fn();
    render(<ContextPanels event={scrubbedEvent} defaultValue="request" onRevealedChange={onRevealedChange} />);
    const panel = screen.getByRole('tabpanel', { name: 'HTTP Request' });
    expect(panel).not.toHaveTextContent('sk_live');
    expect(definition(panel, 'Authorization')).toHaveTextContent('hidden value');
    const reveal = screen.getByRole('button', { name: 'Reveal Authorization' });
    await user.click(reveal);
    expect(definition(panel, 'Authorization')).toHaveTextContent('Bearer sk_live_51Hx9');
    expect(screen.getByRole('button', { name: 'Hide Authorization' })).toHaveAttribute('aria-pressed', 'true');
    expect(definition(panel, 'sessionid')).not.toHaveTextContent('d2f1c0a9');
    expect(onRevealedChange).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Hide Authorization' }));
    expect(panel).not.toHaveTextContent('sk_live');
  });

  it('offers no reveal when the host app disallows it', () => {
    render(<ContextPanels event={scrubbedEvent} defaultValue="request" allowReveal={false} />);
    expect(screen.queryByRole('button', { name: /Reveal/ })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('sk_live');
  });
});

describe('ContextPanels tags', () => {
  it('shows tags as plain chips without onTagClick', () => {
    render(<ContextPanels event={mobileEvent} defaultValue="tags" />);
    const list = screen.getByRole('list', { name: 'Tags' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toContain('environment: production');
    expect(within(list).queryByRole('button')).not.toBeInTheDocument();
  });

  it('makes chips buttons that filter by key and value', async () => {
    const user = userEvent.setup();
    const onTagClick = vi.fn();
    render(<ContextPanels event={mobileEvent} defaultValue="tags" onTagClick={onTagClick} labels={{ 'tags.release': 'Release' }} />);
    await user.click(screen.getByRole('button', { name: 'Release: io.faultline.demo@4.2.0+420' }));
    expect(onTagClick).toHaveBeenCalledWith('release', 'io.faultline.demo@4.2.0+420');
    screen.getByRole('button', { name: 'os: iOS 17.1.2' }).focus();
    await user.keyboard('{Enter}');
    expect(onTagClick).toHaveBeenLastCalledWith('os', 'iOS 17.1.2');
  });

  it('marks scrubbed tags', () => {
    render(<ContextPanels event={scrubbedEvent} defaultValue="tags" />);
    const items = within(screen.getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('server_name: [Filtered] (filtered by Sentry)');
    expect(items[1]).toHaveAttribute('data-scrubbed');
  });
});

describe('ContextPanels hostile, huge and empty input', () => {
  it('renders markup and javascript: URLs as inert text', async () => {
    const user = userEvent.setup();
    const { container } = render(<ContextPanels event={hostileEvent} layout="grid" />);
    expect(container.querySelector('script, img, svg, b, i, u, em')).toBeNull();
    const request = screen.getByRole('region', { name: 'HTTP Request' });
    expect(definition(request, 'URL')).toHaveTextContent('javascript:alert(document.cookie)');
    expect(within(request).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Browser' })).toHaveTextContent('<script>alert("browser")</script>');
    expect(screen.getByRole('region', { name: '<b>custom</b>' })).toHaveTextContent('<a href="javascript:alert(3)">click</a>');
    expect(container.querySelector('a')).toBeNull();
    await user.click(screen.getByRole('button', { name: /Show all 5,000 characters/ }));
    expect(screen.getByRole('region', { name: '<b>custom</b>' })).toHaveTextContent('A'.repeat(5000));
  });

  it('links web request URLs safely', () => {
    render(<ContextPanels event={scrubbedEvent} defaultValue="request" />);
    const link = screen.getByRole('link', { name: 'https://shop.example.com/pay?step=2' });
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  });

  it('pages a panel of 100,000 rows, building only the rows it shows', async () => {
    const user = userEvent.setup();
    const headers = Array.from({ length: 100_000 }, (_, i) => [`X-Header-${i}`, `value ${i}`]);
    // The masking rule runs once per row built (headers and the URL): header calls count how many were.
    const maskSensitive = vi.fn((_name: string) => false);
    const headerCalls = () => maskSensitive.mock.calls.filter(([name]) => name.startsWith('X-Header-')).length;
    render(<ContextPanels event={{ request: { url: 'https://example.com', headers } }} maskSensitive={maskSensitive} />);
    const panel = screen.getByRole('tabpanel', { name: 'HTTP Request' });
    expect(within(panel).getAllByText(/^X-Header-/)).toHaveLength(ROW_PAGE);
    expect(headerCalls()).toBe(ROW_PAGE);
    await user.click(within(panel).getByRole('button', { name: `Show ${ROW_PAGE} more of ${(100_000 - ROW_PAGE).toLocaleString('en-US')}` }));
    expect(within(panel).getAllByText(/^X-Header-/)).toHaveLength(2 * ROW_PAGE);
    expect(within(panel).getByText('X-Header-399')).toBeInTheDocument();
    expect(headerCalls()).toBe(2 * ROW_PAGE);
  }, 30_000);

  it('shows the empty state when the event has no context', () => {
    render(<ContextPanels event={emptyEvent} empty="Nothing to show" />);
    expect(screen.getByText('Nothing to show')).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('shows problems with the context next to what could be read, never a blank area', () => {
    render(<ContextPanels event={{ contexts: { device: 5, os: { name: 'Linux' } }, user: 'nobody' }} />);
    expect(screen.getByText(/2 parts of this event's context did not match the schema/)).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Operating System' })).toBeInTheDocument();
    render(<ContextPanels event="not an event" />);
    expect(screen.getByText(/1 part of this event's context did not match/)).toBeInTheDocument();
    expect(screen.getByText('No context was sent with this event.')).toBeInTheDocument();
  });

  it('forwards className, style, ref and native props to the root', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ContextPanels ref={ref} event={mobileEvent} className="mine" style={{ maxWidth: 600 }} data-testid="root" exclude={['tags']} />);
    expect(screen.getByTestId('root')).toHaveClass('fl', 'fl-context-panels', 'mine');
    expect(screen.getByTestId('root')).toHaveAttribute('data-layout', 'tabs');
    expect(screen.getByTestId('root')).toHaveStyle({ maxWidth: '600px' });
    expect(ref.current).toBe(screen.getByTestId('root'));
    expect(screen.queryByRole('tab', { name: 'Tags' })).not.toBeInTheDocument();
  });
});
