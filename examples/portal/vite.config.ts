import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Alias, defineConfig, type UserConfig } from 'vite';
import type { PortalSettings, StorybookLink } from './src/settings.ts';
import { serveStorybook, storybookLink } from './storybook.ts';
import { apiProxy, sentryUpstreamFromEnv, type Upstream } from './upstream.ts';

const portalDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `faultline` and its subpaths resolved through the package's own `exports`, as a user's
 * bundler would: the built `dist/`, never `src/`. Vite does not resolve a package's
 * self-reference from outside node_modules, so the map is read from package.json here.
 */
function faultlineAliases(): Alias[] {
  const manifest: unknown = JSON.parse(readFileSync(new URL('package.json', `file://${repoRoot}`), 'utf8'));
  const exportsField = (manifest as { exports?: Record<string, unknown> }).exports ?? {};
  const aliases: Alias[] = [];
  for (const [subpath, target] of Object.entries(exportsField)) {
    const file = typeof target === 'string' ? target : (target as { import?: { default?: string } }).import?.default;
    if (typeof file !== 'string') continue;
    const specifier = subpath === '.' ? 'faultline' : `faultline/${subpath.slice(2)}`;
    const escaped = specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    aliases.push({ find: new RegExp(`^${escaped}$`), replacement: fileURLToPath(new URL(file, `file://${repoRoot}`)) });
  }
  return aliases;
}

/** What the portal's dev server is set up with; see `startPortal` for the running pair. */
export interface PortalConfigOptions {
  /** Where `/api/0/` goes, with the token the proxy adds. */
  upstream: Upstream;
  /** What the banner's Storybook link says and where it points. */
  storybook: StorybookLink;
  /** A built Storybook to serve at `/storybook/`, when there is one. */
  storybookDir?: string;
}

/**
 * What the page may know, inlined by `define`: the organization, what to call the API and the
 * Storybook link. Never the token; it stays in the proxy.
 */
export function portalSettings(options: PortalConfigOptions): PortalSettings {
  return { organization: options.upstream.organization, apiLabel: new URL(options.upstream.baseUrl).origin, storybook: options.storybook };
}

/** The portal's Vite config: the browser calls its own origin, the proxy carries the call on. */
export function portalConfig(options: PortalConfigOptions): UserConfig {
  return {
    root: portalDir,
    plugins: [react(), ...(options.storybookDir ? [serveStorybook(options.storybookDir)] : [])],
    resolve: { alias: faultlineAliases() },
    define: { __PORTAL_SETTINGS__: JSON.stringify(portalSettings(options)) },
    server: {
      host: '127.0.0.1',
      strictPort: false,
      fs: { allow: [repoRoot] },
      proxy: apiProxy(options.upstream),
    },
    // Its own cache, so the portal's pre-bundling never rewrites Storybook's under node_modules.
    cacheDir: join(tmpdir(), 'faultline-portal-vite'),
    // Vite pre-bundles dependencies from the repo's node_modules; dist/ is served as it is.
    optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'] },
    // One chunk holds React and the whole kit: a demo, not a size benchmark (size-limit covers that).
    build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 1536 },
  };
}

/** The repo's built Storybook, served by the portal when `npm run build-storybook` has made it. */
export const STORYBOOK_STATIC_DIR = join(repoRoot, 'storybook-static');

// `npx vite examples/portal` on its own: SENTRY_BASE_URL's Sentry, else a local server already
// running on FAULTLINE_API (default `npm run server`'s port), whose token (printed at its start)
// FAULTLINE_API_TOKEN gives the proxy.
export default defineConfig(() =>
  portalConfig({
    upstream: sentryUpstreamFromEnv(process.env) ?? {
      baseUrl: process.env.FAULTLINE_API ?? 'http://127.0.0.1:8000',
      organization: 'faultline',
      ...(process.env.FAULTLINE_API_TOKEN ? { authToken: process.env.FAULTLINE_API_TOKEN } : {}),
    },
    storybook: storybookLink(STORYBOOK_STATIC_DIR, process.env.FAULTLINE_STORYBOOK_URL),
    storybookDir: STORYBOOK_STATIC_DIR,
  }),
);
