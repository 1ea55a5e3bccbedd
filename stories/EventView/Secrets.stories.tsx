import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { EventView } from '../../src';
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
