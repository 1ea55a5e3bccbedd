import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root of the repo's fixture copies. */
export const FIXTURES = join(__dirname, '../../fixtures');

/** The FSL Web API examples, read from the shared checkout only (never copied into the repo). */
export const SHARED_API = join(__dirname, '../../../../shared/fixtures/sentry-api');

/** Whether the shared Web API examples are present on this machine. */
export const hasSharedApi = existsSync(SHARED_API);

/** Reads a JSON file. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Every event fixture as `[folder/file, parsed JSON]`, sorted by name. */
export function eventFixtures(): [string, unknown][] {
  const root = join(FIXTURES, 'events');
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => file.endsWith('.json'))
        .map((file) => `${dir.name}/${file}`),
    )
    .sort()
    .map((name): [string, unknown] => [name, readJson(join(root, name))]);
}

/** Every JSON file of one fixture folder as `[file, parsed JSON]`. */
export function folderFixtures(folder: string): [string, unknown][] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file): [string, unknown] => [file, readJson(join(folder, file))]);
}
