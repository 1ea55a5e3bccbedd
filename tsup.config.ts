import { defineConfig, type Options } from 'tsup';
import { type ExportSite, exportSites, mapReexports, prependDirective, writeRootEntry } from './scripts/buildEntries';

// The built files and what they hold:
// - client: every component, with "use client" on top. Next.js App Router (React Server
//   Components) treats it as the client boundary.
// - index (the root entry `faultline`): no directive, generated after the build. It re-exports
//   each component by name from `client` and plain data (`themeTokens`) from `tokens`, so a
//   server component can import it: `IssueList` arrives as a client reference, `themeTokens`
//   as the array itself. A directive on the root would make every export a client reference,
//   and `export *` across the boundary cannot be resolved by the RSC bundler, hence names.
// - hooks: "use client" (hooks run only on the client). schema, sentry, tokens and the shared
//   chunks: no directive, usable from server code.
const JS_ENTRIES = {
  client: 'src/components/index.ts',
  hooks: 'src/hooks/index.ts',
  schema: 'src/core/index.ts',
  sentry: 'src/sentry/index.ts',
  tokens: 'src/theme/tokens.ts',
};
// Types: one declaration file per public entry (the root's covers the client module).
const DTS_ENTRIES = { index: 'src/index.ts', hooks: 'src/hooks/index.ts', schema: 'src/core/index.ts', sentry: 'src/sentry/index.ts' };
const CLIENT_FILES = ['client', 'hooks'];

// Which built module a root export comes from: components from the client module, plain data
// from its own. Anything else in `src/index.ts` is a mistake the build should stop on.
function route(site: ExportSite): string {
  if (site.file.includes('/src/components/')) return 'client';
  if (site.file.includes('/src/theme/')) return 'tokens';
  throw new Error(`build: src/index.ts exports ${site.name} from ${site.file}, neither a component nor theme data`);
}

function postBuild(format: 'esm' | 'cjs') {
  const ext = format === 'esm' ? 'js' : 'cjs';
  return async () => {
    const sources = [...Object.values(JS_ENTRIES), DTS_ENTRIES.index];
    for (const [name, source] of Object.entries(JS_ENTRIES)) await mapReexports(`dist/${name}.${ext}`, exportSites(source, sources));
    await writeRootEntry(`dist/index.${ext}`, format, exportSites(DTS_ENTRIES.index, sources), route);
    // After the maps are final: the directive shifts them one line down.
    for (const name of CLIENT_FILES) await prependDirective(`dist/${name}.${ext}`);
  };
}

const shared: Options = {
  entry: JS_ENTRIES,
  dts: { entry: DTS_ENTRIES },
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
  // One build per format for all entries, so they share chunks (one React context per kit).
  splitting: true,
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  outDir: 'dist',
};

export default defineConfig([
  { ...shared, format: 'esm', onSuccess: postBuild('esm') },
  {
    ...shared,
    format: 'cjs',
    // TanStack Table v9 ships ES modules only: `require()` of it fails in Jest and other
    // CommonJS hosts without require(esm). The CJS build carries its own copy; the ESM build
    // keeps it a dependency the host's bundler dedupes.
    noExternal: ['@tanstack/react-table', '@tanstack/table-core'],
    onSuccess: postBuild('cjs'),
  },
  // dist/styles.css and dist/styles.layer.css come from scripts/buildStyles.ts, run after tsup.
]);
