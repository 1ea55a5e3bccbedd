// Types as a host's tsc sees them: strict, library types checked too (no skipLibCheck), in
// each module resolution, for the React types the app was installed with.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../report';
import { runOrThrow } from '../processes';

const RESOLUTIONS = ['bundler', 'node16', 'node10'] as const;

export async function checkTypes(dir: string, label: string) {
  for (const resolution of RESOLUTIONS) {
    await check(`types (${label}): tsc --noEmit, strict, moduleResolution ${resolution}`, () =>
      runOrThrow(join(dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: dir, timeoutMs: 180_000 }).then(() => undefined),
    );
  }
}

/** Are the types wrong: every resolution of every entry of the packed tarball. */
export async function checkAttw(repo: string, tarball: string) {
  // Stylesheets are entries for bundlers' CSS handling, not modules with types.
  const exports: Record<string, unknown> = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).exports;
  const stylesheets = Object.keys(exports).filter((entry) => entry.endsWith('.css'));
  await check('types: attw on the packed tarball, default profile (node10, node16 CJS and ESM, bundler)', () =>
    runOrThrow(join(repo, 'node_modules/.bin/attw'), [tarball, '--format', 'table-flipped', '--exclude-entrypoints', ...stylesheets], {
      cwd: repo,
      env: { NO_COLOR: '1', FORCE_COLOR: '0' },
      timeoutMs: 180_000,
    }).then(() => undefined),
  );
}
