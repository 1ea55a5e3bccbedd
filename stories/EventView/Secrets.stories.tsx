import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventView, KeyValueList, SecretText } from '../../src';
import { SECRETS, secretsEvent } from './secretsEvent';

const NOW = Date.parse('2026-03-04T12:05:00Z');

// A story file of its own: the secrets event is synthetic, and its checks differ from the platform pages'.
const meta = {
  title: 'Components/EventView/Secrets',
  component: EventView,
  args: { event: secretsEvent, now: NOW, onTagClick: fn(), onSectionError: fn() },
  decorators: [
    (Story) => (
      <div style={{ padding: 16, maxWidth: 1100 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof EventView>;

export default meta;
type Story = StoryObj<typeof meta>;
type Play = NonNullable<Story['play']>;

const light = { globals: { theme: 'light' } } as const;
const dark = { globals: { theme: 'dark' } } as const;

function expectNoSecret(root: HTMLElement) {
  const text = root.textContent ?? '';
  for (const secret of Object.values(SECRETS)) if (text.includes(secret)) throw new Error(`A secret shows: ${secret.slice(0, 4)}…`);
}

/**
 * Every secret is masked (breadcrumb data, request URL, headers, cookies, env, a custom
 * context, extra, user, frame variables), each behind a Reveal button named by its key and
 * described as masked by Faultline; revealing one shows that one only.
 */
const revealsOne: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  for (const toggle of canvas.getAllByRole('button', { name: /^Data of / })) await userEvent.click(toggle);
  expectNoSecret(canvasElement);
  const [reveal] = canvas.getAllByRole('button', { name: 'Reveal DB_PASSWORD' });
  await expect(reveal).toHaveAccessibleDescription('Masked by Faultline');
  await userEvent.click(reveal as HTMLElement);
  await expect(canvas.getByText(SECRETS.envPassword)).toBeVisible();
  await expect(canvas.queryByText(SECRETS.dbPassword)).not.toBeInTheDocument();
};

/** With `revealSecrets={false}` every secret stays masked and no Reveal button is offered. */
const noReveal: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  for (const toggle of canvas.getAllByRole('button', { name: /^Data of / })) await userEvent.click(toggle);
  expectNoSecret(canvasElement);
  await expect(canvas.queryAllByRole('button', { name: /^Reveal / })).toHaveLength(0);
  await expect(canvasElement.querySelectorAll('[data-masked="kit"]').length).toBeGreaterThan(5);
};

/** Secrets masked by the kit, with a Reveal button each. */
export const Secrets: Story = { ...light, play: revealsOne };
/** The same page in the dark theme. */
export const SecretsDark: Story = { ...dark, play: revealsOne };
/** No reveal: a host that must never show secrets on screen. */
export const SecretsNoReveal: Story = { ...light, args: { revealSecrets: false }, play: noReveal };
/** No reveal, dark theme. */
export const SecretsNoRevealDark: Story = { ...dark, args: { revealSecrets: false }, play: noReveal };

/** Rows with both kinds: the kit's masks (a Reveal each) and Sentry's own filtering (none). */
const BOTH_KINDS = [
  { key: 'api_key', label: 'api_key', value: 'k-live-5f2a9c' },
  { key: 'url', label: 'url', value: 'https://shop.test/pay?token=tok_93kd8s&step=2' },
  { key: 'password', label: 'password', value: '[Filtered]', scrubbed: true, scrubbedReason: 'replaced by rule @password' },
  { key: 'secret', label: 'secret', value: '', scrubbed: true, scrubbedReason: 'removed by rule !config' },
  { key: 'message', label: 'message', value: 'Checkout failed at step 2…', scrubbed: true, scrubbedReason: 'trimmed from 5,000 characters' },
];

function BothKinds() {
  return (
    <section aria-label="Both kinds">
      <h2>
        <SecretText text="PaymentError: charge failed for card 4111 1111 1111 1111" />
      </h2>
      <KeyValueList rows={BOTH_KINDS} />
    </section>
  );
}

/** "Masked by Faultline" (revealable) next to "Filtered by Sentry" (nothing to reveal), and a title masked in place. */
const bothKinds: Play = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await expect(canvas.getByRole('heading', { level: 2 })).toHaveAccessibleName('PaymentError: charge failed for card Masked by Faultline');
  await expect(canvas.getAllByRole('note', { name: 'Masked by Faultline' })).toHaveLength(3);
  const [replaced, removed] = canvas.getAllByRole('note', { name: 'Filtered by Sentry' });
  await expect(replaced).toHaveAccessibleDescription('Replaced by rule @password');
  await expect(removed).toHaveAccessibleDescription('Removed by rule !config');
  await expect(canvas.getAllByRole('button', { name: /^Reveal / })).toHaveLength(2);
  await userEvent.click(canvas.getByRole('button', { name: 'Reveal api_key' }));
  await expect(canvas.getByRole('note', { name: 'api_key, revealed' })).toHaveTextContent('k-live-5f2a9c');
};

/** Both kinds side by side, light theme. */
export const MaskedAndFiltered: Story = { ...light, render: () => <BothKinds />, play: bothKinds };
/** Both kinds side by side, dark theme. */
export const MaskedAndFilteredDark: Story = { ...dark, render: () => <BothKinds />, play: bothKinds };
