import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { normalizeIssue } from '../../../src/core';
import { EventView } from '../../../src/components/EventView';
import { IssueHeader } from '../../../src/components/IssueDetails';
import { defaultIssueColumns, IssueList, issueCulpritColumn } from '../../../src/components/IssueList';
import { SecretText } from '../../../src/components/KeyValueList';
import { StackTraceView } from '../../../src/components/StackTraceView';

const CARD = '4111 1111 1111 1111';
const TOKEN = 'sk_live_51Hx9abcdef';
const NOW = Date.parse('2026-12-03T12:00:00Z');

const rawEvent = {
  event_id: 'a'.repeat(32),
  timestamp: '2026-12-03T11:00:00Z',
  platform: 'javascript',
  level: 'error',
  title: `PaymentError: charge failed for card ${CARD}`,
  culprit: `POST /api/pay?token=${TOKEN}`,
  exception: {
    values: [
      {
        type: 'PaymentError',
        value: `charge failed for card ${CARD} with Bearer ${TOKEN}`,
        stacktrace: { frames: [{ function: 'charge', filename: 'pay.js', lineno: 3, in_app: true }] },
      },
    ],
  },
};

const rawIssue = {
  id: '7',
  shortId: 'SHOP-7',
  title: `PaymentError: charge failed for card ${CARD}`,
  culprit: `POST /api/pay?password=hunter2&next=/`,
  metadata: { type: 'PaymentError', value: `charge failed for card ${CARD}` },
  status: 'unresolved',
  level: 'error',
  count: '3',
  userCount: 1,
  firstSeen: '2026-12-01T00:00:00Z',
  lastSeen: '2026-12-03T11:00:00Z',
  project: { id: '1', slug: 'shop', name: 'shop' },
};

describe('secrets in titles, culprits and exception values', () => {
  it('SecretText masks only the secret span, named "Masked by Faultline", with no Reveal', () => {
    render(
      <p>
        <SecretText text={`declined ${CARD} twice`} />
      </p>,
    );
    const mask = screen.getByRole('note', { name: 'Masked by Faultline' });
    expect(mask).toHaveAttribute('data-masked', 'kit');
    expect(mask.closest('p')).toHaveTextContent(/^declined .* twice$/);
    expect(document.body).not.toHaveTextContent('4111');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('EventView header shows the title and culprit with just their secrets masked', () => {
    render(<EventView event={rawEvent} now={NOW} sections={[]} />);
    const title = screen.getByRole('heading', { level: 2, name: /charge failed for card/ });
    expect(title).toHaveAccessibleName('PaymentError: charge failed for card Masked by Faultline');
    expect(within(title).getByRole('note', { name: 'Masked by Faultline' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(CARD);
    expect(document.body).not.toHaveTextContent(TOKEN);
    expect(document.body).toHaveTextContent('POST /api/pay?token=');
  });

  it('StackTraceView heading and exception value keep the words and mask card and token', () => {
    const { container } = render(<StackTraceView event={rawEvent} />);
    expect(screen.getByRole('heading', { level: 3, name: 'PaymentError' })).toBeInTheDocument();
    const value = container.querySelector('[data-slot="exception-value"]') as HTMLElement;
    expect(value).toHaveTextContent(/^charge failed for card .* with Bearer /);
    expect(within(value).getAllByRole('note', { name: 'Masked by Faultline' })).toHaveLength(2);
    expect(container).not.toHaveTextContent(TOKEN);
    expect(container).not.toHaveTextContent('4111');
    expect(screen.getByRole('list', { name: /^Frames of/ })).toBeInTheDocument();
  });

  it('IssueList title cell and culprit mask the card and the password, tooltip included', () => {
    const { container } = render(<IssueList issues={[rawIssue]} now={NOW} />);
    const row = screen.getAllByRole('row').find((candidate) => candidate.closest('tbody')) as HTMLElement;
    expect(within(row).getAllByRole('note', { name: 'Masked by Faultline' }).length).toBeGreaterThanOrEqual(2);
    expect(row).toHaveTextContent('charge failed for card');
    expect(container).not.toHaveTextContent('4111');
    expect(container).not.toHaveTextContent('hunter2');
    expect(container.innerHTML).not.toContain('hunter2');
  });

  it('IssueHeader masks the title and culprit secrets', () => {
    const { container } = render(<IssueHeader issue={normalizeIssue(rawIssue).value} now={NOW} />);
    const title = screen.getByRole('heading', { level: 1 });
    expect(title).toHaveAccessibleName('PaymentError: charge failed for card Masked by Faultline');
    expect(container).toHaveTextContent('POST /api/pay?password=');
    expect(container.innerHTML).not.toContain('hunter2');
    expect(container.innerHTML).not.toContain('4111');
  });

  it('EventView message masks the token in the log line and keeps the rest', () => {
    const logged = { ...rawEvent, exception: undefined, logentry: { formatted: `retry with Bearer ${TOKEN} for order 42` } };
    render(<EventView event={logged} now={NOW} sections={['message']} />);
    const message = screen.getByText(/for order 42/);
    expect(message).toHaveTextContent(/^retry with Bearer .* for order 42$/);
    expect(within(message).getByRole('note', { name: 'Masked by Faultline' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(TOKEN);
  });

  it('IssueList culprit column masks the password in the culprit', () => {
    const { container } = render(<IssueList issues={[rawIssue]} now={NOW} columns={[...defaultIssueColumns, issueCulpritColumn]} />);
    expect(container).toHaveTextContent('POST /api/pay?password=');
    expect(container.innerHTML).not.toContain('hunter2');
  });
});
