import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { TokenTable } from './TokenTable';

const meta = {
  title: 'Theming/Tokens',
  component: TokenTable,
  tags: ['!autodocs'],
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const tokenValue = (canvasElement: HTMLElement, token: string) =>
  within(canvasElement).getByText(token).closest('tr')?.querySelector('[data-slot="value"]')?.textContent;

/** Every token's value resolved in the light theme. */
export const Light: Story = {
  globals: { theme: 'light' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tokenValue(canvasElement, '--fl-color-bg')).toBe('#ffffff'));
    await expect(tokenValue(canvasElement, '--fl-color-scheme')).toBe('light');
  },
};

/** The same tokens resolved in the dark theme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tokenValue(canvasElement, '--fl-color-bg')).toBe('#111114'));
    await expect(tokenValue(canvasElement, '--fl-gray-1')).toBe('#111114');
  },
};

/** A portal's brand overrides (see `.storybook/brand.css`) win over the kit's defaults. */
export const Brand: Story = {
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(tokenValue(canvasElement, '--fl-color-accent')).toBe('#0b6e4f'));
  },
};
