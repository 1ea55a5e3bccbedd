// The server's time zone, locale and clock are not the viewer's. A page rendered on one and
// hydrated on the other must match exactly (React error #418 otherwise), then show the viewer's.
import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import issues from '../../fixtures/api/issues-list.json';
import visualshots from '../../fixtures/events/bugsink/visualshots-rich.json';

const RealDateTimeFormat = Intl.DateTimeFormat;
const realTimeZone = process.env.TZ;

/** Makes `locale` the runtime's default for dates, as LANG does for a whole process. */
function setDefaultLocale(locale: string) {
  const Patched = function withDefaultLocale(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new RealDateTimeFormat(locales ?? locale, options);
  } as unknown as typeof Intl.DateTimeFormat;
  Object.defineProperty(Patched, 'prototype', { value: RealDateTimeFormat.prototype });
  Object.defineProperty(Patched, 'supportedLocalesOf', { value: RealDateTimeFormat.supportedLocalesOf });
  Intl.DateTimeFormat = Patched;
}

/** A process of its own: a fresh copy of the kit (its clock, caches) in the given place and time. */
async function place(timeZone: string, locale: string, now: number) {
  process.env.TZ = timeZone;
  setDefaultLocale(locale);
  vi.setSystemTime(now);
  vi.resetModules();
  return import('../../../src/components');
}

type Kit = Awaited<ReturnType<typeof place>>;

// The issue is the fixture's; the event happened 2.4 hours before the server renders.
const SERVER_NOW = Date.parse('2026-06-20T11:39:00Z');
// The viewer opens the page 12 minutes later: 2.6 hours after the event rounds to 3.
const CLIENT_NOW = SERVER_NOW + 12 * 60_000;

function Page({ kit }: { kit: Kit }) {
  return (
    <main>
      <kit.IssueList issues={issues} issueHref="/errors/{id}" />
      <kit.EventView event={visualshots} issue={issues[0]} />
      <kit.RelativeTime date="2026-06-20T09:15:00Z" />
    </main>
  );
}

afterEach(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  Intl.DateTimeFormat = RealDateTimeFormat;
  process.env.TZ = realTimeZone;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('server rendering and hydration', { timeout: 60_000 }, () => {
  it('hydrates in another time zone, locale and minute without a mismatch, then shows the viewer’s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const consoleError = vi.spyOn(console, 'error');

    // A server has no DOM: the kit (and TanStack Virtual) pick their effects by that at import.
    vi.stubGlobal('document', undefined);
    const server = await place('America/Los_Angeles', 'de-AT', SERVER_NOW);
    const html = renderToString(<Page kit={server} />);
    vi.unstubAllGlobals();
    // React 18 warns about layout effects on the server; TanStack Table and Store chose theirs
    // when first imported here, with jsdom's document. A real server has none, so only that
    // warning is let through in this phase; hydration below allows no console error at all.
    const serverErrors = consoleError.mock.calls.filter((call) => !String(call[0]).includes('useLayoutEffect does nothing on the server'));
    expect(serverErrors).toEqual([]);
    consoleError.mockClear();
    // Until the browser's clock is known, the server prints the exact time in UTC and en-US.
    expect(html).toContain('Jun 20, 2026, 9:15:00 AM UTC');
    expect(html).not.toContain('GMT-7');
    expect(html).not.toMatch(/\d hours ago/);

    const client = await place('Asia/Tokyo', 'en-GB', CLIENT_NOW);
    // jsdom has no layout: give the list's scroller a viewport, as a browser would.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const recoverable: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <Page kit={client} />, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();

    // Mounted: the viewer's zone, locale and clock.
    const occurred = [...container.querySelectorAll('[data-slot="fact"]')].find((fact) => fact.querySelector('dt')?.textContent === 'Occurred');
    const time = occurred?.querySelector('time');
    const viewerExact = new RealDateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'long', timeZone: 'Asia/Tokyo' }).format(Date.parse('2026-06-20T09:15:00Z'));
    expect(time?.getAttribute('title')).toBe(viewerExact);
    expect(time?.textContent).toMatch(/^3 hours ago/);
    expect(container.querySelector('.fl-issue-list [data-column="lastSeen"] time')?.textContent).toMatch(/ago/);
    container.remove();
  });
});
