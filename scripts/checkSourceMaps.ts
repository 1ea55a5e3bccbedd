// `npm test` check, after the build: every entry file's source map is non-empty and maps a
// known name in the built file back to the right source file and line. The build prepends
// "use client" to some files and writes others itself, so an off-by-one here means stack
// traces and "go to source" in a host's devtools land on the wrong line.
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';

const DIST = resolve(process.argv[2] ?? 'dist');
const ENTRY_FILES = ['index', 'client', 'hooks', 'schema', 'sentry', 'tokens'];

interface Probe {
  /** Built file without extension, or `chunk`: whichever shared chunk declares the name. */
  file: string;
  name: string;
  /** Source file that declares `name`, relative to the repository. */
  source: string;
}

const probes: Probe[] = [
  { file: 'index', name: 'IssueList', source: 'src/components/IssueList/IssueList.tsx' },
  { file: 'index', name: 'themeTokens', source: 'src/theme/tokens.ts' },
  { file: 'client', name: 'LevelBadge', source: 'src/components/LevelBadge/LevelBadge.tsx' },
  { file: 'client', name: 'StackTraceView', source: 'src/components/StackTraceView/StackTraceView.tsx' },
  { file: 'hooks', name: 'useSentryIssues', source: 'src/hooks/sentry/useSentryIssues.ts' },
  { file: 'schema', name: 'normalizeEvent', source: 'src/core/normalize/normalize.ts' },
  { file: 'sentry', name: 'createSentryClient', source: 'src/sentry/client.ts' },
  { file: 'tokens', name: 'themeTokens', source: 'src/theme/tokens.ts' },
  { file: 'chunk', name: 'normalizeEvent', source: 'src/core/normalize/normalize.ts' },
];

const escapeName = (name: string) => name.replace(/\$/g, '\\$');
const declaration = (name: string) => new RegExp(`(?:^|\\s)(?:export\\s+)?(?:async\\s+)?(?:function|const|let|var|class)\\s+${escapeName(name)}(?![\\w$])`, 'm');

function lineOf(text: string, index: number) {
  const before = text.slice(0, index).split('\n');
  return { line: before.length - 1, column: (before.at(-1) as string).length };
}

/** Where the built file declares or re-exports `name`: the position its map must resolve. */
function generatedPosition(code: string, name: string) {
  const declared = declaration(name).exec(code);
  if (declared) return lineOf(code, declared.index + declared[0].search(/\S/));
  const patterns = [new RegExp(`exports\\.${escapeName(name)} = `), new RegExp(`exports, "${escapeName(name)}"`), new RegExp(`export \\{ ${escapeName(name)} \\}`)];
  for (const pattern of patterns) {
    const match = pattern.exec(code);
    if (match) return lineOf(code, match.index + match[0].indexOf(name));
  }
  // One `export { a, b, c }` statement: the name's last occurrence is in it.
  const all = [...code.matchAll(new RegExp(`(?<![\\w$])${escapeName(name)}(?![\\w$])`, 'g'))];
  const last = all.at(-1);
  return last?.index === undefined ? undefined : lineOf(code, last.index);
}

const failures: string[] = [];
let checked = 0;

function check(file: string, probe: Probe) {
  const path = join(DIST, file);
  const code = readFileSync(path, 'utf8');
  const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { mappings: string; sources: string[] };
  if (!/[^;]/.test(map.mappings)) failures.push(`${file}.map has no mappings`);
  const at = generatedPosition(code, probe.name);
  if (!at) return failures.push(`${file}: ${probe.name} not found`);
  const sourceText = readFileSync(probe.source, 'utf8');
  const declared = declaration(probe.name).exec(sourceText);
  if (!declared) return failures.push(`${probe.source}: no declaration of ${probe.name}`);
  const expected = lineOf(sourceText, declared.index + declared[0].search(/\S/)).line;
  const entry = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))).findEntry(at.line, at.column) as {
    originalSource?: string;
    originalLine?: number;
  };
  const source = entry.originalSource === undefined ? undefined : resolve(DIST, entry.originalSource.replace(/^file:\/\//, ''));
  checked++;
  if (source !== resolve(probe.source) || entry.originalLine !== expected) {
    failures.push(
      `${file}:${at.line + 1}:${at.column + 1} (${probe.name}) maps to ${entry.originalSource}:${(entry.originalLine ?? -2) + 1}, expected ${probe.source}:${expected + 1}`,
    );
  }
}

for (const name of ENTRY_FILES) {
  for (const ext of ['js', 'cjs']) {
    const map = JSON.parse(readFileSync(join(DIST, `${name}.${ext}.map`), 'utf8')) as { mappings: string };
    if (!/[^;]/.test(map.mappings)) failures.push(`${name}.${ext}.map is empty`);
  }
}
for (const probe of probes) {
  for (const ext of ['js', 'cjs']) {
    if (probe.file !== 'chunk') {
      check(`${probe.file}.${ext}`, probe);
      continue;
    }
    const chunk = readdirSync(DIST).find((f) => f.startsWith('chunk-') && f.endsWith(`.${ext}`) && declaration(probe.name).test(readFileSync(join(DIST, f), 'utf8')));
    if (chunk) check(chunk, probe);
    else failures.push(`no .${ext} chunk declares ${probe.name}`);
  }
}

if (failures.length > 0) {
  console.error(`source maps: ${failures.length} problem(s)\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`source maps: ${ENTRY_FILES.length * 2} entry maps non-empty, ${checked} names map to their declaration's file and line`);
