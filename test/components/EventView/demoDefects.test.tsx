import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventView } from '../../../src/components/EventView';
import { normalizeEvent } from '../../../src/core';
import chrome from '../../fixtures/events/sentry/javascript-xbrowser-chrome.json';
import nodeServer from '../../fixtures/events/faultline/node-http-server.json';

const NOW = Date.parse('2026-12-02T12:00:00Z');

// Issue 14, point 9: the demo defects of EventView, each on a real sample event.
describe('EventView demo defects', { timeout: 30_000 }, () => {
  it('never prints "undefined": an event re-read with `extra: undefined` has no Other fields row', () => {
    const canonical = normalizeEvent(nodeServer).value;
    // What a host does when it spreads a canonical event and leaves a field unset.
    const event = normalizeEvent({ ...canonical, extra: undefined, extraData: undefined }).value;
    expect(event.extra && 'extra' in event.extra).toBeFalsy();
    const { container } = render(<EventView event={event} now={NOW} />);
    const other = screen.queryByRole('region', { name: 'Other fields' });
    expect(other?.textContent ?? '').not.toMatch(/\bundefined\b/);
    // No value anywhere renders as the word (source lines may contain it; values may not).
    const values = Array.from(container.querySelectorAll('dd, [data-type]'), (node) => node.textContent?.trim());
    expect(values).not.toContain('undefined');
  });

  it("formats the App context's free_memory as bytes, as the Device context's", async () => {
    render(<EventView event={nodeServer} now={NOW} />);
    const contexts = screen.getByRole('region', { name: 'Contexts' });
    const user = userEvent.setup();
    const appTab = within(contexts).queryByRole('tab', { name: 'App' });
    if (appTab) await user.click(appTab);
    const app = within(contexts).getAllByText('free_memory')[0]!;
    const value = app.nextElementSibling?.textContent ?? '';
    expect(value).not.toContain('24042725376');
    expect(value).toMatch(/GiB|GB/);
  });

  it('shows the SDK integrations as a count behind a collapsed disclosure', async () => {
    render(<EventView event={nodeServer} now={NOW} />);
    const contexts = screen.getByRole('region', { name: 'Contexts' });
    const user = userEvent.setup();
    const sdkTab = within(contexts).queryByRole('tab', { name: 'SDK' });
    if (sdkTab) await user.click(sdkTab);
    const count = nodeServer.sdk.integrations.length;
    const toggle = within(contexts).getByRole('button', { name: `${count} integrations` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(contexts).queryByText(nodeServer.sdk.integrations[0]!)).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(contexts).getByText(nodeServer.sdk.integrations[0]!)).toBeInTheDocument();
  });

  it('names an unnamed frame "?" as Sentry does, with an accessible "unknown function"', () => {
    const { container } = render(<EventView event={chrome} now={NOW} />);
    const trace = screen.getByRole('region', { name: 'Stack trace' });
    expect(within(trace).getAllByText('unknown function').length).toBeGreaterThan(0);
    const names = Array.from(container.querySelectorAll('[data-slot="frame-function"]'), (node) => node.textContent);
    expect(names.some((name) => name?.startsWith('?'))).toBe(true);
    expect(container.textContent).not.toContain('<unknown>');
  });

  it('heads a captureMessage trace (mechanism generic, synthetic) with the message and says the SDK captured it', () => {
    const frames = (chrome.exception.values[0] as { stacktrace: unknown }).stacktrace;
    // The shape @sentry/browser sends for captureMessage('Checkout retried') with attachStacktrace.
    const event = {
      ...chrome,
      message: 'Checkout retried',
      level: 'info',
      exception: { values: [{ type: 'Error', value: 'Checkout retried', stacktrace: frames, mechanism: { type: 'generic', handled: true, synthetic: true } }] },
    };
    render(<EventView event={event} now={NOW} />);
    const trace = screen.getByRole('region', { name: 'Stack trace' });
    expect(within(trace).getByRole('heading', { name: 'Checkout retried' })).toBeInTheDocument();
    expect(within(trace).queryByRole('heading', { name: 'Error' })).toBeNull();
    expect(within(trace).getByText(/captured by the SDK/)).toBeInTheDocument();
    expect(within(trace).getByText(/no error was thrown/)).toBeInTheDocument();
  });
});
