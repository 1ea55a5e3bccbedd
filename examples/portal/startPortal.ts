import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { type RunningServer, startServer } from '../../server/server';

/** Options of `startPortal`. */
export interface PortalOptions {
  /** Folder of the local server's SQLite store. */
  dataDir: string;
  /** Ingest the sample events when the store is empty. @default true */
  seed?: boolean;
  /** Vite's log level; `silent` for scripts that print their own lines. @default "info" */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Port of the API server; a fixed one keeps SDK DSNs valid across restarts. @default a free port */
  apiPort?: number;
  /** Port of the portal. @default a free port */
  portalPort?: number;
}

/** The local API server and the portal's Vite dev server, running. */
export interface RunningPortal {
  /** The API server's base URL, such as `http://127.0.0.1:43121`. */
  apiUrl: string;
  /** The portal's URL, such as `http://127.0.0.1:43122/`. */
  portalUrl: string;
  /** DSN that a Sentry SDK sends to, such as `http://public@127.0.0.1:43121/1`. */
  dsn: string;
  /** Stops the dev server, then the API server. */
  close(): Promise<void>;
}

/** A free loopback port, asked of the OS (Vite's own fallback would walk up from 5173). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the Sentry-compatible server on a free loopback port with its seed, then the portal's
 * Vite dev server proxying `/api/0/` to it. If Vite fails to start, the API server is stopped.
 */
export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const api: RunningServer = await startServer({ port: options.apiPort ?? 0, dataDir: options.dataDir, seed: options.seed ?? true });
  try {
    // vite.config.ts reads the proxy target from here when it is loaded below.
    process.env.FAULTLINE_API = api.url;
    const vite = await createViteServer({
      configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      logLevel: options.logLevel ?? 'info',
      server: { port: options.portalPort ?? (await freePort()), strictPort: true, host: '127.0.0.1' },
    });
    await vite.listen();
    const portalUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;
    return {
      apiUrl: api.url,
      portalUrl,
      dsn: api.dsn(),
      close: async () => {
        await vite.close();
        await api.close();
      },
    };
  } catch (error) {
    await api.close();
    throw error;
  }
}
