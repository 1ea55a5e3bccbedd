import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchArgs, resolveChromium } from './scripts/chromium.ts';

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
        },
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
