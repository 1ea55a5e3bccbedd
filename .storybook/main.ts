import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/react-vite';
import type { Plugin } from 'vite';
import { buildStyleSheets } from '../scripts/styles-lib.ts';

const STYLES_ENTRY = resolve(import.meta.dirname, '../src/styles.css');

/**
 * Serves src/styles.css as the built sheet a host gets (faultline/styles.css: unlayered, boosted),
 * or with `?layered` as faultline/styles.layer.css, so stories test the shipped cascade and not the
 * raw sources. A source edit reloads the entry.
 */
function faultlineStyles(): Plugin {
  let sources = new Set<string>();
  return {
    name: 'faultline-styles',
    enforce: 'pre',
    load(id) {
      const [path, query = ''] = id.split('?');
      if (path !== STYLES_ENTRY) return null;
      const sheets = buildStyleSheets(STYLES_ENTRY);
      sources = new Set(sheets.files);
      for (const file of sheets.files) this.addWatchFile(file);
      return new URLSearchParams(query).has('layered') ? sheets.layered : sheets.unlayered;
    },
    handleHotUpdate({ file, server }) {
      if (!sources.has(file)) return;
      const modules = [...(server.moduleGraph.getModulesByFile(STYLES_ENTRY) ?? [])];
      for (const module of modules) server.moduleGraph.invalidateModule(module);
      return modules;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), faultlineStyles()] }),
};

export default config;
