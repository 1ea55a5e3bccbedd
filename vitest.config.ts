import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchArgs, resolveChromium } from './scripts/chromium.ts';

// `FAULTLINE_REACT_DIR=<folder>` runs the unit project on the React in <folder>/node_modules
// (test:compat installs 18.3.1 there). Libraries that import React are inlined so their
// `react` goes through the alias too; otherwise Node would hand them the repo's React 19.
// CommonJS `require` skips the alias: Testing Library's ESM build is used instead, and
// use-sync-external-store (TanStack Store's hook) comes from that folder too, beside its React.
const reactDir = process.env.FAULTLINE_REACT_DIR;
const otherReact = reactDir
  ? {
      resolve: {
        alias: [
          { find: /^(react|react-dom|use-sync-external-store)(\/.*)?$/, replacement: `${reactDir}/node_modules/$1$2` },
          { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
          // Radix's scroll lock and its helpers publish CommonJS as `main`; their ES builds keep
          // `react` on the alias (a CommonJS require would load the repo's React 19 beside 18).
          { find: /^(react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar)$/, replacement: '$1/dist/es2015/index.js' },
          { find: /^react-remove-scroll-bar\/constants$/, replacement: 'react-remove-scroll-bar/dist/es2015/constants.js' },
        ],
        dedupe: ['react', 'react-dom'],
      },
      server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-/, /@radix-ui\//, /@floating-ui\/react-dom/, /react-remove-scroll/, /react-style-singleton/, /use-callback-ref/, /use-sidecar/] } },
    }
  : undefined;

// Story tests need a browser only when they run; resolving it lazily keeps `--project unit`
// working on machines without Chromium.
const wantsStories = !process.argv.some((arg, i) => arg === '--project' && process.argv[i + 1] === 'unit');

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Property tests run thousands of cases and jsdom renders whole pages; under CI's load
          // (story tests in Chromium beside them) 5 s is too tight. A budget, not an assertion.
          testTimeout: 30_000,
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
          ...(otherReact && { server: otherReact.server }),
        },
        ...(otherReact && { resolve: otherReact.resolve }),
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories',
          // Stories render whole pages (100k issues, 10k frames) in a dev build of React on a
          // shared 2-core machine: a budget for a slow machine, not a timing assertion.
          testTimeout: 90_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: wantsStories ? resolveChromium() : undefined,
                args: chromiumLaunchArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
