import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, schemaJson } from './schemaValidator';

const MODEL_DIR = join(REPO_ROOT, 'src/core/model');

/** `$defs` name of each canonical interface; the rest share their TypeScript name. */
const DEF_NAME: Record<string, string> = { Event: 'FaultlineEvent', Issue: 'FaultlineIssue' };
/** Interfaces that are no data shape of their own. */
const NOT_DATA = new Set(['ContextBase', 'NormalizeOptions', 'NormalizeResult']);

interface ParsedInterface {
  base?: string;
  keys: string[];
}

/** Property names of every interface in the model sources, by a line-based reading of the TS. */
function modelInterfaces(): Map<string, ParsedInterface> {
  const found = new Map<string, ParsedInterface>();
  for (const file of readdirSync(MODEL_DIR).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(MODEL_DIR, file), 'utf8');
    for (const match of source.matchAll(/^(?:export )?interface (\w+)(?:<[^>]*>)?(?: extends (\w+))? \{\n([\s\S]*?)^\}/gm)) {
      const [, name = '', base, body = ''] = match;
      const keys = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((property) => property[1] ?? '');
      found.set(name, { base, keys });
    }
  }
  return found;
}

function keysWithBase(interfaces: Map<string, ParsedInterface>, name: string): string[] {
  const parsed = interfaces.get(name);
  if (parsed === undefined) return [];
  const inherited = parsed.base === undefined ? [] : keysWithBase(interfaces, parsed.base);
  return [...new Set([...inherited, ...parsed.keys])].sort();
}

describe('canonical $defs and src/core/model', () => {
  const interfaces = modelInterfaces();
  const dataInterfaces = [...interfaces.keys()].filter((name) => !NOT_DATA.has(name));

  it('finds the model interfaces', () => {
    expect(dataInterfaces).toEqual(expect.arrayContaining(['Event', 'Issue', 'Frame', 'ExceptionValue', 'DeviceContext', 'Request']));
  });

  it.each(dataInterfaces)('%s has a $def with exactly its property keys', (name) => {
    const def = schemaJson.$defs[DEF_NAME[name] ?? name];
    expect(def, `schema.json lacks $defs/${DEF_NAME[name] ?? name}`).toBeDefined();
    const schemaKeys = Object.keys((def?.properties ?? {}) as object).sort();
    expect(schemaKeys).toEqual(keysWithBase(interfaces, name));
    expect(def?.additionalProperties).toBe(false);
  });

  it('has no canonical $def for an interface the model dropped', () => {
    const canonical = Object.entries(schemaJson.$defs)
      .filter(([name, def]) => !name.startsWith('Sentry') && def.type === 'object' && def.additionalProperties === false)
      .map(([name]) => name);
    const expected = dataInterfaces.map((name) => DEF_NAME[name] ?? name);
    expect(canonical.sort()).toEqual(expected.sort());
  });
});
