import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LevelBadge } from '../../src';
import { LEVELS } from '../../src/core';

const meta = {
  title: 'Parts/LevelBadge',
  component: LevelBadge,
  args: { level: 'error' },
  argTypes: { level: { control: 'select', options: [...LEVELS, 'nonsense', undefined] } },
} satisfies Meta<typeof LevelBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One badge; pick the level in the controls. */
export const Default: Story = {};

const AllLevels = () => (
  <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
    {LEVELS.map((level) => (
      <LevelBadge key={level} level={level} />
    ))}
    <LevelBadge level="nonsense" />
    <LevelBadge level={undefined} />
  </div>
);

const checkAllLevels: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  for (const level of LEVELS) {
    await expect(canvas.getByText(level)).toHaveAttribute('data-level', level);
  }
  await expect(canvas.getByText('nonsense')).toHaveAttribute('data-level', 'unknown');
};

/** Every level, plus an unknown one and a missing one, in the light theme. */
export const AllLevelsLight: Story = { render: AllLevels, globals: { theme: 'light' }, play: checkAllLevels };

/** Every level in the dark theme. */
export const AllLevelsDark: Story = { render: AllLevels, globals: { theme: 'dark' }, play: checkAllLevels };

/** Every level in the custom brand theme from `.storybook/brand.css`. */
export const AllLevelsBrand: Story = { render: AllLevels, globals: { theme: 'brand' }, play: checkAllLevels };
