/**
 * Escapes text so Markdown shows it as written: HTML turns into entities (so `<script>` stays
 * text) and the characters that start emphasis, code, links, tables or strikethrough get a
 * backslash. Callers place the text after a label, never at a line start, so list and
 * heading markers need no escape.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function fencedBlock(code: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1));
  return `${fence}${info}\n${code}\n${fence}`;
}

/** Inline code that survives backticks in the text. */
export function inlineCode(text: string): string {
  const ticks = '`'.repeat(longestBacktickRun(text) + 1);
  // A code span that starts or ends with a backtick needs a space so the fence stays apart.
  const padded = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${ticks}${padded}${ticks}`;
}
