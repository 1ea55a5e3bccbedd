// `npm run test:consumers`: the packed kit inside real hosts (issue 11). Builds and packs the
// kit once, copies each app of consumers/ to a scratch folder under the OS temp dir (so nothing
// resolves to this repo's node_modules), installs the tarball with the app's pinned
// dependencies, and runs the app's checks. Ends with `consumers: N passed, N failed`.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeBrowser } from '../consumers/harness/browser';
import { checkJest } from '../consumers/harness/apps/jest';
import { checkNext } from '../consumers/harness/apps/next';
import { checkNode } from '../consumers/harness/apps/node';
import { checkAttw, checkTypes } from '../consumers/harness/apps/types';
import { checkVite } from '../consumers/harness/apps/vite';
import { runOrThrow, stopAll } from '../consumers/harness/processes';
import { check, totals } from '../consumers/harness/report';

const repo = resolve(import.meta.dirname, '..');
const consumers = join(repo, 'consumers');
// Installs overlap with the previous app's checks; two at a time suits a 2-core CI machine.
const INSTALL_JOBS = Number(process.env.CONSUMERS_INSTALL_JOBS ?? 2);

interface App {
  name: string;
  /** Folders of consumers/ copied in order, later ones over earlier ones. */
  from: string[];
  /** Dependencies pinned over the app's package.json (the React 18 variant of the types app). */
  pins?: Record<string, string>;
  run: (dir: string) => Promise<void>;
}

const APPS: App[] = [
  { name: 'node', from: ['node'], run: (dir) => checkNode(dir) },
  { name: 'jest-cjs', from: ['jest-cjs'], run: (dir) => checkJest(dir) },
  { name: 'types (React 19)', from: ['types'], run: (dir) => checkTypes(dir, 'React 19') },
  {
    name: 'types (React 18)',
    from: ['types'],
    pins: { '@types/react': '18.3.32', '@types/react-dom': '18.3.7' },
    run: (dir) => checkTypes(dir, 'React 18'),
  },
  { name: 'vite-react19', from: ['vite-react19'], run: (dir) => checkVite(dir, 'vite-react19') },
  { name: 'vite-react18', from: ['vite-react19', 'vite-react18'], run: (dir) => checkVite(dir, 'vite-react18') },
  { name: 'next-app', from: ['next-app'], run: (dir) => checkNext(dir, repo) },
];

const only = process.argv.slice(2);
const apps = only.length > 0 ? APPS.filter((app) => only.some((name) => app.name.startsWith(name))) : APPS;
const scratch = mkdtempSync(join(tmpdir(), 'faultline-consumers-'));
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

try {
  const tarball = join(scratch, 'faultline.tgz');
  const packed = await check('build and pack the kit', async () => {
    if (!process.env.CONSUMERS_SKIP_BUILD) await runOrThrow('npm', ['run', '--silent', 'build'], { cwd: repo, timeoutMs: 600_000 });
    await runOrThrow('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: repo, timeoutMs: 120_000 });
    const file = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    if (!file) throw new Error('npm pack wrote no tarball');
    renameSync(join(scratch, file), tarball);
    return `${file}, ${elapsed()}`;
  });
  if (packed) {
    if (apps.some((app) => app.name.startsWith('types'))) await checkAttw(repo, tarball);
    const installs = pool(apps, INSTALL_JOBS, (app) => install(app));
    for (const [index, app] of apps.entries()) {
      console.log(`\n▶ ${app.name} (${elapsed()})`);
      const dir = await installs[index];
      if (dir) await app.run(dir);
    }
  }
} finally {
  await closeBrowser();
  stopAll();
  if (!process.env.CONSUMERS_KEEP) rmSync(scratch, { recursive: true, force: true });
}

const { passed, failed } = totals();
console.log(`\nconsumers took ${elapsed()}${process.env.CONSUMERS_KEEP ? `; apps kept in ${scratch}` : ''}`);
console.log(`consumers: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** Copies the app beside the tarball and installs it; resolves to its folder, or undefined. */
async function install(app: App): Promise<string | undefined> {
  const dir = join(scratch, app.name.replace(/[^a-z0-9-]+/gi, '-').replace(/-$/, ''));
  for (const folder of app.from) cpSync(join(consumers, folder), dir, { recursive: true });
  cpSync(join(consumers, 'shared'), join(dir, 'shared'), { recursive: true });
  if (app.pins) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const [name, version] of Object.entries(app.pins)) {
      const field = manifest.dependencies?.[name] ? 'dependencies' : 'devDependencies';
      manifest[field] = { ...manifest[field], [name]: version };
    }
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const begun = Date.now();
  const ok = await check(`${app.name}: npm install (tarball and pinned dependencies)`, async () => {
    await runOrThrow('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, timeoutMs: 600_000 });
    return `${((Date.now() - begun) / 1000).toFixed(0)} s`;
  });
  return ok ? dir : undefined;
}

/** Runs `work` over `items`, at most `limit` at a time; one promise per item, in order. */
function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R>[] {
  let running = 0;
  const waiting: (() => void)[] = [];
  return items.map(async (item) => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await work(item);
    } finally {
      running--;
      waiting.shift()?.();
    }
  });
}
