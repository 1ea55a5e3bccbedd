import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ContextPanels } from '../../../src/components/ContextPanels';
import { EventView } from '../../../src/components/EventView';
import { StackTraceView } from '../../../src/components/StackTraceView';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const CARD = '4111111111111111';
const TOKEN = 'sk_live_51Hx9abcdef';

const event = {
  event_id: 'b'.repeat(32),
  timestamp: '2026-12-03T11:00:00Z',
  platform: 'javascript',
  tags: [
    ['environment', 'production'],
    ['session_token', TOKEN],
    ['url', `https://shop.test/pay?token=${TOKEN}&step=2`],
  ],
  exception: {
    values: [
      {
        type: 'PaymentError',
        value: `card ${CARD} refused, Authorization: Bearer ${TOKEN}`,
        stacktrace: { frames: [{ function: 'charge', filename: 'pay.js', lineno: 3, in_app: true }] },
      },
    ],
  },
};

describe('callbacks get no unmasked secret unless revealed', () => {
  it('a tag whose value is a secret gives onTagClick the masked string', async () => {
    const user = userEvent.setup();
    const onTagClick = vi.fn();
    render(<EventView event={event} now={NOW} onTagClick={onTagClick} sections={['tags']} />);
    await user.click(screen.getByRole('button', { name: /^session_token: hidden value/ }));
    expect(onTagClick).toHaveBeenLastCalledWith('session_token', '[Masked]');
    await user.click(screen.getByRole('button', { name: /^url: / }));
    expect(onTagClick).toHaveBeenLastCalledWith('url', 'https://shop.test/pay?token=[Masked]&step=2');
    await user.click(screen.getByRole('button', { name: 'environment: production' }));
    expect(onTagClick).toHaveBeenLastCalledWith('environment', 'production');
    expect(JSON.stringify(onTagClick.mock.calls)).not.toContain(TOKEN);
  });

  it('a tag the person revealed gives onTagClick its value', async () => {
    const user = userEvent.setup();
    const onTagClick = vi.fn();
    const { rerender } = render(<ContextPanels event={event} defaultValue="tags" onTagClick={onTagClick} />);
    await user.click(screen.getByRole('button', { name: /^session_token: hidden value/ }));
    expect(onTagClick).toHaveBeenLastCalledWith('session_token', '[Masked]');
    // Revealed through the controlled state, as a host's own Reveal control does.
    rerender(<ContextPanels event={event} defaultValue="tags" onTagClick={onTagClick} revealed={new Set(['tags.session_token'])} />);
    await user.click(screen.getByRole('button', { name: `session_token: ${TOKEN}` }));
    expect(onTagClick).toHaveBeenLastCalledWith('session_token', TOKEN);
  });

  it('a host that turns reveal off gets the masked string even with the key marked revealed', async () => {
    const user = userEvent.setup();
    const onTagClick = vi.fn();
    render(<ContextPanels event={event} defaultValue="tags" onTagClick={onTagClick} allowReveal={false} revealed={new Set(['tags.session_token'])} />);
    await user.click(screen.getByRole('button', { name: /^session_token: hidden value/ }));
    expect(onTagClick).toHaveBeenLastCalledWith('session_token', '[Masked]');
  });

  it('Raw view and Copy raw of a stack trace mask the card and the token', async () => {
    const user = userEvent.setup();
    const { container } = render(<StackTraceView event={event} />);
    await user.click(screen.getByRole('button', { name: 'Copy raw' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('PaymentError: card [Masked] refused');
    expect(copied).not.toContain(TOKEN);
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await navigator.clipboard.readText()).not.toContain(CARD);
    await user.click(screen.getByRole('button', { name: 'Raw' }));
    expect(container.querySelector('pre')).toHaveTextContent('card [Masked] refused');
    expect(container).not.toHaveTextContent(CARD);
    expect(container).not.toHaveTextContent(TOKEN);
  });
});
