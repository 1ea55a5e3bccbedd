import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { type Alias, defineConfig } from 'vite';

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

// The API base the browser calls: same origin by default, which the dev server proxies to the
// local Sentry-compatible server, so the browser needs no CORS and no token.
const apiTarget = process.env.FAULTLINE_API ?? 'http://127.0.0.1:9000';

export default defineConfig({
  root: portalDir,
  plugins: [react()],
  resolve: { alias: faultlineAliases() },
  server: {
    host: '127.0.0.1',
    strictPort: false,
    fs: { allow: [repoRoot] },
    proxy: { '/api/0/': { target: apiTarget, changeOrigin: false } },
  },
  // Its own cache, so the portal's pre-bundling never rewrites Storybook's under node_modules.
  cacheDir: join(tmpdir(), 'faultline-portal-vite'),
  // Vite pre-bundles dependencies from the repo's node_modules; dist/ is served as it is.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime'] },
  // One chunk holds React and the whole kit: a demo, not a size benchmark (size-limit covers that).
  build: { outDir: fileURLToPath(new URL('./dist', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 1536 },
});
