import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StackTraceView } from '../../../src/components';
import { useSentryEvent } from '../../../src/hooks/sentry';
import { createSentryClient, isSentryApiError, type SentryClient } from '../../../src/sentry';
import { type Handler, sendJson, startServer, type TestServer } from '../../sentry/httpServer';
import { apiEvent } from '../../sentry/sentryRoutes';

let server: TestServer;
let client: SentryClient;

/** Each issue's events answer with the fixture event, its title naming the issue and event asked for. */
const eventsRoute: Handler = (request, response) => {
  const match = /^\/api\/0\/organizations\/acme\/issues\/([^/]+)\/events\/([^/]+)\/$/.exec(request.path);
  if (!match || match[1] === '404') {
    sendJson(response, 404, { detail: 'Event not found' });
    return;
  }
  sendJson(response, 200, { ...apiEvent, title: `event ${match[2]} of issue ${match[1]}` });
};

beforeAll(async () => {
  server = await startServer(eventsRoute);
  client = createSentryClient({ baseUrl: server.baseUrl, retry: { retries: 0 } });
});

afterAll(() => server.close());

/** What an event page does: the hook's output straight into a component's `event` prop. */
function EventPage({ client, issueId }: { client: SentryClient; issueId: string }) {
  const { data, loading } = useSentryEvent({ client, organization: 'acme', issueId, eventId: 'recommended' });
  return loading || data === undefined ? <p>Loading event…</p> : <StackTraceView event={data} />;
}

describe('useSentryEvent over real HTTP', () => {
  it('goes loading → the latest event by default, normalized, with the raw body', async () => {
    server.handle(eventsRoute);
    const { result } = renderHook(() => useSentryEvent({ client, organization: 'acme', issueId: '7' }));
    expect(result.current).toMatchObject({ loading: true, data: undefined, error: undefined });
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(server.received.at(-1)?.path).toBe('/api/0/organizations/acme/issues/7/events/latest/');
    expect(result.current.data).toMatchObject({ schema: 'faultline.event/1', title: 'event latest of issue 7' });
    expect(result.current.raw).toMatchObject({ eventID: apiEvent.eventID });
  });

  it("never shows the previous issue's event under a new one, and aborts its request", async () => {
    const waiting: (() => void)[] = [];
    let dropped = 0;
    server.handle((request, response) => {
      response.on('close', () => {
        if (!response.writableEnded) dropped++;
      });
      waiting.push(() => {
        if (!response.destroyed) eventsRoute(request, response);
      });
    });
    const { result, rerender } = renderHook((issueId: string) => useSentryEvent({ client, organization: 'acme', issueId, eventId: 'oldest' }), {
      initialProps: '1',
    });
    await waitFor(() => expect(waiting).toHaveLength(1));
    rerender('2');
    expect(result.current).toMatchObject({ loading: true, data: undefined });
    await waitFor(() => expect(waiting).toHaveLength(2));
    await waitFor(() => expect(dropped).toBe(1));
    for (const send of waiting.splice(0)) send();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data?.title).toBe('event oldest of issue 2');
  });

  it('gives a 404 as a typed error, and refetches', async () => {
    server.handle(eventsRoute);
    const { result } = renderHook(() => useSentryEvent({ client, organization: 'acme', issueId: '404', eventId: 'abc' }));
    await waitFor(() => expect(result.current.error).toBeDefined());
    const error = result.current.error;
    expect(isSentryApiError(error) && [error.kind, error.status, error.detail]).toEqual(['http', 404, 'Event not found']);
    const sent = server.received.length;
    act(() => result.current.refetch());
    await waitFor(() => expect(server.received.length).toBe(sent + 1));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data).toBeUndefined();
  });

  it('runs nothing without an issue id or while disabled', () => {
    const sent = server.received.length;
    const none = renderHook(() => useSentryEvent({ client, organization: 'acme', issueId: undefined }));
    const off = renderHook(() => useSentryEvent({ client, organization: 'acme', issueId: '1', enabled: false }));
    expect(none.result.current.loading).toBe(false);
    expect(off.result.current.loading).toBe(false);
    expect(server.received.length).toBe(sent);
  });

  it("feeds a component's event prop directly", async () => {
    server.handle(eventsRoute);
    render(<EventPage client={client} issueId="9" />);
    expect(screen.getByText('Loading event…')).toBeInTheDocument();
    const exception = (apiEvent.entries as { type: string; data: { values: { type: string }[] } }[]).find((entry) => entry.type === 'exception');
    const type = exception?.data.values.at(-1)?.type ?? '';
    expect(type).not.toBe('');
    expect((await screen.findAllByText(type, {}, { timeout: 5000 })).length).toBeGreaterThan(0);
  });
});
