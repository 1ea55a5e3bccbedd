import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BreadcrumbTimeline } from '../../../src';
import type { Breadcrumb } from '../../../src/core';
import { makeEvent } from '../../core/breadcrumbs/makeEvent';
import { eventFixtures, FIXTURES } from '../../core/normalize/loadFixtures';
import { fakeLayoutForFile } from '../fakeLayout';

// jsdom has no layout: give the scroller and rows sizes so the virtualizer has a window to fill.
const VIEWPORT = 600;
const ROW = 60;
fakeLayoutForFile({ viewport: VIEWPORT, row: ROW });

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, 'events', name), 'utf8'));

const crumbs: Breadcrumb[] = [
  { timestamp: '2024-03-04T11:59:50.000Z', category: 'navigation', data: { from: '/home', to: '/cart' } },
  { timestamp: '2024-03-04T11:59:55.000Z', category: 'ui.click', message: 'button#checkout.primary' },
  { timestamp: '2024-03-04T11:59:57.700Z', type: 'http', category: 'fetch', level: 'error', data: { method: 'get', url: '/api/x', status_code: 500 } },
  { timestamp: '2024-03-04T11:59:59.000Z', category: 'console', level: 'warning', message: 'Payment retry' },
];
const event = makeEvent({ breadcrumbs: crumbs });

const timeline = () => screen.getByRole('list', { name: 'Breadcrumbs' });
const rows = () => within(timeline()).getAllByRole('listitem');
const kindGroup = () => screen.getByRole('group', { name: 'Kind' });
const levelGroup = () => screen.getByRole('group', { name: 'Level' });

describe('BreadcrumbTimeline', () => {
  it('shows each breadcrumb with its kind as text, level, category, summary and time, the event itself last in time', () => {
    render(<BreadcrumbTimeline event={event} />);
    const [eventRow, consoleRow, httpRow, clickRow, navRow] = rows();
    expect(eventRow).toHaveAttribute('data-event');
    expect(eventRow).toHaveTextContent('This event');
    expect(eventRow).toHaveTextContent('TypeError: x is undefined');
    expect(consoleRow).toHaveTextContent(/Console.*console.*warning.*Payment retry/);
    expect(httpRow).toHaveTextContent('GET /api/x → 500');
    expect(httpRow).toHaveAttribute('data-level', 'error');
    expect(within(httpRow as HTMLElement).getByText('-2.3s')).toHaveAttribute('datetime', '2024-03-04T11:59:57.700Z');
    expect(clickRow).toHaveTextContent('button#checkout.primary');
    expect(navRow).toHaveTextContent('/home → /cart');
    expect(navRow?.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(navRow).toHaveAttribute('aria-posinset', '5');
    expect(navRow).toHaveAttribute('aria-setsize', '5');
  });

  it("marks the breadcrumbs Sentry trimmed, saying which field and from what length (real SDK event's _meta)", async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={fixture('bugsink/logmessage-w-params.json')} />);
    await user.type(screen.getByRole('searchbox', { name: /Search breadcrumbs/ }), 'storage_backend');
    // Seven breadcrumbs mention the table; Sentry trimmed one of them (index 21), the others are whole.
    expect(rows()).toHaveLength(7);
    const marked = rows().filter((row) => within(row).queryByText('Trimmed'));
    expect(marked).toHaveLength(1);
    expect(within(marked[0]!).getByText('Trimmed')).toHaveAttribute('title', 'message trimmed from 1,595 characters');
    expect(marked[0]).toHaveTextContent(/Trimmed: message trimmed from 1,595 characters/);
  });

  it('switches the order and shows absolute times in the given locale and zone', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={event} locale="en-GB" timeZone="UTC" />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'Oldest first');
    expect(rows()[0]).toHaveTextContent('/home → /cart');
    expect(rows().at(-1)).toHaveAttribute('data-event');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time' }), 'Absolute');
    expect(rows()[0]).toHaveTextContent('11:59:50.000');
  });

  it('filters by kind and by level with counts, and the status says how many show', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={event} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 5 of 5');
    const http = within(kindGroup()).getByRole('button', { name: 'HTTP 1' });
    await user.click(http);
    expect(http).toHaveAttribute('aria-pressed', 'true');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('GET /api/x → 500');
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 5 (filtered)');
    await user.click(http);
    await user.click(within(levelGroup()).getByRole('button', { name: 'Warning 1' }));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('Payment retry');
    // Kind counts follow the level filter, so each chip says what it would show.
    expect(within(kindGroup()).getByRole('button', { name: 'Console 1' })).toBeInTheDocument();
    expect(within(kindGroup()).queryByRole('button', { name: /^HTTP/ })).not.toBeInTheDocument();
  });

  it('searches message, category and data as the user types', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={event} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search breadcrumbs' }), 'checkout');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('button#checkout.primary');
    await user.clear(screen.getByRole('searchbox', { name: 'Search breadcrumbs' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search breadcrumbs' }), '/home');
    expect(rows()[0]).toHaveTextContent('/home → /cart');
  });

  it('says when nothing matches and clears the filters from there', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={event} defaultKinds={['http']} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search breadcrumbs' }), 'no such thing');
    expect(screen.getByText('No breadcrumbs match the filters.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Breadcrumbs' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rows()).toHaveLength(5);
    expect(screen.getByRole('searchbox', { name: 'Search breadcrumbs' })).toHaveValue('');
  });

  it('expands a breadcrumb data as a key/value tree by keyboard', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={event} />);
    const toggle = screen.getByRole('button', { name: 'Data of HTTP breadcrumb: GET /api/x → 500' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).not.toBeNull();
    const data = within(panel as HTMLElement);
    expect(data.getByText('status_code').nextElementSibling).toHaveTextContent('500');
    expect(data.getByText('method').nextElementSibling).toHaveTextContent('get');
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeInTheDocument();
  });

  it('shows an empty state when the event has no breadcrumbs', () => {
    render(<BreadcrumbTimeline event={makeEvent()} />);
    expect(screen.getByText('No breadcrumbs were recorded before this event.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the problems of malformed input instead of a blank area', () => {
    render(<BreadcrumbTimeline event={{ breadcrumbs: { values: [{ timestamp: 'yesterday', message: { nested: true } }, 42] } }} />);
    expect(screen.getByText(/did not match the schema/)).toBeInTheDocument();
    const garbage = render(<BreadcrumbTimeline event="not an event" aria-label="Broken" />);
    expect(within(garbage.container).getByText(/did not match the schema/)).toBeInTheDocument();
  });

  it('renders hostile strings as inert text', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const hostile = makeEvent({
      title: '<img src=x onerror=alert(1)>',
      breadcrumbs: [
        { timestamp: '2024-03-04T11:59:00Z', category: 'navigation', data: { from: '/', to: 'javascript:alert(1)' } },
        { timestamp: '2024-03-04T11:59:01Z', category: '<b>cat</b>', message: '<script>alert(1)</script>', data: { html: '<a href="javascript:alert(1)">x</a>' } },
        { timestamp: 'not a time', message: 'x'.repeat(1_000_000) },
      ],
    });
    const { container } = render(
      <div onClickCapture={onClick}>
        <BreadcrumbTimeline event={hostile} />
      </div>,
    );
    expect(screen.getByText('→ javascript:alert(1)', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(screen.getByText('<b>cat</b>')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('script, img, a, b')).toBeNull();
    // A million-character message is cut in the row and kept whole behind the data toggle.
    const long = rows().find((row) => row.textContent?.includes('xxxx'));
    expect(long?.querySelector('[data-slot="crumb-summary"]')?.textContent?.length).toBeLessThan(400);
    expect(within(long as HTMLElement).getByText('—')).toBeInTheDocument();
    await user.click(within(long as HTMLElement).getByRole('button', { name: /^Data of Default breadcrumb/ }));
    expect(within(long as HTMLElement).getByRole('button', { name: 'Show all 1,000,000 characters' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Data of Default breadcrumb: <script>/ }));
    expect(screen.getByText('<a href="javascript:alert(1)">x</a>')).toBeInTheDocument();
    expect(container.querySelector('a')).toBeNull();
  });

  it('renders only a window of 100k breadcrumbs', () => {
    const many: Breadcrumb[] = Array.from({ length: 100_000 }, (_, i) => ({
      timestamp: new Date(Date.parse('2024-03-04T10:00:00Z') + i * 10).toISOString(),
      category: 'console',
      message: `line ${i}`,
    }));
    render(<BreadcrumbTimeline event={makeEvent({ breadcrumbs: many })} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 100,001 of 100,001');
    const shown = rows();
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(40);
    expect(shown[1]).toHaveTextContent('line 99999');
    expect(shown[1]).toHaveAttribute('aria-setsize', '100001');
  }, 30_000);

  it('keeps the row with keyboard focus mounted when it scrolls out of the window', async () => {
    const user = userEvent.setup();
    const many: Breadcrumb[] = Array.from({ length: 1_000 }, (_, i) => ({
      timestamp: new Date(Date.parse('2024-03-04T11:00:00Z') + i * 1000).toISOString(),
      category: 'fetch',
      data: { method: 'GET', url: `/api/${i}`, status_code: 200 },
    }));
    render(<BreadcrumbTimeline event={makeEvent({ breadcrumbs: many })} />);
    const scroller = screen.getByRole('region', { name: 'Breadcrumbs list' });
    const scrollTo = (top: number) =>
      act(async () => {
        scroller.scrollTop = top;
        scroller.dispatchEvent(new Event('scroll'));
      });
    // Without focus, a row far above the window is not rendered.
    await scrollTo(30_000);
    expect(screen.queryByRole('button', { name: /GET \/api\/999 → 200$/ })).not.toBeInTheDocument();
    await scrollTo(0);
    const toggle = await screen.findByRole('button', { name: /GET \/api\/999 → 200$/ });
    await user.click(toggle);
    expect(toggle).toHaveFocus();
    await scrollTo(30_000);
    expect(toggle).toBeInTheDocument();
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('button', { name: /GET \/api\/998 → 200$/ })).not.toBeInTheDocument();
  }, 30_000);

  it('renders a real fixture with 73 breadcrumbs and filters it', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={fixture('bugsink/logmessage-w-params.json')} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 74 of 74');
    await user.click(within(kindGroup()).getByRole('button', { name: 'Query 35' }));
    expect(screen.getByRole('status')).toHaveTextContent('Showing 35 of 74');
    expect(rows().every((row) => row.getAttribute('data-kind') === 'query')).toBe(true);
  });

  it('follows controlled filters and reports changes', async () => {
    const user = userEvent.setup();
    const onKindsChange = vi.fn();
    render(<BreadcrumbTimeline event={event} kinds={['console']} onKindsChange={onKindsChange} />);
    expect(rows()).toHaveLength(1);
    await user.click(within(kindGroup()).getByRole('button', { name: 'UI 1' }));
    expect(onKindsChange).toHaveBeenCalledWith(['console', 'ui']);
    expect(rows()).toHaveLength(1);
  });

  it('renders every fixture event: a timeline with the event last, or the empty state', () => {
    for (const [name, payload] of eventFixtures()) {
      const { unmount } = render(<BreadcrumbTimeline event={payload} aria-label={name} />);
      const section = screen.getByRole('region', { name });
      const list = within(section).queryByRole('list', { name });
      if (list) {
        expect(within(list).getAllByRole('listitem')[0], name).toHaveAttribute('data-event');
      } else {
        expect(section, name).toHaveTextContent('No breadcrumbs were recorded before this event.');
      }
      unmount();
    }
  }, 120_000);
});
