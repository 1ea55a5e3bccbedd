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
