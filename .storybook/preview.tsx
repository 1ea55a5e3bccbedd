import type { Decorator, Preview } from '@storybook/react-vite';
// Served by the faultline-styles plugin (main.ts) as the built, unlayered faultline/styles.css.
import '../src/styles.css';
import './brand.css';
import './preview.css';

/** Wraps every story in a themed kit surface chosen from the toolbar. */
const withTheme: Decorator = (Story, context) => {
  const theme = String(context.globals.theme ?? 'light');
  const base = theme === 'brand' ? 'light' : theme;
  return (
    <div className="fl-story-surface" data-fl-theme={base} data-fl-brand={theme === 'brand' ? '' : undefined}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Faultline theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Custom brand' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Any axe violation fails the story test.
    a11y: { test: 'error' },
    // The docs snippet would pretty-print a story's args on every render: seconds for a huge event.
    docs: { source: { type: 'code' } },
  },
};

export default preview;
