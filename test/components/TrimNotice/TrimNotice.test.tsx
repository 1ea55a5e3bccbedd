import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreadcrumbTimeline } from '../../../src/components/BreadcrumbTimeline';
import { StackTraceView } from '../../../src/components/StackTraceView';
import { getServerTrims } from '../../../src/components/TrimNotice';
import { normalizeEvent } from '../../../src/core';
import { trimEvent } from '../../../server/trim';
import javaChained from '../../fixtures/events/sentry/java-chained.json';

// A real event made too long, trimmed by the local server's own function: the sections must say
// what the server cut (issue 12, point 3: caps visible in the UI when they cut).
const frames = (javaChained as { exception: { values: { stacktrace: { frames: unknown[] } }[] } }).exception.values[0]!.stacktrace.frames;
const raw = {
  ...javaChained,
  exception: {
    values: Array.from({ length: 60 }, (_, i) => ({ type: `Level${i}Exception`, value: `link ${i}`, stacktrace: { frames: Array.from({ length: 30 }, (_, f) => frames[f % frames.length]) } })),
  },
  breadcrumbs: { values: Array.from({ length: 130 }, (_, i) => ({ category: 'log', message: `step ${i}`, timestamp: 1_700_000_000 + i })) },
};
const limits = { maxDepth: 40, maxStringLength: 16_384, maxContainerItems: 1000, maxExceptions: 50, maxFrames: 20, maxBreadcrumbs: 100, maxBytes: 8 * 1024 * 1024 };
const { event: trimmed } = trimEvent(raw, limits);

describe('TrimNotice', { timeout: 30_000 }, () => {
  it('counts the cuts from the server trim notes', () => {
    // 60 - 50 exceptions; each of the 50 kept traces lost 30 - 20 frames; 130 - 100 breadcrumbs.
    expect(getServerTrims(normalizeEvent(trimmed).value)).toEqual({ exceptions: 10, frames: 50 * 10, breadcrumbs: 30 });
    expect(getServerTrims(normalizeEvent(raw).value)).toEqual({ exceptions: 0, frames: 0, breadcrumbs: 0 });
  });

  it('StackTraceView says how many chained exceptions and frames the server cut', () => {
    render(<StackTraceView event={trimmed} />);
    const trace = screen.getByRole('region', { name: 'Stack trace' });
    const notes = within(trace).getAllByRole('note');
    const trim = notes.find((note) => note.textContent?.includes('cut by the server'));
    expect(trim).toHaveTextContent('10 chained exceptions were cut by the server; 500 frames were cut by the server.');
  });

  it('BreadcrumbTimeline says how many breadcrumbs the server cut', () => {
    render(<BreadcrumbTimeline event={trimmed} />);
    expect(screen.getByRole('note')).toHaveTextContent('30 breadcrumbs were cut by the server.');
  });

  it('says nothing for an event the server kept whole', () => {
    render(<BreadcrumbTimeline event={raw} />);
    expect(screen.queryByText(/cut by the server/)).toBeNull();
  });
});
