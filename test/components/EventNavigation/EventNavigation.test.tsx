import { createRef } from 'react';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventNavigation } from '../../../src/components';
import type { Event } from '../../../src/core';
import { type EventNavigationClient, useEventNavigation } from '../../../src/hooks';

const ID = '9fac2ceed9344f2bbfdd1fdacb0ed9b1';

describe('EventNavigation', () => {
  it('is a toolbar whose arrow keys move between its buttons, with one tab stop', async () => {
    const user = userEvent.setup();
    render(<EventNavigation eventId={ID} targets={{ oldest: 'oldest', older: 'a1', newer: 'b2', latest: 'latest', recommended: 'recommended' }} />);
    expect(screen.getByRole('toolbar', { name: 'Event navigation' })).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Oldest event' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Newer event' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('button', { name: 'Recommended event' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Oldest event' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Recommended event' })).toHaveFocus();
    // Tab leaves the toolbar for the copy button.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy event ID' })).toHaveFocus();
  });

  it('navigates to the neighbour ids and the named events', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(<EventNavigation eventId={ID} targets={{ oldest: 'oldest', older: 'a1', newer: 'b2', latest: 'latest', recommended: 'recommended' }} onNavigate={onNavigate} />);
    await user.click(screen.getByRole('button', { name: 'Older event' }));
    await user.click(screen.getByRole('button', { name: 'Latest event' }));
    expect(onNavigate.mock.calls.map(([target, kind]) => [target, kind])).toEqual([
      ['a1', 'older'],
      ['latest', 'latest'],
    ]);
  });

  it('keeps buttons that lead nowhere focusable, marked off, with the reason as description', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    render(<EventNavigation eventId={ID} selected="latest" targets={{ oldest: 'oldest', older: 'a1', recommended: 'recommended' }} onNavigate={onNavigate} />);
    const newer = screen.getByRole('button', { name: 'Newer event' });
    expect(newer).toHaveAttribute('aria-disabled', 'true');
    expect(newer).toHaveAccessibleDescription('This is the latest event.');
    expect(screen.getByRole('button', { name: 'Oldest event' })).not.toHaveAttribute('aria-disabled');
    await user.click(newer);
    expect(onNavigate).not.toHaveBeenCalled();
  });

  it('renders links from eventHref with the id encoded, and no link for javascript:', () => {
    const { rerender } = render(<EventNavigation eventId={ID} targets={{ older: 'a/b?c', recommended: 'recommended' }} eventHref="#/issues/7/events/{eventId}" />);
    expect(screen.getByRole('link', { name: 'Older event' })).toHaveAttribute('href', '#/issues/7/events/a%2Fb%3Fc');
    expect(screen.getByRole('button', { name: 'Newer event' })).toHaveAttribute('aria-disabled', 'true');
    rerender(<EventNavigation eventId={ID} targets={{ older: 'a1' }} eventHref="javascript:alert('{eventId}')" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the event id to copy, and its loading and error states; forwards ref and className', () => {
    const ref = createRef<HTMLDivElement>();
    const { rerender } = render(<EventNavigation ref={ref} className="mine" eventId={ID} targets={{}} />);
    expect(screen.getByText('9fac2cee')).toHaveAttribute('title', ID);
    expect(ref.current).toHaveClass('fl-event-navigation', 'mine');
    rerender(<EventNavigation eventId={undefined} targets={{}} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading event…');
    expect(screen.getByRole('button', { name: 'Older event' })).toHaveAccessibleDescription('Waiting for the event to load.');
    rerender(<EventNavigation eventId={undefined} targets={{}} error={new Error('HTTP 404')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The event could not be loaded. HTTP 404');
  });
});

const eventOf = (eventId: string, extra: Partial<Event>): Event => ({ schema: 'faultline.event/1', eventId, title: 'E', exceptions: [], threads: [], breadcrumbs: [], contexts: {}, tags: [], ...extra });

describe('useEventNavigation', () => {
  it('loads the asked event and offers its neighbours; at the latest, newer and latest are off', async () => {
    const getIssueEvent = vi.fn<EventNavigationClient['getIssueEvent']>(async (params) => {
      const raw = { eventID: 'c3', previousEventID: 'b2', nextEventID: null };
      return { data: eventOf(params.eventId === 'latest' ? 'c3' : String(params.eventId), {}), problems: [], raw, url: '', status: 200 };
    });
    const client: EventNavigationClient = { getIssueEvent };
    const { result, rerender } = renderHook((props: { eventId: string }) => useEventNavigation({ client, organization: 'acme', issueId: '7', eventId: props.eventId }), {
      initialProps: { eventId: 'latest' },
    });
    expect(result.current.targets).toMatchObject({ oldest: 'oldest', latest: 'latest' });
    await waitFor(() => expect(result.current.eventId).toBe('c3'));
    expect(result.current.selected).toBe('latest');
    expect(result.current.targets).toEqual({ oldest: 'oldest', older: 'b2', newer: undefined, latest: undefined, recommended: 'recommended' });
    rerender({ eventId: 'b2' });
    await waitFor(() => expect(result.current.event?.eventId).toBe('b2'));
    expect(getIssueEvent).toHaveBeenLastCalledWith({ organization: 'acme', issueId: '7', eventId: 'b2', environment: undefined }, expect.anything());
  });
});
