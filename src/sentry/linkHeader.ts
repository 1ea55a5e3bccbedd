/** One link of an HTTP `Link` header, with Sentry's pagination parameters read out. */
export interface SentryLink {
  /** The target URL, as written between `<` and `>`. */
  url: string;
  /** The relation, lower-cased: `next`, `previous`… */
  rel: string | undefined;
  /** Sentry's `results="true|false"`: whether the linked page has anything; absent when not sent. */
  results: boolean | undefined;
  /** The `cursor` parameter, or the URL's `cursor` query value when the parameter is missing. */
  cursor: string | undefined;
  /** Every parameter, keys lower-cased, values unquoted. */
  params: Record<string, string>;
}

/** The cursors of a page, read from its `Link` header. */
export interface SentryCursors {
  /** Cursor of the next page, only when Sentry says it has results. */
  nextCursor: string | undefined;
  /** Cursor of the previous page, only when Sentry says it has results. */
  previousCursor: string | undefined;
}

// Real headers are a few hundred bytes; the cap keeps a hostile one from costing much.
const HEADER_LIMIT = 16_384;
const LINK_LIMIT = 32;

/** Splits on commas that sit outside `<…>` and quoted strings (URLs and values may hold commas). */
function splitOutside(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let start = 0;
  let inUrl = false;
  let inQuote = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inQuote) {
      if (char === '\\') i++;
      else if (char === '"') inQuote = false;
    } else if (inUrl) {
      if (char === '>') inUrl = false;
    } else if (char === '"') inQuote = true;
    else if (char === '<') inUrl = true;
    else if (char === separator) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return trimmed;
}

function cursorInUrl(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query < 0) return undefined;
  const hash = url.indexOf('#', query);
  try {
    const value = new URLSearchParams(url.slice(query + 1, hash < 0 ? undefined : hash)).get('cursor');
    return value === null || value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

function parseLink(part: string): SentryLink | undefined {
  const [target, ...rest] = splitOutside(part, ';');
  const match = /^\s*<([^>]*)>\s*$/.exec(target ?? '');
  if (!match) return undefined;
  const url = match[1] ?? '';
  const params: Record<string, string> = {};
  for (const param of rest) {
    const equals = param.indexOf('=');
    const key = (equals < 0 ? param : param.slice(0, equals)).trim().toLowerCase();
    if (key === '' || key in params) continue;
    params[key] = equals < 0 ? '' : unquote(param.slice(equals + 1));
  }
  const results = params.results?.toLowerCase();
  const cursor = params.cursor !== undefined && params.cursor !== '' ? params.cursor : cursorInUrl(url);
  return {
    url,
    rel: params.rel === undefined ? undefined : params.rel.toLowerCase(),
    results: results === 'true' ? true : results === 'false' ? false : undefined,
    cursor,
    params,
  };
}

/**
 * Reads an HTTP `Link` header (RFC 8288) as Sentry sends it. Never throws: parts that are not
 * links are skipped, and a missing or oversized header gives no links.
 */
export function parseLinkHeader(header: string | null | undefined): SentryLink[] {
  if (typeof header !== 'string' || header.length > HEADER_LIMIT) return [];
  const links: SentryLink[] = [];
  for (const part of splitOutside(header, ',')) {
    const link = parseLink(part);
    if (link) links.push(link);
    if (links.length >= LINK_LIMIT) break;
  }
  return links;
}

function usableCursor(links: SentryLink[], rels: string[]): string | undefined {
  // `rel` may list several relations separated by spaces (RFC 8288).
  const link = links.find((candidate) => candidate.rel?.split(/\s+/).some((rel) => rels.includes(rel)));
  // Sentry always sends both links; only `results="false"` says there is nothing there.
  // Servers that leave `results` out are taken at their word that the page exists.
  if (!link || link.results === false) return undefined;
  return link.cursor;
}

/** The next and previous cursors of a `Link` header; a side without results has none. */
export function cursorsFromLinkHeader(header: string | null | undefined): SentryCursors {
  const links = parseLinkHeader(header);
  return {
    nextCursor: usableCursor(links, ['next']),
    previousCursor: usableCursor(links, ['previous', 'prev']),
  };
}
