// The public API of each entry, read from the built declarations (`dist/*.d.ts`), as
// `api/<entry>.api.md`: every exported name with its kind and declared signature, sorted.
// `npm run api` (`--write`) refreshes the reports; without `--write` it checks them, and a
// surface that changed without a refresh fails with the names added, removed and changed.
// Review the reports' diff like code: a name in them is a promise to users.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const ENTRIES = { faultline: 'index', 'faultline/hooks': 'hooks', 'faultline/schema': 'schema', 'faultline/sentry': 'sentry' } as const;
const API_DIR = 'api';

interface ApiItem {
  name: string;
  kind: string;
  signature: string;
}

function kindOf(node: ts.Node): string {
  if (ts.isFunctionDeclaration(node)) return 'function';
  if (ts.isClassDeclaration(node)) return 'class';
  if (ts.isInterfaceDeclaration(node)) return 'interface';
  if (ts.isTypeAliasDeclaration(node)) return 'type';
  if (ts.isEnumDeclaration(node)) return 'enum';
  if (ts.isModuleDeclaration(node)) return 'namespace';
  if (ts.isVariableDeclaration(node)) return ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const ? 'const' : 'let';
  return ts.SyntaxKind[node.kind];
}

/** The declaration as written in the .d.ts, without its doc comment: `declare const X: T;`. */
function signatureOf(node: ts.Node): string {
  const statement = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  return statement.getText().replace(/^export\s+/, '');
}

/** Every export of one built declaration file. */
function apiOf(program: ts.Program, file: string): ApiItem[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`api: ${file} is missing or not a module; run the build first`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const declarations = target.declarations ?? [];
      return {
        name: symbol.name,
        kind: [...new Set(declarations.map(kindOf))].join(' + '),
        signature: declarations.map(signatureOf).join('\n'),
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function render(entry: string, file: string, items: readonly ApiItem[]): string {
  const values = items.filter((item) => !['interface', 'type'].includes(item.kind)).length;
  const lines = [
    `# ${entry}`,
    '',
    `<!-- Generated from ${file} by \`npm run api\`; \`npm test\` fails when the built surface differs. -->`,
    '',
    `${items.length} exports: ${values} values, ${items.length - values} types.`,
  ];
  for (const item of items) lines.push('', `## ${item.name} (${item.kind})`, '', '```ts', item.signature, '```');
  return `${lines.join('\n')}\n`;
}

/** Splits a report back into its sections, by exported name, to say what changed. */
function sections(report: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of report.split(/^## /m).slice(1)) map.set(part.slice(0, part.indexOf(' ')), part.trimEnd());
  return map;
}

function describeChange(entry: string, before: string, after: string): string[] {
  const old = sections(before);
  const now = sections(after);
  const out: string[] = [];
  for (const [name, text] of now) {
    if (!old.has(name)) out.push(`+ ${entry}: added ${name}`, indent(text, '+   '));
    else if (old.get(name) !== text) out.push(`~ ${entry}: changed ${name}`, indent(old.get(name) as string, '-   '), indent(text, '+   '));
  }
  for (const [name, text] of old) if (!now.has(name)) out.push(`- ${entry}: removed ${name}`, indent(text, '-   '));
  if (out.length === 0) out.push(`~ ${entry}: the report's header or order differs (run npm run api)`);
  return out;
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

export function buildReports(dist = 'dist'): Map<string, { path: string; text: string; count: number }> {
  const files = Object.values(ENTRIES).map((name) => resolve(dist, `${name}.d.ts`));
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, target: ts.ScriptTarget.ES2022 });
  const reports = new Map<string, { path: string; text: string; count: number }>();
  for (const [entry, name] of Object.entries(ENTRIES)) {
    const items = apiOf(program, resolve(dist, `${name}.d.ts`));
    reports.set(entry, { path: join(API_DIR, `${name}.api.md`), text: render(entry, `dist/${name}.d.ts`, items), count: items.length });
  }
  return reports;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/apiReport.ts')) {
  const write = process.argv.includes('--write');
  const reports = buildReports();
  const problems: string[] = [];
  for (const [entry, { path, text, count }] of reports) {
    if (write) {
      mkdirSync(API_DIR, { recursive: true });
      writeFileSync(path, text);
      console.log(`api: ${path} (${count} exports of ${entry})`);
      continue;
    }
    const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (committed !== text) problems.push(...describeChange(entry, committed, text));
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('\napi: the public surface differs from api/*.api.md. If the change is meant, run `npm run api` and commit the reports.');
    process.exit(1);
  }
  if (!write) console.log(`api: ${[...reports].map(([entry, { count }]) => `${entry} ${count}`).join(', ')} exports, as reported`);
}
