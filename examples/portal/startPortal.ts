import { createServer as createNetServer } from 'node:net';
import { createServer as createViteServer } from 'vite';
import { DEFAULT_PROJECTS } from '../../server/projects';
import { type RunningServer, startServer } from '../../server/server';
import { receiverPlugin } from './receiver';
import { storybookLink } from './storybook';
import type { Upstream } from './upstream';
import { portalConfig, STORYBOOK_STATIC_DIR } from './vite.config';

/** Options of `startPortal`. */
export interface PortalOptions {
  /** Folder of the local server's SQLite store; required without `sentry`. */
  dataDir?: string;
  /** A real Sentry to proxy `/api/0/` to instead of starting the local server. @default the local server */
  sentry?: Upstream;
  /** Ingest the sample events when the store is empty. @default true */
  seed?: boolean;
  /** Vite's log level; `silent` for scripts that print their own lines. @default "info" */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /** Port of the API server; a fixed one keeps SDK DSNs valid across restarts. @default a free port */
  apiPort?: number;
  /** Port of the portal. @default a free port */
  portalPort?: number;
  /** A built Storybook, served at `/storybook/` when it holds an index.html. @default the repo's storybook-static/ */
  storybookDir?: string;
  /** Where the banner's Storybook link points instead. @default /storybook/ when built, else http://localhost:6006/ */
  storybookUrl?: string;
}

/** The portal's Vite dev server and the API behind it, running. */
export interface RunningPortal {
  /** The API's base URL: the local server's, such as `http://127.0.0.1:43121`, or `SENTRY_BASE_URL`. */
  apiUrl: string;
  /** The portal's URL, such as `http://127.0.0.1:43122/`. */
  portalUrl: string;
  /** DSN that a Sentry SDK sends to, such as `http://<key>@127.0.0.1:43121/1`; none against a real Sentry. */
  dsn?: string;
  /** Each local project's DSN, by slug; each project has its own key. None against a real Sentry. */
  dsns?: { project: string; dsn: string }[];
  /** The local server's Web API token, which the proxy adds; none against a real Sentry. */
  apiToken?: string;
  /** Stops the dev server, then the local server if one was started. */
  close(): Promise<void>;
}

function projectDsns(api: RunningServer): { project: string; dsn: string }[] {
  return DEFAULT_PROJECTS.map((project) => ({ project: project.slug, dsn: api.dsn(project.id) }));
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
 * Starts the portal's Vite dev server proxying `/api/0/` to `sentry`, or, without it, to the
 * Sentry-compatible server started here on loopback with its seed. If Vite fails to start, the
 * local server is stopped.
 */
export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  let api: RunningServer | undefined;
  let upstream = options.sentry;
  if (!upstream) {
    if (!options.dataDir) throw new Error('startPortal: the local server needs a dataDir');
    api = await startServer({ port: options.apiPort ?? 0, dataDir: options.dataDir, seed: options.seed ?? true });
    // The proxy adds the local server's token as it adds a real Sentry's: the page never holds it.
    upstream = { baseUrl: api.url, organization: 'faultline', authToken: api.apiToken };
  }
  const storybookDir = options.storybookDir ?? STORYBOOK_STATIC_DIR;
  try {
    const config = portalConfig({ upstream, storybook: storybookLink(storybookDir, options.storybookUrl), storybookDir });
    const vite = await createViteServer({
      ...config,
      // The built-in receiver shows what each alert action sent (examples/portal/receiver.ts).
      plugins: [...(config.plugins ?? []), receiverPlugin()],
      configFile: false,
      logLevel: options.logLevel ?? 'info',
      server: { ...config.server, port: options.portalPort ?? (await freePort()), strictPort: true },
    });
    await vite.listen();
    const portalUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${vite.config.server.port}/`;
    return {
      apiUrl: upstream.baseUrl,
      portalUrl,
      ...(api ? { dsn: api.dsn(), dsns: projectDsns(api), apiToken: api.apiToken } : {}),
      close: async () => {
        await vite.close();
        await api?.close();
      },
    };
  } catch (error) {
    await api?.close();
    throw error;
  }
}
