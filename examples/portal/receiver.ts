import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { verifySentrySignature } from '../../src/sentry/signature';

/**
 * The client secret the built-in receiver checks `Sentry-Hook-Signature` with. A local test
 * value, not a credential: give it to a webhook action whose URL is this receiver.
 */
export const RECEIVER_SECRET = 'faultline-local-receiver';

/** The receiver kinds the local server's actions post to (server/alerts/README.md). */
export const RECEIVER_KINDS = ['webhook', 'slack', 'msteams', 'discord', 'pagerduty', 'opsgenie'] as const;

/** One request a receiver got, as the receiver page shows it. */
export interface ReceivedRequest {
  id: number;
  kind: string;
  path: string;
  receivedAt: string;
  headers: Record<string, string>;
  body: string;
  /** Whether the body is cut at `BODY_LIMIT`. */
  truncated: boolean;
  /** `verified` / `mismatch` against RECEIVER_SECRET, or `unsigned` without the header. */
  signature: 'verified' | 'mismatch' | 'unsigned';
}

const KEEP = 200;
const BODY_LIMIT = 256 * 1024;
// Headers that tell which receiver format arrived; the rest (cookies from a browser) stay out.
const SHOWN_HEADERS = ['content-type', 'user-agent', 'request-id', 'sentry-hook-resource', 'sentry-hook-timestamp', 'sentry-hook-signature', 'authorization'];

function readBody(request: IncomingMessage): Promise<{ body: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
      else truncated = true;
    });
    request.on('end', () => resolve({ body: Buffer.concat(chunks), truncated }));
    request.on('error', reject);
  });
}

function maskAuthorization(value: string): string {
  // Opsgenie sends `GenieKey <key>`: the scheme tells the format, the key stays hidden.
  const [scheme] = value.split(' ');
  return `${scheme ?? ''} ********`.trim();
}

/**
 * A Vite plugin that mounts the portal's built-in receiver: `POST /receiver/<kind>[/…]` stores
 * the request in memory and answers `200 ok`; `GET /receiver/log` lists what arrived, newest
 * first; `DELETE /receiver/log` clears it. The dev server listens on loopback only.
 */
export function receiverPlugin(): Plugin {
  const received: ReceivedRequest[] = [];
  let nextId = 1;
  const send = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  return {
    name: 'faultline-portal-receiver',
    configureServer(server) {
      server.middlewares.use('/receiver', (request, response, next) => {
        const path = (request.url ?? '/').split('?')[0] ?? '/';
        if (path === '/log' || path === '/log/') {
          if (request.method === 'GET') return send(response, 200, received);
          if (request.method === 'DELETE') {
            received.length = 0;
            return send(response, 200, []);
          }
        }
        const kind = /^\/([a-z]+)(?:\/|$)/.exec(path)?.[1];
        if (request.method !== 'POST' || kind === undefined || !(RECEIVER_KINDS as readonly string[]).includes(kind)) return next();
        readBody(request).then(
          async ({ body, truncated }) => {
            const headers: Record<string, string> = {};
            for (const name of SHOWN_HEADERS) {
              const value = request.headers[name];
              if (typeof value === 'string') headers[name] = name === 'authorization' ? maskAuthorization(value) : value;
            }
            const header = headers['sentry-hook-signature'];
            const signature = header === undefined ? 'unsigned' : (await verifySentrySignature(body, header, RECEIVER_SECRET)) ? 'verified' : 'mismatch';
            received.unshift({ id: nextId++, kind, path: `/receiver${path}`, receivedAt: new Date().toISOString(), headers, body: body.toString('utf8'), truncated, signature });
            received.length = Math.min(received.length, KEEP);
            // Slack and Discord answer with text; a JSON `ok` suits every sender's parser.
            send(response, 200, { ok: true });
          },
          () => send(response, 400, { ok: false }),
        );
      });
    },
  };
}
