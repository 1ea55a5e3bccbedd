import { sliceWhole } from '../report/wholeText';

/**
 * Whole-URL budget for a pre-filled "new issue" link, in characters (the URL is ASCII once
 * encoded, so characters are bytes). Why 8000:
 * - GitHub answers 414 "URI Too Long" past about 8 KiB (its server-side limit is 2^13 =
 *   8192; github/docs pull request #4537 documents that long URLs get a 414).
 * - GitLab sits behind nginx, whose `large_client_header_buffers` default of 8k caps the
 *   request line, or it answers 414 (nginx core module documentation).
 * - Jira runs on Tomcat, whose `maxHttpHeaderSize` default is 8192 bytes for the request
 *   line and headers together.
 * 8000 leaves room for the request method, protocol and a few headers inside those 8 KiB.
 */
export const SAFE_URL_LENGTH = 8000;

/** The note placed where a report was cut; the full report goes on the clipboard. */
export const TRIMMED_NOTE = 'Report trimmed — full report on the clipboard.';

/** A body cut to fit a URL, and whether it was cut. */
export interface FittedBody {
  body: string;
  trimmed: boolean;
}

/**
 * Closes a Markdown fence or a Jira `{noformat}` block the cut left open, so the note does
 * not land inside it.
 */
function closeOpenFence(kept: string): string {
  let open: string | undefined;
  for (const line of kept.split('\n')) {
    if (line === '{noformat}' && (open === undefined || open === line)) {
      open = open === undefined ? line : undefined;
      continue;
    }
    const fence = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) continue;
    if (open === undefined) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
  }
  return open === undefined ? kept : `${kept}\n${open}`;
}

/** Cuts at a line end when one is near, and never between the halves of a surrogate pair. */
function cut(body: string, length: number): string {
  const kept = sliceWhole(body, length);
  const lineEnd = kept.lastIndexOf('\n');
  return lineEnd > kept.length * 0.8 ? kept.slice(0, lineEnd) : kept;
}

/**
 * The longest start of `body` whose URL (`toUrl(body)`) fits in `limit` characters, with a
 * visible `note` where it was cut. Binary search over the body length, because percent
 * encoding makes each character cost 1 to 12 characters of URL.
 */
export function fitBodyInUrl(
  body: string,
  toUrl: (body: string) => string,
  limit: number,
  note: (text: string) => string,
): FittedBody {
  if (toUrl(body).length <= limit) return { body, trimmed: false };
  const withCut = (length: number) => {
    const kept = closeOpenFence(cut(body, length).trimEnd());
    return kept === '' ? note(TRIMMED_NOTE).trimStart() : `${kept}\n\n${note(TRIMMED_NOTE)}`;
  };
  let low = 0;
  let high = body.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (toUrl(withCut(middle)).length <= limit) low = middle;
    else high = middle - 1;
  }
  return { body: withCut(low), trimmed: true };
}
