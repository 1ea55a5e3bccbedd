import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EventView } from '../../../src/components/EventView';
import issues from '../../fixtures/api/issues-list.json';
import logMessage from '../../fixtures/events/bugsink/logmessage-w-params.json';
import visualshots from '../../fixtures/events/bugsink/visualshots-rich.json';
import javaChained from '../../fixtures/events/sentry/java-chained.json';

const NOW = Date.parse('2026-11-25T12:00:00Z');

// Whole pages in jsdom: slow on a loaded machine, not a timing assertion.
describe('EventView', { timeout: 30_000 }, () => {
  it('shows the header facts and every section the event has', () => {
    render(<EventView event={visualshots} now={NOW} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/\S/);
    for (const name of ['Stack trace', 'Breadcrumbs', 'Tags', 'Contexts', 'Raw JSON']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Copy event ID' })).toBeInTheDocument();
    expect(screen.getByText('Platform').nextSibling).toHaveTextContent('python');
  });

  it('names the article by the event title', () => {
    render(<EventView event={javaChained} now={NOW} />);
    const title = screen.getByRole('heading', { level: 2 }).textContent ?? '';
    expect(title.length).toBeGreaterThan(0);
    expect(screen.getByRole('article', { name: title })).toBeInTheDocument();
  });

  it('adds the issue counts, short id and first and last seen when an issue is given', () => {
    const issue = issues[0] as (typeof issues)[number];
    render(<EventView event={javaChained} issue={issue} now={NOW} />);
    expect(screen.getByText('Events').nextSibling).toHaveTextContent(Number(issue.count).toLocaleString('en-US'));
    expect(screen.getByText('First seen').nextSibling).toHaveTextContent(/ago/);
    expect(screen.getByText('Last seen').nextSibling).toHaveTextContent(/ago/);
    if (issue.shortId) expect(screen.getByText(issue.shortId)).toBeInTheDocument();
  });

  it('shows a logged message with its parameters when the event has no exception', () => {
    render(<EventView event={logMessage} now={NOW} />);
    const message = screen.getByRole('region', { name: 'Message' });
    expect(within(message).getByText(/^Error during cleanup of <StorageCleanupTodo: .*>: AttributeError/)).toBeInTheDocument();
    expect(within(message).getByText('Error during cleanup of %s: %s')).toBeInTheDocument();
    expect(within(message).getByText('Parameters')).toBeInTheDocument();
  });

  it('keeps the other sections when one section fails, and shows what failed', () => {
    const onSectionError = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const getSourceLink = () => {
      throw new Error('source browser is down');
    };
    render(<EventView event={javaChained} now={NOW} getSourceLink={getSourceLink} onSectionError={onSectionError} />);
    const trace = screen.getByRole('heading', { name: 'Stack trace' }).parentElement as HTMLElement;
    expect(within(trace).getByRole('alert')).toHaveTextContent('source browser is down');
    expect(screen.getByRole('region', { name: 'Raw JSON' })).toBeInTheDocument();
    expect(onSectionError).toHaveBeenCalledWith('stacktrace', expect.any(Error), expect.anything());
    vi.mocked(console.error).mockRestore();
  });

  it('shows the normalizer problems instead of a blank page for input that is not an event', () => {
    render(<EventView event={[1, 2, 3]} now={NOW} />);
    expect(screen.getByText(/did not match the schema/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Stack trace' })).toHaveTextContent(/no stack trace/i);
  });

  it('keeps hostile text inert', () => {
    const hostile = {
      event_id: 'f'.repeat(32),
      message: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
      environment: '<b>prod</b>',
      tags: { url: 'javascript:alert(1)' },
    };
    const { container } = render(<EventView event={hostile} now={NOW} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByText('<b>prod</b>')).toBeInTheDocument();
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('shows the raw JSON as sent and as normalized on request', async () => {
    const user = userEvent.setup();
    render(<EventView event={visualshots} now={NOW} />);
    await user.click(screen.getByText('Show the event as JSON'));
    const sent = screen.getByLabelText('Event JSON as sent');
    expect(sent.textContent).toContain(String((visualshots as { event_id: string }).event_id));
    await user.click(screen.getByRole('button', { name: 'Normalized' }));
    expect(screen.getByLabelText('Normalized event JSON').textContent).toContain('faultline.event/1');
  });

  it('shows only the sections asked for, in that order', () => {
    render(<EventView event={visualshots} now={NOW} sections={['contexts', 'stacktrace']} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Contexts', 'Stack trace']);
  });
});
