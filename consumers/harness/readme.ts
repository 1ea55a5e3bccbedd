// The README's quick start is code users paste: the Next.js consumer runs it as it is written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SECTION = '## Quick start in an admin portal';

/** The first ```tsx block of the README's quick-start section, verbatim. */
export function quickStartBlock(repo: string): string {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const start = readme.indexOf(SECTION);
  if (start < 0) throw new Error(`README.md has no "${SECTION}" section`);
  const next = readme.indexOf('\n## ', start + SECTION.length);
  const section = readme.slice(start, next < 0 ? undefined : next);
  const block = /```tsx\n([\s\S]*?)```/.exec(section);
  if (!block?.[1]) throw new Error(`README.md's "${SECTION}" section has no \`\`\`tsx block`);
  return block[1];
}
