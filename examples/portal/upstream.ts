import type { IncomingMessage } from 'node:http';
import type { ProxyOptions } from 'vite';

/** The Sentry-compatible API behind the portal's `/api/0/`, as only the dev server knows it. */
export interface Upstream {
  /** Base URL without `/api/0`, such as `https://sentry.io`, `https://sentry.example.com` or the local server's. */
  baseUrl: string;
  /** Organization slug the portal reads issues of. */
  organization: string;
  /** Auth token the proxy adds as `Authorization: Bearer …`; never sent to the browser. */
  authToken?: string;
}

/** Environment variables the portal reads; only the names used here. */
export type PortalEnv = Record<string, string | undefined>;

/**
 * The real Sentry named by `SENTRY_BASE_URL`, `SENTRY_ORG` and `SENTRY_AUTH_TOKEN`, or
 * `undefined` when `SENTRY_BASE_URL` is unset (the portal then starts the local server).
 * Throws naming the variable that is missing or malformed.
 */
export function sentryUpstreamFromEnv(env: PortalEnv): Upstream | undefined {
  const baseUrl = env.SENTRY_BASE_URL?.trim();
  if (!baseUrl) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`SENTRY_BASE_URL must be an http(s) URL such as https://sentry.io, got "${baseUrl}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`SENTRY_BASE_URL must be http(s), got ${parsed.protocol}`);
  const organization = env.SENTRY_ORG?.trim();
  if (!organization) throw new Error('SENTRY_ORG must name the organization slug when SENTRY_BASE_URL is set');
  const authToken = env.SENTRY_AUTH_TOKEN?.trim();
  return { baseUrl: parsed.href.replace(/\/+$/, ''), organization, ...(authToken ? { authToken } : {}) };
}

/**
 * Names of `VITE_*` variables that look like secrets. Vite inlines every `VITE_*` variable
 * into the browser bundle, so a token there is readable by anyone who opens the portal.
 */
export function secretsExposedToBrowser(env: PortalEnv): string[] {
  return Object.keys(env).filter((name) => /^VITE_/.test(name) && /TOKEN|SECRET/i.test(name));
}

/**
 * Whether a request to the dev server came from a page on another origin. Browsers send `Origin`
 * on every cross-origin call (and on same-origin ones that change things, with the portal's own
 * origin); Vite's CORS default lets any localhost page call the dev server, and the proxy adds
 * the token, so without this check any local page could act with it.
 */
export function isCrossOriginRequest(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  const scheme = (request.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  return origin.toLowerCase() !== `${scheme}://${String(request.headers.host ?? '').toLowerCase()}`;
}

/**
 * The dev server's proxy for `/api/0/`: forwards to the upstream and adds the token there, so
 * the browser only ever talks to its own origin and never holds the token. Calls from pages on
 * other origins are answered 403 here and never reach the upstream.
 */
export function apiProxy(upstream: Upstream): Record<string, ProxyOptions> {
  return {
    '/api/0/': {
      target: upstream.baseUrl,
      bypass: (request, response) => {
        if (!response || !isCrossOriginRequest(request)) return undefined;
        // Vite's CORS middleware has already allowed any localhost origin; take that back too.
        for (const name of response.getHeaderNames()) if (name.startsWith('access-control-')) response.removeHeader(name);
        const body = JSON.stringify({ detail: "the portal's API proxy answers only the portal's own pages" });
        response.writeHead(403, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) });
        response.end(body);
        // Vite stops at a bypass that returns a path once the answer is sent.
        return request.url ?? '/';
      },
      // Sentry routes and serves TLS by its own host name, not the portal's.
      changeOrigin: true,
      configure: (proxy) => {
        proxy.on('proxyReq', (outgoing) => {
          if (upstream.authToken) outgoing.setHeader('Authorization', `Bearer ${upstream.authToken}`);
          // The portal's cookies are for the portal; Sentry would also treat a browser Origin
          // as a cross-site call. Upstream, the proxy is the client.
          outgoing.removeHeader('Cookie');
          outgoing.removeHeader('Origin');
          outgoing.removeHeader('Referer');
        });
      },
    },
  };
}
