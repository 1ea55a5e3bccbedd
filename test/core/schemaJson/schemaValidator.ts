import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** Repository root, found from this file so tests run from any working directory. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** The shipped schema, parsed. */
export const schemaJson = JSON.parse(readFileSync(join(REPO_ROOT, 'schema.json'), 'utf8')) as {
  $schema: string;
  $id: string;
  anyOf: unknown[];
  $defs: Record<string, Record<string, unknown>>;
};

// Strict mode rejects unknown keywords, loose tuples and ambiguous types, so a schema that
// compiles here is portable to other 2020-12 validators.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addSchema(schemaJson);

/** Validator for one `$defs` entry, or for the top level when `name` is omitted. */
export function validatorFor(name?: string): ValidateFunction {
  const ref = name === undefined ? schemaJson.$id : `${schemaJson.$id}#/$defs/${name}`;
  const validate = ajv.getSchema(ref);
  if (validate === undefined) throw new Error(`schema.json has no ${ref}`);
  return validate;
}

/** Instance paths the errors name, without duplicates. */
export function errorPaths(errors: ErrorObject[] | null | undefined): string[] {
  return [...new Set((errors ?? []).map((error) => error.instancePath))];
}

/** First folder that exists, preferring the committed copy over the read-only shared one. */
export function firstExisting(...candidates: string[]): string | undefined {
  return candidates.find((candidate) => existsSync(candidate));
}

/** `.json` files under `dir`, as paths relative to it, sorted. */
export function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort();
}

/** Parsed JSON file. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The shared, read-only fixtures folder next to the checkout. */
export const SHARED_FIXTURES = resolve(REPO_ROOT, '../shared/fixtures');
