// `npm test`: every check the project has, in order, ending with one summary line
// ("faultline: N passed, N failed, N skipped") that counts the vitest tests and the checks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveChromium } from './chromium.ts';

interface Step {
  name: string;
  command: string[];
}

const bin = (name: string) => join('node_modules', '.bin', name);

const checks: Step[] = [
  { name: 'type-check', command: [bin('tsc'), '-p', '.'] },
  { name: 'lint (Biome)', command: [bin('biome'), 'lint', '.'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  // The build's own post-processing ("use client", generated root entry) keeps maps exact.
  { name: 'source maps', command: [bin('tsx'), 'scripts/checkSourceMaps.ts'] },
  // The public surface against the committed api/*.api.md (refresh with `npm run api`).
  { name: 'API report', command: [bin('tsx'), 'scripts/apiReport.ts'] },
  { name: 'publint', command: [bin('publint'), '--strict'] },
  {
    // Every resolution profile (node10 for portals still on `moduleResolution: "node"`,
    // node16 CJS and ESM, bundler).
    name: 'attw',
    command: [bin('attw'), '--pack', '.', '--exclude-entrypoints', './styles.css', './styles.layer.css', './schema.json'],
  },
  { name: 'size-limit', command: [bin('size-limit')] },
  { name: 'build-storybook', command: ['npm', 'run', '--silent', 'build-storybook', '--', '--quiet'] },
];

const run = ({ name, command }: Step) => {
  console.log(`\n▶ ${name}: ${command.join(' ')}`);
  const [file, ...args] = command as [string, ...string[]];
  const result = spawnSync(file, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${name}` : `✘ ${name} failed (exit ${result.status ?? result.signal})`);
  return ok;
};

let failedChecks = 0;
for (const step of checks) {
  if (!run(step)) {
    failedChecks++;
    // Later checks read the build; a failing build makes them noise.
    if (step.name === 'build') break;
  }
}

// Resolve (and if need be install) the browser before vitest, so a missing one is reported
// plainly rather than as a failed browser launch.
resolveChromium();

const reportFile = join(mkdtempSync(join(tmpdir(), 'faultline-test-')), 'vitest.json');
const vitestOk = run({
  name: 'vitest (unit + stories)',
  command: [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
});

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
} catch {
  failed++;
}
if (!vitestOk && failed === 0) failed++;

const checksPassed = checks.length - failedChecks;
console.log(`\nchecks: ${checksPassed} of ${checks.length} passed; tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
console.log(`faultline: ${passed + checksPassed} passed, ${failed + failedChecks} failed, ${skipped} skipped`);
process.exit(failed + failedChecks === 0 ? 0 : 1);
