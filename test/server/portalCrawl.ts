/** One file the portal's dev server served, by the path the page asked for. */
export interface ServedFile {
  path: string;
  /** The text served, followed by its inline source maps decoded. */
  body: string;
}

// Module URLs in served HTML and JS: script sources, static and dynamic imports. Bare names
// never reach the browser; Vite rewrites them to paths.
const REFERENCES = [/<script[^>]*\ssrc="([^"]+)"/g, /\b(?:from|import)\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g];

const INLINE_SOURCE_MAP = /sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/g;

/** The file with its inline source maps decoded: they carry the original sources, base64-encoded. */
function withSourceMaps(body: string): string {
  const maps = [...body.matchAll(INLINE_SOURCE_MAP)].map((match) => Buffer.from(match[1]!, 'base64').toString('utf8'));
  return [body, ...maps].join('\n');
}

/** Same-origin URLs a served file refers to, resolved against it. */
function referencesIn(body: string, base: URL): URL[] {
  return REFERENCES.flatMap((pattern) => [...body.matchAll(pattern)])
    .map((match) => new URL(match[1]!, base))
    .filter((url) => url.origin === base.origin);
}

/**
 * Everything the page can load from the portal's dev server, found as a browser would: the
 * HTML, then every module it imports, transitively. Stops at `limit` files.
 */
export async function crawlServedCode(portalUrl: string, limit = 400): Promise<ServedFile[]> {
  const served: ServedFile[] = [];
  const queue = [new URL(portalUrl)];
  const queued = new Set(queue.map((url) => url.href));
  while (queue.length > 0 && served.length < limit) {
    const url = queue.shift()!;
    const response = await fetch(url);
    // The patterns are a scan, not a parser: inside bundled code they also catch strings that
    // only look like imports, and the server has nothing there.
    if (!response.ok && served.length > 0) continue;
    if (!response.ok) throw new Error(`the portal answered ${response.status} for its page`);
    const body = await response.text();
    served.push({ path: url.pathname, body: withSourceMaps(body) });
    for (const next of referencesIn(body, url)) {
      if (queued.has(next.href)) continue;
      queued.add(next.href);
      queue.push(next);
    }
  }
  return served;
}
