import type { IncomingMessage } from 'node:http';
import { HttpError } from './http';

/**
 * The `Host` values this server answers to: its loopback names on its port, plus `extra`
 * (`name` or `name:port`; a bare name means this port). Lowercase, as they are compared.
 */
export function allowedHosts(port: number, extra: readonly string[] = []): ReadonlySet<string> {
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
  for (const entry of extra) {
    const host = entry.trim().toLowerCase();
    if (host === '') continue;
    if (!/^(?:[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/.test(host)) throw new Error(`faultline server: "${entry}" is not a host name such as myhost or myhost:8000`);
    hosts.add(/:\d{1,5}$/.test(host) ? host : `${host}:${port}`);
  }
  // Port 80 clients may leave the port out of Host.
  if (port === 80) for (const host of [...hosts]) hosts.add(host.replace(/:80$/, ''));
  return hosts;
}

/**
 * The request's `Host`, when it is one this server answers to. Anything else is a 421: a page on
 * a rebound DNS name (`attacker.example` resolving to 127.0.0.1) reaches the server with its own
 * name in `Host`, so checking it keeps such pages out, and links are never built from it.
 */
export function checkHost(request: IncomingMessage, allowed: ReadonlySet<string>): string {
  const host = request.headers.host;
  if (typeof host !== 'string' || host === '') throw new HttpError(400, 'the request has no Host header');
  const name = host.toLowerCase();
  if (!allowed.has(name)) {
    throw new HttpError(421, `this server does not answer for host "${host.slice(0, 100)}": use ${[...allowed].join(', ')} or add the host to the allowed list`);
  }
  return name;
}
