/**
 * The value as an absolute `http:` or `https:` URL, else `undefined`. Links in the kit come from
 * event data or host callbacks (permalinks, source links, Slack buttons), so `javascript:`,
 * `data:` and relative links are dropped rather than escaped.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link target a host may give for its own pages: an absolute `http:`/`https:` URL, or a
 * relative one (`/issues/1`, `#/issues/1`, `?id=1`) that resolves to one against the page. The
 * value is returned as given so client-side routers see their own form; `javascript:`,
 * `data:` and the like give `undefined`.
 */
export function safeLinkHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  // Backslashes and control characters make browsers read `/\\evil` or `java\tscript:` differently from URL().
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code < 0x20 || code === 0x5c) return undefined;
  }
  const base = typeof document !== 'undefined' && document.baseURI ? document.baseURI : 'http://localhost/';
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
