import { readFile, writeFile } from 'node:fs/promises';
import { defineConfig } from 'tsup';

// Entries whose modules are client code for React Server Components (Next.js App Router).
// `schema` and `sentry` have no React and must stay usable on a server, so they get no directive.
const CLIENT_ENTRIES = ['index.js', 'index.cjs', 'hooks.js', 'hooks.cjs'];
const DIRECTIVE = '"use client";\n';

async function addUseClient() {
  for (const file of CLIENT_ENTRIES) {
    const path = `dist/${file}`;
    const code = await readFile(path, 'utf8');
    if (!code.startsWith(DIRECTIVE)) await writeFile(path, DIRECTIVE + code);
  }
}

export default defineConfig([
  {
    // One build for the three JS entries so they share chunks instead of duplicating code.
    entry: { index: 'src/index.ts', hooks: 'src/hooks/index.ts', schema: 'src/core/index.ts', sentry: 'src/sentry/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
    splitting: true,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    outDir: 'dist',
    onSuccess: addUseClient,
  },
  // dist/styles.css and dist/styles.layer.css come from scripts/buildStyles.ts, run after tsup.
]);
