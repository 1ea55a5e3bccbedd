// Builds the bench pages with Vite in production mode (React's production build), one entry
// per contender so each page loads only its own bundle, and serves them on localhost.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const root = join(import.meta.dirname, 'pages');

/** The served pages: `url` ends in `/`; `close` stops the server and removes the build. */
export interface BenchSite {
  url: string;
  close: () => Promise<void>;
}

/** Builds every `pages/*.html` and serves the result; `minify: false` keeps names for profiles. */
export async function buildBenchSite({ minify = true }: { minify?: boolean } = {}): Promise<BenchSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  const input = Object.fromEntries(
    readdirSync(root)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [name.replace(/\.html$/, ''), join(root, name)]),
  );
  await build({
    root,
    logLevel: 'error',
    mode: 'production',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify, reportCompressedSize: false, chunkSizeWarningLimit: 10_000, rollupOptions: { input } },
  });
  const server = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The bench server did not report its address.');
  return {
    url,
    async close() {
      await new Promise<void>((done) => server.httpServer.close(() => done()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
