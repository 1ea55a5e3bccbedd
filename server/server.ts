import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi } from './api';
import { type BodyLimits, DEFAULT_BODY_LIMITS } from './body';
import { openDatabase } from './db';
import { HttpError, corsHeaders, sendError } from './http';
import { handleIngest, INGEST_PATH } from './ingestRoutes';
import { DEFAULT_PROJECTS, ensureProjects, type ProjectConfig } from './projects';
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
  /** DSN public key every project accepts. @default "public" */
  publicKey?: string;
  /** Projects to create. @default DEFAULT_PROJECTS */
  projects?: readonly ProjectConfig[];
  /** Answer every Nth API request with 429 (`?simulate429=N` does it per request). @default 0 (never) */
  simulate429Every?: number;
  /** Request body limits. @default DEFAULT_BODY_LIMITS */
  limits?: Partial<BodyLimits>;
}

/** A running server. */
export interface RunningServer {
  /** Base URL such as `http://127.0.0.1:8000`. */
  url: string;
  /** A DSN for a project, such as `http://public@127.0.0.1:8000/1`. */
  dsn(projectId?: number): string;
  /** Stops accepting connections, ends open ones and closes the database. */
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
  const db = openDatabase(options.dataDir ?? './.faultline-data');
  const projects = options.projects ?? DEFAULT_PROJECTS;
  const publicKey = options.publicKey ?? 'public';
  ensureProjects(db, projects, publicKey);
  if (options.seed && isEmpty(db) && projects.length > 0) {
    seedSampleEvents(db, { projects: { frontend: projects[0]!.id, backend: (projects[1] ?? projects[0]!).id } });
  }
  const limits: BodyLimits = { ...DEFAULT_BODY_LIMITS, ...options.limits };
  const context = { db, organization: options.organization ?? 'faultline', limits };
  let apiRequests = 0;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = typeof request.headers.host === 'string' && /^[\w.:[\]-]{1,300}$/.test(request.headers.host) ? request.headers.host : '127.0.0.1';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const publicUrl = new URL(`${url.pathname}${url.search}`, `http://${host}`);
    if (request.method === 'OPTIONS') {
      response.writeHead(204, corsHeaders(request));
      response.end();
      return;
    }
    const ingest = INGEST_PATH.exec(url.pathname);
    if (ingest) return handleIngest(db, limits, request, response, url, ingest);
    if (url.pathname.startsWith('/api/0/')) {
      apiRequests++;
      const every = readEvery(url.searchParams.get('simulate429'), options.simulate429Every ?? 0);
      if (every > 0 && apiRequests % every === 0) throw new HttpError(429, 'Too many requests (simulated)', { 'Retry-After': '1' });
      return handleApi(context, request, response, url, publicUrl);
    }
    throw new HttpError(404, `nothing at ${url.pathname.slice(0, 200)}`);
  }

  const server = createServer((request, response) => {
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
  });
  // A client that stops sending mid-body must not hold a socket open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    dsn: (projectId = projects[0]?.id ?? 1) => `http://${publicKey}@127.0.0.1:${port}/${projectId}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          db.close();
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
