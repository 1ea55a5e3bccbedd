import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IssueList } from '../../../src/components';
import { useSentryIssues } from '../../../src/hooks/sentry';
import { createSentryClient, isSentryApiError, type SentryClient } from '../../../src/sentry';
import { sendJson, startServer, type TestServer } from '../../sentry/httpServer';
import { issuesRoute, makeIssues } from '../../sentry/sentryRoutes';

let server: TestServer;
let client: SentryClient;

beforeAll(async () => {
  server = await startServer(issuesRoute(makeIssues(7)));
  client = createSentryClient({ baseUrl: server.baseUrl, retry: { retries: 0 } });
});

afterAll(() => server.close());

/** What a portal page does: the hook's output straight into IssueList. */
function IssuesPortal({ client }: { client: SentryClient }) {
  const issues = useSentryIssues({ client, organization: 'acme' });
  return <IssueList issues={issues.data} loading={issues.loading} />;
}

/** Holds every request until `release` is called, so a test can act while one is in flight. */
function gate() {
  const waiting: (() => void)[] = [];
  let received = 0;
  let dropped = 0;
  const route = issuesRoute(makeIssues(7));
  server.handle((request, response) => {
    received++;
    // Before release, only the client's abort can close the connection.
    response.on('close', () => {
      if (!response.writableEnded) dropped++;
    });
    waiting.push(() => {
      if (!response.destroyed) route(request, response);
    });
  });
  return {
    get count() {
      return received;
    },
    /** Requests whose connection the client closed before an answer. */
    get dropped() {
      return dropped;
    },
    release: () => {
      for (const send of waiting.splice(0)) send();
    },
  };
}

describe('useSentryIssues over real HTTP', () => {
  it('goes loading → data with cursors and hits, then pages with nextCursor', async () => {
    server.handle(issuesRoute(makeIssues(7)));
    const { result, rerender } = renderHook((cursor: string | undefined) => useSentryIssues({ client, organization: 'acme', query: '', limit: 3, cursor }), {
      initialProps: undefined,
    });
    expect(result.current.loading).toBe(true);
    expect(result.current.data).toEqual([]);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data.map((issue) => issue.title)).toEqual(['Issue 1', 'Issue 2', 'Issue 3']);
    expect(result.current).toMatchObject({ nextCursor: '0:3:0', previousCursor: undefined, hits: 7, error: undefined });
    rerender(result.current.nextCursor);
    // The first page stays on screen while the second loads, so the list does not flash empty.
    expect(result.current.loading).toBe(true);
    expect(result.current.data).toHaveLength(3);
    await waitFor(() => expect(result.current.data[0]?.title).toBe('Issue 4'));
    expect(result.current.previousCursor).toBe('0:0:1');
  });

  it('does not fetch again when rerendered with equal options in a new object', async () => {
    server.handle(issuesRoute(makeIssues(7)));
    const { result, rerender } = renderHook(() => useSentryIssues({ client, organization: 'acme', environment: ['prod'] }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    const sent = server.received.length;
    rerender();
    rerender();
    expect(result.current.loading).toBe(false);
    expect(server.received.length).toBe(sent);
  });

  it('gives the typed error with its detail, and recovers on refetch', async () => {
    server.handle((_request, response) => sendJson(response, 403, { detail: 'You do not have permission to perform this action.' }));
    const { result } = renderHook(() => useSentryIssues({ client, organization: 'acme' }));
    await waitFor(() => expect(result.current.error).toBeDefined());
    const error = result.current.error;
    expect(isSentryApiError(error) && error.status).toBe(403);
    expect(isSentryApiError(error) && error.detail).toBe('You do not have permission to perform this action.');
    expect(result.current.loading).toBe(false);
    server.handle(issuesRoute(makeIssues(2)));
    act(() => result.current.refetch());
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data).toHaveLength(2));
    expect(result.current.error).toBeUndefined();
  });

  it('aborts the request in flight on a new query, so only the new answer lands', async () => {
    const held = gate();
    const { result, rerender } = renderHook((query: string) => useSentryIssues({ client, organization: 'acme', query }), { initialProps: 'Issue 1' });
    await waitFor(() => expect(held.count).toBe(1));
    rerender('Issue 7');
    await waitFor(() => expect(held.count).toBe(2));
    await waitFor(() => expect(held.dropped).toBe(1));
    held.release();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data.map((issue) => issue.title)).toEqual(['Issue 7']);
    expect(result.current.error).toBeUndefined();
  });

  it('aborts on unmount and runs nothing while disabled or without an organization', async () => {
    const held = gate();
    const before = server.received.length;
    const disabled = renderHook(() => useSentryIssues({ client, organization: 'acme', enabled: false }));
    const unnamed = renderHook(() => useSentryIssues({ client, organization: '' }));
    expect(disabled.result.current.loading).toBe(false);
    expect(unnamed.result.current.loading).toBe(false);
    const { unmount } = renderHook(() => useSentryIssues({ client, organization: 'acme' }));
    await waitFor(() => expect(held.count).toBe(1));
    unmount();
    await waitFor(() => expect(held.dropped).toBe(1));
    held.release();
    expect(server.received.length).toBe(before + 1);
  });

  it("feeds IssueList's issues prop directly", { timeout: 20_000 }, async () => {
    server.handle(issuesRoute(makeIssues(3)));
    // jsdom has no layout: give the scroller a viewport so the virtualizer renders rows.
    const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    try {
      render(<IssuesPortal client={client} />);
      expect(await screen.findByLabelText('Select PROJ-2: Issue 2', {}, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.getByLabelText('Select PROJ-3: Issue 3')).toBeInTheDocument();
    } finally {
      if (height) Object.defineProperty(HTMLElement.prototype, 'clientHeight', height);
    }
  });
});
