import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { BreadcrumbTimeline, ContextPanels, EventView, KeyValueList } from '../../../src';
import nodeServer from '../../fixtures/events/faultline/node-http-server.json';
import dotnet from '../../fixtures/events/bugsink/headers_as_lists.json';
import { SECRETS, secretsEvent } from '../../../stories/EventView/secretsEvent';
import { fakeLayoutForFile } from '../fakeLayout';

const NOW = Date.parse('2026-03-04T12:05:00Z');

// jsdom has no layout: sizes give the breadcrumb virtualizer a window to fill with rows.
fakeLayoutForFile({ viewport: 600, row: 60 });

/** Opens every breadcrumb's data and every frame, so all a user could see is in the DOM. */
async function openEverything(user: ReturnType<typeof userEvent.setup>) {
  const toggles = screen.getAllByRole('button', { name: /^Data of / });
  for (const toggle of toggles) {
    if (toggle.getAttribute('aria-expanded') !== 'true') await user.click(toggle);
  }
}

function expectNoSecretShown(root: HTMLElement) {
  const text = root.textContent ?? '';
  for (const [name, secret] of Object.entries(SECRETS)) expect(text, name).not.toContain(secret);
}

// Whole pages in jsdom: slow on a loaded machine, not a timing assertion.
describe('secrets in EventView', { timeout: 60_000 }, () => {
  it('shows no secret of the synthetic event anywhere, breadcrumb data, context, extra and URL included', async () => {
    const user = userEvent.setup();
    const { container } = render(<EventView event={secretsEvent} now={NOW} />);
    await openEverything(user);
    expectNoSecretShown(container);
    // The parts around the secrets stay readable.
    expect(container).toHaveTextContent('https://ada:[Masked]@shop.example.com/checkout?token=[Masked]&step=2');
    expect(container).toHaveTextContent('db.internal');
    expect(container).toHaveTextContent('ada@example.com');
    // Each secret is behind its own button: breadcrumb data, request parts, contexts, extra, user, frame variables.
    for (const name of ['password', 'url', 'Authorization', 'X-Api-Key', 'sessionid', 'DB_PASSWORD', 'signing_pem', 'secret_value', 'auth_token']) {
      expect(screen.getAllByRole('button', { name: `Reveal ${name}` }).length, name).toBeGreaterThan(0);
    }
    // `api_key` twice: the db context's and the frame variable's.
    expect(screen.getAllByRole('button', { name: 'Reveal api_key' })).toHaveLength(2);
  });

  it('masks the raw JSON and what it copies', async () => {
    const user = userEvent.setup();
    render(<EventView event={secretsEvent} now={NOW} sections={['raw']} />);
    await user.click(screen.getByText('Show the event as JSON'));
    const json = screen.getByRole('region', { name: 'Event JSON as sent' });
    expectNoSecretShown(json);
    expect(json).toHaveTextContent('"password": "[Masked]"');
  });

  it('reveals one value by its button, named by the key and described as masked by Faultline', async () => {
    const user = userEvent.setup();
    render(<EventView event={secretsEvent} now={NOW} sections={['breadcrumbs']} />);
    await openEverything(user);
    const reveal = screen.getByRole('button', { name: 'Reveal password' });
    expect(reveal).toHaveAccessibleDescription('Masked by Faultline');
    expect(reveal.closest('[data-masked]')).toHaveAttribute('data-masked', 'kit');
    await user.click(reveal);
    expect(screen.getByRole('button', { name: 'Hide password' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText(SECRETS.password)).toBeInTheDocument();
  });

  it('offers no Reveal button anywhere with revealSecrets={false}', async () => {
    const user = userEvent.setup();
    const { container } = render(<EventView event={secretsEvent} now={NOW} revealSecrets={false} />);
    await openEverything(user);
    expect(screen.queryAllByRole('button', { name: /^Reveal / })).toHaveLength(0);
    expect(container.querySelectorAll('[data-masked="kit"]').length).toBeGreaterThan(5);
    expectNoSecretShown(container);
  });

  it('marks kit-masked values apart from Sentry’s [Filtered]', () => {
    render(
      <KeyValueList
        rows={[
          { key: 'a', label: 'api_key', value: 'k-123456' },
          { key: 'b', label: 'password', value: '[Filtered]', scrubbed: true },
        ]}
      />,
    );
    const [masked, filtered] = screen.getAllByRole('definition');
    expect(masked?.parentElement).toHaveAttribute('data-masked', 'kit');
    expect(masked).toHaveTextContent('Masked by Faultline');
    expect(masked).not.toHaveTextContent('k-123456');
    expect(filtered?.parentElement).toHaveAttribute('data-scrubbed');
    expect(filtered?.parentElement).toHaveAttribute('data-masked', 'sentry');
    expect(filtered).not.toHaveTextContent('[Filtered]');
  });

  it('names the two kinds apart: "Masked by Faultline" with a Reveal, "Filtered by Sentry" with its rule', async () => {
    const user = userEvent.setup();
    render(
      <KeyValueList
        rows={[
          { key: 'a', label: 'api_key', value: 'k-123456' },
          { key: 'b', label: 'password', value: '', scrubbed: true, scrubbedReason: 'removed by rule @password' },
          { key: 'c', label: 'secret', value: '[Filtered]', scrubbed: true, scrubbedReason: 'replaced by rule !config' },
          { key: 'd', label: 'message', value: 'abc…', scrubbed: true, scrubbedReason: 'trimmed from 5,000 characters' },
        ]}
      />,
    );
    const kit = screen.getByRole('note', { name: 'Masked by Faultline' });
    expect(kit).toHaveAttribute('data-masked', 'kit');
    const [removed, config] = screen.getAllByRole('note', { name: 'Filtered by Sentry' });
    expect(removed).toHaveAttribute('data-masked', 'sentry');
    expect(removed).toHaveAccessibleDescription('Removed by rule @password');
    expect(config).toHaveAccessibleDescription('Replaced by rule !config');
    // Only the kit's mask has something to reveal.
    expect(screen.getAllByRole('button', { name: /^Reveal / })).toHaveLength(1);
    expect(screen.getAllByRole('definition')[3]).toHaveTextContent('abc…Trimmed from 5,000 characters');
    await user.click(screen.getByRole('button', { name: 'Reveal api_key' }));
    expect(screen.getByRole('note', { name: 'api_key, revealed' })).toHaveTextContent('k-123456');
  });
});

describe('secrets in the parts', { timeout: 60_000 }, () => {
  it('ContextPanels masks db.password and db.api_key in a custom context and reveals by key', async () => {
    const user = userEvent.setup();
    render(<ContextPanels event={secretsEvent} layout="grid" />);
    const db = screen.getByRole('region', { name: /db/i });
    expect(db).not.toHaveTextContent(SECRETS.dbPassword);
    expect(db).not.toHaveTextContent(SECRETS.dbApiKey);
    await user.click(within(db).getByRole('button', { name: 'Reveal password' }));
    expect(db).toHaveTextContent(SECRETS.dbPassword);
    expect(db).not.toHaveTextContent(SECRETS.dbApiKey);
  });

  it('ContextPanels masks extra.secret_value and hides the button with revealSecrets={false}', () => {
    render(<ContextPanels event={secretsEvent} layout="grid" revealSecrets={false} />);
    const extra = screen.getByRole('region', { name: 'Additional Data' });
    expect(extra).not.toHaveTextContent(SECRETS.extraSecret);
    expect(extra).not.toHaveTextContent(SECRETS.nestedPass);
    expect(extra).toHaveTextContent('ord_1');
    expect(screen.queryAllByRole('button', { name: /^Reveal / })).toHaveLength(0);
  });

  it('BreadcrumbTimeline masks a URL token in the summary and data, revealing the whole URL on request', async () => {
    const user = userEvent.setup();
    const { container } = render(<BreadcrumbTimeline event={secretsEvent} />);
    expect(container).toHaveTextContent(`GET https://api.example.com/v1/orders?token=[Masked]&page=2`);
    await openEverything(user);
    expectNoSecretShown(container);
    await user.click(screen.getByRole('button', { name: 'Reveal url' }));
    expect(container).toHaveTextContent(`token=${SECRETS.urlToken}`);
  });

  it('BreadcrumbTimeline with revealSecrets={false} has no Reveal button', async () => {
    const user = userEvent.setup();
    render(<BreadcrumbTimeline event={secretsEvent} revealSecrets={false} />);
    await openEverything(user);
    expect(screen.queryAllByRole('button', { name: /^Reveal / })).toHaveLength(0);
  });
});

describe('secrets in real fixture events', { timeout: 60_000 }, () => {
  it('masks secrets added to a recorded Node event and leaves the rest of it alone', async () => {
    const user = userEvent.setup();
    const event = structuredClone(nodeServer) as Record<string, unknown>;
    const crumbs = event.breadcrumbs as unknown[];
    crumbs.push({ category: 'auth', message: 'login', data: { password: SECRETS.password }, timestamp: (crumbs.at(-1) as { timestamp: unknown }).timestamp });
    event.extra = { ...(event.extra as object), secret_value: SECRETS.extraSecret };
    const { container } = render(<EventView event={event} now={NOW} />);
    await openEverything(user);
    expect(container).not.toHaveTextContent(SECRETS.password);
    expect(container).not.toHaveTextContent(SECRETS.extraSecret);
    expect(screen.getByRole('button', { name: 'Reveal secret_value' })).toBeInTheDocument();
  });

  it('masks nothing in a .NET event whose only "tokens" are public key tokens and module names', () => {
    const { container } = render(<EventView event={dotnet} now={NOW} />);
    expect(container.querySelectorAll('[data-masked="kit"]')).toHaveLength(0);
  });
});
