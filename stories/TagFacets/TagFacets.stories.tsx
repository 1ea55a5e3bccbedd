import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { TagFacets, type TagFacetsProps } from '../../src/components/TagFacets';
import { moreBrowserValues, sampleTags } from './sampleTags';

/** Expanding `browser` "loads" its further values, as `useIssueTags` does over the Web API. */
function TagFacetsWithMore(props: TagFacetsProps) {
  const [loaded, setLoaded] = useState(false);
  return (
    <TagFacets
      {...props}
      moreValues={loaded ? { browser: { values: moreBrowserValues } } : undefined}
      onExpandedChange={(expanded, key) => {
        props.onExpandedChange?.(expanded, key);
        if (expanded && key === 'browser') setLoaded(true);
      }}
    />
  );
}

const meta = {
  title: 'Issue page/TagFacets',
  component: TagFacets,
  render: (args) => <TagFacetsWithMore {...args} />,
  args: { tags: sampleTags, onValueSelect: fn(), onExpandedChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: '22rem', padding: '1rem' }}>{Story()}</div>],
} satisfies Meta<typeof TagFacets>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs to the first value, opens it with Enter, expands `browser` with the keyboard and shows the extra values. */
const keyboardWalk: Story['play'] = async ({ canvasElement, args }) => {
  const canvas = within(canvasElement);
  await userEvent.tab();
  await expect(canvas.getByRole('button', { name: 'Chrome 120.0: 62%, 769 events' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(args.onValueSelect).toHaveBeenCalledWith('browser:"Chrome 120.0"', expect.anything(), 'browser');
  for (let i = 0; i < 5; i++) await userEvent.tab();
  const more = canvas.getAllByRole('button', { name: 'Show more values' })[0]!;
  await expect(more).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  await expect(args.onExpandedChange).toHaveBeenCalledWith(true, 'browser');
  await expect(await canvas.findByRole('button', { name: 'Yandex 23.11: <1%, 4 events' })).toBeVisible();
  await expect(canvas.getByRole('button', { name: 'Show fewer values' })).toHaveAttribute('aria-expanded', 'true');
};

/** An issue's tags with share bars and "Other", light theme. */
export const Light: Story = { globals: { theme: 'light' }, play: keyboardWalk };

/** Dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: keyboardWalk };

/** At 390 px, a phone's width: long values cut with an ellipsis, share and count stay. */
export const Narrow: Story = {
  globals: { theme: 'light' },
  decorators: [(Story) => <div style={{ width: 390 }}>{Story()}</div>],
  play: keyboardWalk,
};

/** 390 px, dark theme. */
export const NarrowDark: Story = { ...Narrow, globals: { theme: 'dark' } };

/** While the tags load. */
export const Loading: Story = { args: { tags: undefined, loading: true } };

/** The request failed. */
export const ErrorState: Story = { args: { tags: undefined, error: new Error('Sentry answered 502 Bad Gateway') }, globals: { theme: 'dark' } };

/** No tags on the events. */
export const Empty: Story = { args: { tags: [] } };

/** Markup in a value is text, and a value link to `javascript:` is not drawn as a link. */
export const Hostile: Story = {
  args: {
    tags: [{ key: '<b>k</b>', totalValues: 2, topValues: [{ value: '<img src=x onerror=alert(1)>', count: 1 }] }],
    getValueHref: () => 'javascript:alert(1)',
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, b')).toBeNull();
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};
