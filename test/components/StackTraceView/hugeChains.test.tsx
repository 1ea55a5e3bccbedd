import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventView, StackTraceView } from '../../../src';
import { MAX_SHOWN_EXCEPTIONS } from '../../../src/core/stacktrace/exceptionChain';
import { chainedExceptionsEvent, flatExceptionsEvent } from '../../core/hostile/hugeEvents';

// 10,000 exceptions in jsdom on a shared machine: rendering is not instant.
vi.setConfig({ testTimeout: 60_000 });

const COUNT = 10_000;
// The chained event hangs every exception under Error0; the flat list raised its last one.
const events = [
  ['chained (mechanism parent ids)', chainedExceptionsEvent(COUNT), 0],
  ['flat (each the cause of the next)', flatExceptionsEvent(COUNT), COUNT - 1],
] as const;

describe.each(events)('%s: 10,000 exceptions', (_, event, raised) => {
  it(`StackTraceView shows the raised exception and its first causes, ${MAX_SHOWN_EXCEPTIONS} in all, and says where the rest are`, async () => {
    render(<StackTraceView event={event} />);
    const view = screen.getByRole('region', { name: 'Stack trace' });
    const articles = within(view).getAllByRole('article');
    expect(articles).toHaveLength(MAX_SHOWN_EXCEPTIONS);
    expect(within(articles[0] as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(`Error${raised}`);
    expect(within(view).getByRole('note')).toHaveTextContent(`… ${(COUNT - MAX_SHOWN_EXCEPTIONS).toLocaleString('en-US')} more exceptions not shown: the event's raw JSON lists every one.`);
    await userEvent.setup().click(within(view).getByRole('button', { name: 'Raw' }));
    const raw = within(view).getByRole('region', { name: 'Raw stack trace' });
    expect(raw).toHaveTextContent(`Error${raised}: failure ${raised}`);
    expect(raw).toHaveTextContent('more exceptions not shown');
  });

  it('EventView renders the stack trace section, not its error fallback', () => {
    render(<EventView event={event} />);
    const section = screen.getByRole('region', { name: 'Stack trace' });
    expect(within(section).getAllByRole('article')).toHaveLength(MAX_SHOWN_EXCEPTIONS);
    expect(within(section).getByRole('note')).toHaveTextContent('more exceptions not shown');
    expect(screen.queryByText(/could not be shown|went wrong/i)).not.toBeInTheDocument();
  });
});
