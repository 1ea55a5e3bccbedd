// Finds the Chromium the story and end-to-end tests drive. Test tools cannot download their
// own browsers here, so the machine's Chromium is used: CHROMIUM_PATH, else Debian's package.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on a machine without a network or a GPU. */
export const chromiumLaunchArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const HOW_TO_GET_ONE = [
  'Faultline needs a Chromium for its story and end-to-end tests, and found none.',
  '  - Debian / Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  - elsewhere:        install Chrome or Chromium, then export CHROMIUM_PATH=/path/to/chrome',
  'Unit tests alone need no browser: npx vitest run --project unit',
].join('\n');

const isDebianLike = () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * The path of a Chromium to launch. Installs Debian's `chromium` with apt when none is there
 * and this runs as root on a Debian-like machine; otherwise throws saying how to get one.
 */
export function resolveChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.\n${HOW_TO_GET_ONE}`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (isRoot() && isDebianLike()) {
    console.error('No Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  throw new Error(HOW_TO_GET_ONE);
}
