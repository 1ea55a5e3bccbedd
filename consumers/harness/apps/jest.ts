// A default Jest project requiring the kit from CommonJS in jsdom.
import { join } from 'node:path';
import { check } from '../report';
import { runOrThrow } from '../processes';

export async function checkJest(dir: string) {
  await check("jest-cjs: require('faultline') and IssueList rows by role (Jest 30, jsdom)", async () => {
    const output = await runOrThrow(join(dir, 'node_modules/.bin/jest'), ['--ci'], { cwd: dir, timeoutMs: 180_000 });
    return /Tests:.*/.exec(output)?.[0];
  });
}
