// Post-build steps of tsup.config.ts: the "use client" directive, the root entry that
// re-exports the client bundle, and source maps for entry files that only re-export.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

export const USE_CLIENT = '"use client";\n';

/** Where an entry's export is declared in the sources (0-based line and column). */
export interface ExportSite {
  name: string;
  /** True for a runtime value (function, class, const); false for a type only. */
  isValue: boolean;
  /** Absolute path of the source file that declares it. */
  file: string;
  line: number;
  column: number;
}

let program: ts.Program | undefined;

/** One TypeScript program over every entry, shared by both formats' post-build steps. */
function entryProgram(entries: readonly string[]): ts.Program {
  if (program && entries.every((entry) => program?.getSourceFile(resolve(entry)))) return program;
  const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, process.cwd());
  program = ts.createProgram(
    entries.map((entry) => resolve(entry)),
    { ...options, noEmit: true },
  );
  return program;
}

/** Every name an entry module exports, with the declaration it resolves to. */
export function exportSites(entry: string, entries: readonly string[] = [entry]): ExportSite[] {
  const current = entryProgram(entries);
  const checker = current.getTypeChecker();
  const source = current.getSourceFile(resolve(entry));
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`build: ${entry} is not a module`);
  return checker.getExportsOfModule(moduleSymbol).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    if (!declaration) throw new Error(`build: ${entry} exports ${symbol.name} without a declaration`);
    const node = ts.getNameOfDeclaration(declaration) ?? declaration;
    const file = declaration.getSourceFile();
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    return { name: symbol.name, isValue: (target.flags & ts.SymbolFlags.Value) !== 0, file: file.fileName, line, column: character };
  });
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 VLQ, the number encoding of source map `mappings`. */
export function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += BASE64[digit];
  } while (rest > 0);
  return out;
}

/** A generated position (0-based) mapped to the export's declaration. */
interface Mapping {
  line: number;
  column: number;
  site: ExportSite;
}

/** A version 3 source map of `mappings`, with the sources' text so it works without `src/`. */
export async function sourceMap(file: string, mappings: readonly Mapping[]) {
  const sorted = [...mappings].sort((a, b) => a.line - b.line || a.column - b.column);
  const sources = [...new Set(sorted.map((m) => m.site.file))];
  const names = [...new Set(sorted.map((m) => m.site.name))];
  const lines: string[] = [];
  let previous = { source: 0, line: 0, column: 0, name: 0 };
  let lastColumn = 0;
  for (const { line, column, site } of sorted) {
    // Generated columns are relative within a line; everything else across the whole map.
    if (lines.length <= line) lastColumn = 0;
    while (lines.length <= line) lines.push('');
    const segment = { source: sources.indexOf(site.file), line: site.line, column: site.column, name: names.indexOf(site.name) };
    const fields = [column - lastColumn, segment.source - previous.source, segment.line - previous.line, segment.column - previous.column, segment.name - previous.name];
    const encoded = fields.map(vlq).join('');
    lines[line] = lines[line] === '' ? encoded : `${lines[line]},${encoded}`;
    previous = segment;
    lastColumn = column;
  }
  const dir = dirname(resolve(file));
  return {
    version: 3,
    file: relative(dir, resolve(file)),
    sources: sources.map((source) => relative(dir, source).split('\\').join('/')),
    sourcesContent: await Promise.all(sources.map((source) => readFile(source, 'utf8'))),
    names,
    mappings: lines.join(';'),
  };
}

const positionOf = (code: string, index: number) => {
  const before = code.slice(0, index).split('\n');
  return { line: before.length - 1, column: (before.at(-1) as string).length };
};

/**
 * An entry that only re-exports shared chunks (tsup leaves its map empty) gets a map from each
 * exported name, where the entry file names it, to the name's declaration in `src/`: a stack
 * or a "go to source" on the entry lands on the code. Maps with mappings are left as they are.
 */
export async function mapReexports(file: string, sites: readonly ExportSite[]) {
  let code = await readFile(file, 'utf8');
  // tsup's entries (tree-shaken by Rollup after esbuild) end with the sourceMappingURL comment twice.
  const comment = `//# sourceMappingURL=${file.split('/').at(-1)}.map`;
  code = `${code.split(comment).join('').trimEnd()}\n${comment}\n`;
  await writeFile(file, code);
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
  if (/[^;]/.test(map.mappings)) return;
  const body = code.slice(0, code.indexOf(comment));
  const mappings: Mapping[] = [];
  for (const site of sites.filter((s) => s.isValue)) {
    const cjs = body.indexOf(`exports, "${site.name}"`);
    const index = cjs >= 0 ? cjs + 'exports, "'.length : lastWord(body, site.name);
    if (index < 0) throw new Error(`build: ${file} does not export ${site.name}`);
    mappings.push({ ...positionOf(code, index), site });
  }
  await writeFile(`${file}.map`, JSON.stringify(await sourceMap(file, mappings)));
}

function lastWord(code: string, word: string): number {
  const matches = [...code.matchAll(new RegExp(`(?<![\\w$])${word.replace(/\$/g, '\\$')}(?![\\w$])`, 'g'))];
  return matches.at(-1)?.index ?? -1;
}

/** Prepends `"use client"` and shifts the map one line down (`;` = one more generated line). */
export async function prependDirective(file: string) {
  const code = await readFile(file, 'utf8');
  if (code.startsWith(USE_CLIENT)) return;
  const map = JSON.parse(await readFile(`${file}.map`, 'utf8')) as { mappings: string };
  map.mappings = `;${map.mappings}`;
  await writeFile(file, USE_CLIENT + code);
  await writeFile(`${file}.map`, JSON.stringify(map));
}

/**
 * Writes the root entry (`dist/index.js` or `index.cjs`): one re-export per value the source
 * entry exports, each from the built module its declaration lives in (`route`). No directive
 * and no `export *`: a server component that imports it gets client references for the
 * components (the client module has the directive) and plain values for plain data.
 */
export async function writeRootEntry(file: string, format: 'esm' | 'cjs', sites: readonly ExportSite[], route: (site: ExportSite) => string) {
  const ext = format === 'esm' ? 'js' : 'cjs';
  const values = sites.filter((site) => site.isValue).sort((a, b) => (a.name < b.name ? -1 : 1));
  const header = [
    '// Generated by tsup.config.ts (scripts/buildEntries.ts). No "use client" here on purpose: the',
    '// components come from the client module, which has it, so a server component can import this.',
  ];
  const lines = [...header];
  const mappings: Mapping[] = [];
  if (format === 'cjs') {
    lines.unshift("'use strict';");
    for (const module of [...new Set(values.map(route))].sort()) lines.push(`const ${module} = require('./${module}.${ext}');`);
  }
  for (const site of values) {
    const module = route(site);
    const line = format === 'esm' ? `export { ${site.name} } from './${module}.${ext}';` : `exports.${site.name} = ${module}.${site.name};`;
    mappings.push({ line: lines.length, column: line.indexOf(site.name), site });
    lines.push(line);
  }
  const name = file.split('/').at(-1) as string;
  lines.push(`//# sourceMappingURL=${name}.map`, '');
  await writeFile(file, lines.join('\n'));
  await writeFile(`${file}.map`, JSON.stringify(await sourceMap(file, mappings)));
}
