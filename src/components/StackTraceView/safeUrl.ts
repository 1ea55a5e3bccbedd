/**
 * The URL when it is an absolute `http:` or `https:` address, else `undefined`: a host's
 * source-link callback may echo event data, and `javascript:` or `data:` must never become a link.
 */
export function safeHttpUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
