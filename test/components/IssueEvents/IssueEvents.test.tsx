import { createRef } from 'react';
import { render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssueEvents } from '../../../src/components';
import { type IssueEventsClient, useIssueEvents } from '../../../src/hooks';
import { EVENTS_NOW, sampleEvents } from '../../../stories/IssueEvents/sampleEvents';

describe('IssueEvents', () => {
  it('lists each event with its id, title, release, environment, user and tags', () => {
    render(<IssueEvents events={sampleEvents} now={EVENTS_NOW} />);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Event ID', 'Time', 'Title', 'Release', 'Environment', 'User', 'browser', 'os']);
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      sampleEvents[0]!.eventId!.slice(0, 8),
      expect.stringMatching(/^3 minutes ago/),
      "TypeError: Cannot read properties of undefined (reading 'cart')",
      'web@2.14.0',
      'production',
      'user0@example.com',
      'Chrome 120.0',
      'Windows 11',
    ]);
  });

  it('opens an event from its id button, from Enter, or from a row click', async () => {
    const user = userEvent.setup();
    const onEventOpen = vi.fn();
    render(<IssueEvents events={sampleEvents} onEventOpen={onEventOpen} now={EVENTS_NOW} />);
    const id = sampleEvents[1]!.eventId!.slice(0, 8);
    screen.getByRole('button', { name: `Open event ${id}` }).focus();
    await user.keyboard('{Enter}');
    expect(onEventOpen).toHaveBeenLastCalledWith(sampleEvents[1]);
    await user.click(screen.getAllByRole('cell', { name: 'Safari 17.2' })[0]!);
    expect(onEventOpen).toHaveBeenLastCalledWith(sampleEvents[2]);
    expect(onEventOpen).toHaveBeenCalledTimes(2);
  });

  it('links ids through eventHref and marks the current event', () => {
    render(<IssueEvents events={sampleEvents} eventHref="#/issues/7/events/{eventId}" currentEventId={sampleEvents[0]!.eventId} now={EVENTS_NOW} />);
    const id = sampleEvents[0]!.eventId!;
    expect(screen.getByRole('link', { name: `Open event ${id.slice(0, 8)}` })).toHaveAttribute('href', `#/issues/7/events/${id}`);
    expect(screen.getAllByRole('row')[1]).toHaveAttribute('aria-current', 'true');
  });

  it('applies the search on submit, not on every keystroke, and picks an environment', async () => {
    const user = userEvent.setup();
    const onQueryChange = vi.fn();
    const onEnvironmentChange = vi.fn();
    render(<IssueEvents events={sampleEvents} onQueryChange={onQueryChange} environments={['production', 'staging']} onEnvironmentChange={onEnvironmentChange} now={EVENTS_NOW} />);
    const search = within(screen.getByRole('search')).getByRole('searchbox', { name: 'Search events' });
    await user.type(search, 'browser:');
    expect(onQueryChange).not.toHaveBeenCalled();
    await user.type(search, '"Chrome 120.0"{Enter}');
    expect(onQueryChange).toHaveBeenCalledWith('browser:"Chrome 120.0"');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Environment' }), 'staging');
    expect(onEnvironmentChange).toHaveBeenCalledWith('staging');
  });

  it('pages with the Link header’s cursors; no previous page turns its button off', async () => {
    const user = userEvent.setup();
    const onPageChange = vi.fn();
    render(<IssueEvents events={sampleEvents} nextCursor="0:100:0" onPageChange={onPageChange} now={EVENTS_NOW} />);
    const pager = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect(onPageChange).toHaveBeenCalledWith('0:100:0');
  });

  it('has loading, error and empty states with a Clear search; forwards ref and className', async () => {
    const user = userEvent.setup();
    const ref = createRef<HTMLElement>();
    const onQueryChange = vi.fn();
    const { rerender } = render(<IssueEvents ref={ref} className="mine" events={undefined} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading events…');
    expect(ref.current).toHaveClass('fl-issue-events', 'mine');
    rerender(<IssueEvents events={[]} error={new Error('HTTP 500')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Events could not be loaded. HTTP 500');
    rerender(<IssueEvents events={[]} query="os:Plan9" onQueryChange={onQueryChange} />);
    expect(screen.getByText('No events match.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(onQueryChange).toHaveBeenCalledWith('');
  });

  it('prints markup in fields as text', () => {
    render(<IssueEvents events={[{ ...sampleEvents[0]!, title: '<img src=x onerror=alert(1)>' }]} eventHref="javascript:alert('{eventId}')" />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('useIssueEvents', () => {
  it('asks for the query, environment and cursor, and hands back the page’s cursors', async () => {
    const listIssueEvents = vi.fn<IssueEventsClient['listIssueEvents']>(async () => ({
      data: sampleEvents,
      problems: [],
      raw: [],
      url: '',
      status: 200,
      nextCursor: '0:100:0',
      previousCursor: undefined,
      hits: 8,
    }));
    // A stable client, as the options say: the request is keyed by the client's identity.
    const client: IssueEventsClient = { listIssueEvents };
    const { result } = renderHook(() => useIssueEvents({ client, organization: 'acme', issueId: '7', query: 'browser:Chrome', environment: '', cursor: '0:50:0' }));
    await waitFor(() => expect(result.current.events).toHaveLength(8));
    expect(result.current).toMatchObject({ nextCursor: '0:100:0', previousCursor: undefined, hits: 8 });
    expect(listIssueEvents.mock.calls[0]![0]).toMatchObject({ organization: 'acme', issueId: '7', query: 'browser:Chrome', environment: undefined, cursor: '0:50:0' });
  });
});
