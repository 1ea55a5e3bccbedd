// Every cut of event text goes through here: a cut between the two halves of a surrogate pair
// leaves a lone surrogate, which shows as a broken glyph in reports and makes
// `encodeURIComponent` throw in pre-filled issue links.

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** `text.slice(0, end)`, one unit shorter when `end` would fall inside a surrogate pair. */
export function sliceWhole(text: string, end: number): string {
  if (end <= 0) return '';
  if (end >= text.length) return text;
  return text.slice(0, isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end);
}

/** At most `max` UTF-16 units of `text`, ending in `…` when cut; never half an emoji. */
export function clipWhole(text: string, max: number): string {
  return text.length <= max ? text : `${sliceWhole(text, max - 1)}…`;
}

/** The text with lone surrogates (from a cut made elsewhere) replaced by U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
