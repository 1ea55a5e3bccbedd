import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, schemaJson } from './schemaValidator';

const docs = readFileSync(join(REPO_ROOT, 'docs/schema.md'), 'utf8');

/** The text of the `### name` section, up to the next heading. */
function section(name: string): string | undefined {
  const start = docs.indexOf(`\n### ${name}\n`);
  if (start === -1) return undefined;
  const end = docs.indexOf('\n#', start + 1);
  return docs.slice(start, end === -1 ? undefined : end);
}

describe('docs/schema.md', () => {
  it.each(Object.keys(schemaJson.$defs))('documents $defs/%s and each of its properties', (name) => {
    const text = section(name);
    expect(text, `no "### ${name}" section`).toBeDefined();
    const properties = Object.keys((schemaJson.$defs[name]?.properties ?? {}) as object);
    const missing = properties.filter((key) => !text?.includes(`| \`${key}\` |`));
    expect(missing).toEqual([]);
  });

  it('documents the Problem format, strict mode and the derivations', () => {
    for (const heading of ['## Results, problems and strict mode', '## Derivations', '## Example']) expect(docs).toContain(heading);
    for (const term of ['SchemaError', '**Title.**', '**Culprit.**', '**Exception chain order.**', '**`inApp` unknown.**', 'parseUserAgent']) {
      expect(docs).toContain(term);
    }
  });
});
