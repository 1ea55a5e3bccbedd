import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AlertDispatcher, DEFAULT_DELIVERY_POLICY, type DeliveryPolicy } from './alerts/dispatcher';
import { type ExampleReceiver, seedExampleRule } from './alerts/seedRule';
import { handleApi } from './api';
import { loadApiToken, requireApiToken } from './auth';
import { type BodyLimits, DEFAULT_BODY_LIMITS } from './body';
import { openDatabase } from './db';
import { allowedHosts, checkHost } from './hosts';
import { HttpError, ingestCorsHeaders, sendError } from './http';
import { DEFAULT_QUEUE_LIMITS, IngestQueue, type IngestQueueLimits, type IngestQueueStats } from './ingestQueue';
import { handleIngest, INGEST_PATH, type IngestRunner } from './ingestRoutes';
import { DEFAULT_PROJECTS, ensureProjects, listProjects, type ProjectConfig } from './projects';
import { isEmpty, seedSampleEvents } from './seed';

/** Options of `startServer`. */
export interface ServerOptions {
  /** Port on 127.0.0.1; 0 picks a free one. @default 0 */
  port?: number;
  /** Folder of the SQLite database. @default "./.faultline-data" */
  dataDir?: string;
  /** Ingest the sample events when the store is empty. @default false */
  seed?: boolean;
  /** Organization slug of the API paths. @default "faultline" */
  organization?: string;
  /**
   * DSN public key of the first project, for tests and scripted set-ups that need a known DSN.
   * @default a random key made at first start and kept in the store, as every other project's
   */
  publicKey?: string;
  /**
   * More `Host` values to answer to (`name` or `name:port`), besides 127.0.0.1, localhost and
   * [::1] on the server's port; any other `Host` gets 421. @default none
   */
  allowedHosts?: readonly string[];
  /** Milliseconds a client has to send its request headers before the server answers 408 and closes. @default 10000 */
  headersTimeoutMs?: number;
  /** Milliseconds a client has to send its whole request. @default 30000 */
  requestTimeoutMs?: number;
  /** Projects to create. @default DEFAULT_PROJECTS */
  projects?: readonly ProjectConfig[];
  /** Answer every Nth API request with 429 (`?simulate429=N` does it per request). @default 0 (never) */
  simulate429Every?: number;
  /** Request body limits. @default DEFAULT_BODY_LIMITS */
  limits?: Partial<BodyLimits>;
  /**
   * Where ingestion runs: `worker` (a worker thread behind a bounded queue, so reads never wait
   * on it) or `inline` (on the event loop, as before; kept for the benchmark). @default "worker"
   */
  ingest?: 'worker' | 'inline';
  /** Bounds of the ingestion queue; past them SDKs get 429 with Retry-After. @default DEFAULT_QUEUE_LIMITS */
  ingestQueue?: Partial<IngestQueueLimits>;
  /** Alert deliveries' time-out and retry waits (tests shorten them). @default DEFAULT_DELIVERY_POLICY */
  alertDelivery?: Partial<DeliveryPolicy>;
  /** With `seed`, also add an example alert rule posting to the portal's receiver page here. @default none */
  seedAlertReceiver?: ExampleReceiver;
}

/** A running server. */
export interface RunningServer {
  /** Base URL such as `http://127.0.0.1:8000`. */
  url: string;
  /** Bearer token every `/api/0/` call must send; kept in the data folder's `api-token` file. */
  apiToken: string;
  /** A project's DSN public key (the first project's by default). */
  publicKey(projectId?: number): string;
  /** A DSN for a project, such as `http://<its key>@127.0.0.1:8000/1`. */
  dsn(projectId?: number): string;
  /** The ingestion queue's counts (all zero with `ingest: "inline"`). */
  ingestStats(): IngestQueueStats;
  /** Stops accepting connections, ends open ones, lets queued events be stored and closes the database. */
  close(): Promise<void>;
}

function readEvery(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const every = Number(value);
  if (!Number.isInteger(every) || every < 0) throw new HttpError(400, `simulate429 must be a whole number, got "${value.slice(0, 20)}"`);
  return every;
}

/** Starts the local Sentry-compatible server on loopback: SDK ingestion and the Web API subset. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? './.faultline-data';
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  if (!(headersTimeout > 0 && requestTimeout >= headersTimeout)) throw new RangeError('startServer: headersTimeoutMs must be positive and at most requestTimeoutMs');
  // Checked before anything opens: a malformed entry throws here, naming it.
  allowedHosts(options.port ?? 0, options.allowedHosts);
  // Owner-only when this server creates it: the store holds users' events, the folder the token.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Before the database opens, so a refused token file leaves nothing open.
  const apiToken = loadApiToken(dataDir);
  const db = openDatabase(dataDir);
  const projects = options.projects ?? DEFAULT_PROJECTS;
  ensureProjects(db, projects, options.publicKey);
  const keys = new Map(listProjects(db).map((project) => [project.id, project.public_key]));
  if (options.seed && isEmpty(db) && projects.length > 0) {
    seedSampleEvents(db, { projects: { frontend: projects[0]!.id, backend: (projects[1] ?? projects[0]!).id } });
    if (options.seedAlertReceiver) seedExampleRule(db, projects[0]!.id, options.seedAlertReceiver);
  }
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const organization = options.organization ?? 'faultline';
  let origin = 'http://127.0.0.1';
  // Alert rules are evaluated in the ingestion worker; what fired is sent from here (alerts/dispatcher.ts).
  // With `ingest: "inline"` (the benchmark's baseline) rules are not evaluated.
  const alerts = new AlertDispatcher(db, organization, () => origin, { ...DEFAULT_DELIVERY_POLICY, ...options.alertDelivery });
  // Events are written by the worker's own connection; this one reads (WAL lets both run at once).
  const queue =
    options.ingest === 'inline'
      ? undefined
      : new IngestQueue(dataDir, { ...DEFAULT_QUEUE_LIMITS, ...options.ingestQueue }, (firings) => alerts.onFirings(firings));
  const runner: IngestRunner = queue ? { queue } : { inline: db };
  const context = { db, organization, limits, alerts };
  let apiRequests = 0;
  let hosts: ReadonlySet<string> = new Set();

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = checkHost(request, hosts);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Links point where the client came from, but only ever at a host checked above.
    const publicUrl = new URL(`${url.pathname}${url.search}`, `http://${host}`);
    const ingest = INGEST_PATH.exec(url.pathname);
    if (ingest) {
      // Set before handling, so error answers carry them too and the SDK can read why.
      for (const [name, value] of Object.entries(ingestCorsHeaders())) response.setHeader(name, value);
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { 'Content-Length': '0' });
        response.end();
        return;
      }
      return handleIngest(db, limits, request, response, url, ingest, runner);
    }
    if (url.pathname.startsWith('/api/0/')) {
      requireApiToken(request, apiToken);
      apiRequests++;
      const every = readEvery(url.searchParams.get('simulate429'), options.simulate429Every ?? 0);
      if (every > 0 && apiRequests % every === 0) throw new HttpError(429, 'Too many requests (simulated)', { 'Retry-After': '1' });
      return handleApi(context, request, response, url, publicUrl);
    }
    throw new HttpError(404, `nothing at ${url.pathname.slice(0, 200)}`);
  }

  const server = createServer(
    {
      // A client that dribbles its headers or body must not hold a socket open forever. Node checks
      // these only every connectionsCheckingInterval (30 s by default), far past a short timeout.
      headersTimeout,
      requestTimeout,
      connectionsCheckingInterval: Math.max(25, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    (request, response) => {
      route(request, response).catch((error: unknown) => {
        const failure =
          error instanceof HttpError
            ? error
            : error instanceof URIError
              ? new HttpError(400, 'malformed percent-encoding in the URL')
              : new HttpError(500, `internal error: ${(error as Error)?.message ?? String(error)}`);
        if (failure.status === 500) console.error('faultline server:', error);
        if (response.headersSent) response.destroy();
        else sendError(request, response, failure);
      });
    },
  );
  // Listening means ready to store: the first SDK event (and the alert it fires) is not held up by
  // the worker's module loading.
  await queue?.ready;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await queue?.close();
    await alerts.close();
    db.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  hosts = allowedHosts(port, options.allowedHosts);
  const url = `http://127.0.0.1:${port}`;
  origin = url;
  const publicKey = (projectId = projects[0]?.id ?? 1) => {
    const key = keys.get(projectId);
    if (key === undefined) throw new Error(`faultline server: no project ${projectId}`);
    return key;
  };
  return {
    url,
    apiToken,
    publicKey,
    dsn: (projectId = projects[0]?.id ?? 1) => `http://${publicKey(projectId)}@127.0.0.1:${port}/${projectId}`,
    ingestStats: () => queue?.stats() ?? { pending: 0, pendingBytes: 0, stored: 0, refused: 0 },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          const closeDb = async () => {
            // After the queue: its last batch may report firings, which closing then drops unsent.
            await alerts.close();
            db.close();
            if (error) reject(error);
            else resolve();
          };
          if (queue) queue.close().then(closeDb, closeDb);
          else closeDb();
        });
        server.closeAllConnections();
      }),
  };
}
