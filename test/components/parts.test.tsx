import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeFrame, CopyButton, KeyValueList, ProblemsNotice, RelativeTime, SectionBoundary, Sparkline } from '../../src';

const NOW = Date.parse('2026-11-25T12:00:00Z');

describe('RelativeTime', () => {
  it('shows the time relative to now with the exact time for hover and screen readers', () => {
    render(<RelativeTime date="2026-11-25T09:00:00Z" now={NOW} locale="en-GB" timeZone="UTC" />);
    const time = screen.getByText(/3 hours ago/);
    expect(time).toHaveAttribute('datetime', '2026-11-25T09:00:00.000Z');
    expect(time.getAttribute('title')).toMatch(/25 Nov 2026.*09:00:00 UTC/);
    expect(time).toHaveTextContent(/3 hours ago \(25 Nov 2026.*\)/);
  });

  it('shows a fallback for a missing or invalid date instead of "Invalid Date"', () => {
    render(<RelativeTime date="not a date" now={NOW} />);
    expect(screen.getByText('—')).toHaveAttribute('data-state', 'invalid');
  });
});

describe('CopyButton', () => {
  it('copies its text and says so', async () => {
    const user = userEvent.setup();
    const onCopied = vi.fn();
    render(<CopyButton text={() => 'TypeError: x is undefined'} onCopied={onCopied} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe('TypeError: x is undefined');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(onCopied).toHaveBeenCalledWith('TypeError: x is undefined');
  });
});

describe('Sparkline', () => {
  it('draws one bar per bucket and names the totals', () => {
    render(<Sparkline series={[[1, 2], [2, 0], [3, 8]]} period="24 hours" />);
    const chart = screen.getByRole('img', { name: '10 events in 24 hours, at most 8 per bucket' });
    expect(chart.querySelectorAll('[data-slot="bar"]')).toHaveLength(3);
  });

  it('survives missing and hostile counts', () => {
    render(<Sparkline series={[[1, Number.NaN], [2, -5]]} />);
    expect(screen.getByRole('img', { name: /0 events/ })).toBeInTheDocument();
  });
});

describe('CodeFrame', () => {
  it('numbers lines and marks the current one, rendering markup as text', () => {
    render(
      <CodeFrame
        label="app.py"
        lines={[
          { number: 10, text: 'def f():' },
          { number: 11, text: '  <script>alert(1)</script>', current: true },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'app.py' });
    const current = within(list).getAllByRole('listitem')[1]!;
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(current).toHaveAttribute('value', '11');
    expect(current).toHaveTextContent('<script>alert(1)</script>');
    expect(document.querySelector('script')).toBeNull();
  });
});

describe('KeyValueList', () => {
  it('masks secrets until revealed', async () => {
    const user = userEvent.setup();
    render(<KeyValueList rows={[{ key: 'auth', label: 'Authorization', value: 'Bearer abc', masked: true }]} />);
    expect(screen.queryByText('Bearer abc')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reveal Authorization' }));
    expect(screen.getByText('Bearer abc')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide Authorization' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('offers no reveal when the host disables it', () => {
    render(<KeyValueList allowReveal={false} rows={[{ key: 'c', label: 'Cookie', value: 'sid=1', masked: true }]} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('marks scrubbed values and shows nested values as a collapsible tree', async () => {
    const user = userEvent.setup();
    render(
      <KeyValueList
        rows={[
          { key: 'p', label: 'password', value: '[Filtered]', scrubbed: true },
          { key: 'n', label: 'state', value: { store: { items: [1, 2], user: 'ada' } } },
        ]}
      />,
    );
    expect(screen.getByRole('note', { name: 'Filtered by Sentry' })).toHaveAttribute('data-masked', 'sentry');
    // Depth 0 starts open, depth 1 closed: a deep object does not flood the panel.
    const outer = screen.getByRole('button', { name: '{1 key}' });
    expect(outer).toHaveAttribute('aria-expanded', 'true');
    const inner = screen.getByRole('button', { name: '{2 keys}' });
    expect(inner).toHaveAttribute('aria-expanded', 'false');
    await user.click(inner);
    expect(screen.getByRole('button', { name: '[2 items]' })).toBeInTheDocument();
    expect(screen.getByText('ada')).toBeInTheDocument();
    await user.click(outer);
    expect(screen.queryByText('store')).toBeNull();
  });

  it('cuts a 10 MB string with a button for the rest', () => {
    render(<KeyValueList rows={[{ key: 'm', label: 'message', value: 'x'.repeat(10_000_000) }]} />);
    expect(screen.getByRole('button', { name: 'Show all 10,000,000 characters' })).toBeInTheDocument();
  });
});

describe('ProblemsNotice', () => {
  it('lists each problem with its path, and renders nothing without problems', () => {
    const { container, rerender } = render(<ProblemsNotice problems={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <ProblemsNotice
        subject="event"
        problems={[{ path: 'user.id', expected: 'a string', found: 'number 42', action: 'repaired' }]}
      />,
    );
    expect(screen.getByText(/1 part of this event did not match/)).toBeInTheDocument();
    expect(screen.getByText('user.id')).toBeInTheDocument();
  });
});

function Broken(): never {
  throw new Error('boom');
}

describe('SectionBoundary', () => {
  it('shows what failed and the raw data, leaving siblings alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <SectionBoundary section="Stack trace" data={{ frames: [{ function: 'f' }] }}>
          <Broken />
        </SectionBoundary>
        <p>Breadcrumbs still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Stack trace could not be shown: boom');
    expect(screen.getByText(/"function": "f"/)).toBeInTheDocument();
    expect(screen.getByText('Breadcrumbs still here')).toBeInTheDocument();
  });
});

function Fails({ fail }: { fail: boolean }) {
  if (fail) throw new Error('bad part');
  return <p>fine now</p>;
}

describe('SectionBoundary resetKey', () => {
  it('renders the section again when its reset key changes', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { rerender } = render(
      <SectionBoundary section="Part" resetKey={1}>
        <Fails fail />
      </SectionBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('bad part');
    rerender(
      <SectionBoundary section="Part" resetKey={1}>
        <Fails fail={false} />
      </SectionBoundary>,
    );
    expect(screen.getByRole('alert')).toBeInTheDocument();
    rerender(
      <SectionBoundary section="Part" resetKey={2}>
        <Fails fail={false} />
      </SectionBoundary>,
    );
    expect(screen.getByText('fine now')).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});
