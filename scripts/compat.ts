// `npm run test:compat`: the built package on the Node versions users run (20, 22, 24) and
// with React 18. Node 22 and 24 come from the npm registry's `node` package through npx.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NODE_VERSIONS = ['22', '24'];
let passed = 0;
let failed = 0;

function step(name: string, file: string, args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(file, args, { cwd, stdio: 'inherit', env });
  if (result.status === 0) {
    passed++;
    console.log(`✔ ${name}`);
  } else {
    failed++;
    console.log(`✘ ${name} (exit ${result.status ?? result.signal})`);
  }
  return result.status === 0;
}

const nodeOf = (major: string) => ['npx', ['-y', `node@${major}`]] as const;

if (!existsSync('dist/index.js')) step('build', 'npm', ['run', '--silent', 'build']);

// Import every entry by package name (self-reference through `exports`) on each Node.
step(`imports on Node ${process.versions.node}`, process.execPath, ['scripts/compat/imports.mjs']);
step(`requires on Node ${process.versions.node}`, process.execPath, ['scripts/compat/imports.cjs']);
for (const major of NODE_VERSIONS) {
  const [npx, prefix] = nodeOf(major);
  step(`imports on Node ${major}`, npx, [...prefix, 'scripts/compat/imports.mjs']);
  step(`requires on Node ${major}`, npx, [...prefix, 'scripts/compat/imports.cjs']);
  // test/server drives the repo's local server, whose better-sqlite3 addon is compiled for the
  // toolchain's Node (20); it is a dev tool, not part of the package users run on 22 and 24.
  step(`unit tests on Node ${major}`, npx, [
    ...prefix,
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'unit',
    '--exclude',
    'test/server/**',
  ]);
}

// React 18: pack the package as npm would publish it and install it with React 18 in a
// scratch folder, so nothing resolves to the repo's React 19.
const scratch = mkdtempSync(join(tmpdir(), 'faultline-react18-'));
try {
  if (step('npm pack', 'npm', ['pack', '--silent', '--pack-destination', scratch])) {
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'react18-smoke', private: true, type: 'module' }));
    cpSync(resolve('scripts/compat/react18.mjs'), join(scratch, 'react18.mjs'));
    const installed = step(
      'install the packed kit with React 18',
      'npm',
      ['install', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`, 'react@18.3.1', 'react-dom@18.3.1', 'jsdom@29'],
      scratch,
    );
    if (installed) step('React 18 render', process.execPath, ['react18.mjs'], scratch);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// React 18, the whole component and hook suite: React 18.3.1 (and the use-sync-external-store
// TanStack Store requires beside it) in a scratch folder, which vitest.config.ts aliases
// `react`, `react-dom` and their subpaths to when FAULTLINE_REACT_DIR names it.
const react18 = mkdtempSync(join(tmpdir(), 'faultline-react18-suite-'));
try {
  writeFileSync(join(react18, 'package.json'), JSON.stringify({ name: 'react18-suite', private: true }));
  const installed = step(
    'install React 18 for the unit suite',
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', 'react@18.3.1', 'react-dom@18.3.1', 'use-sync-external-store@1.7.0'],
    react18,
  );
  if (installed) {
    step(
      'component and hook tests on React 18',
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', 'test/components', 'test/hooks'],
      process.cwd(),
      { ...process.env, FAULTLINE_REACT_DIR: react18 },
    );
  }
} finally {
  rmSync(react18, { recursive: true, force: true });
}

console.log(`\ncompat: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
