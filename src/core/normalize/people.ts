import type { DebugImage, Release, Sdk, User } from '../model';
import { liftingExtra, objectSpec, readObject } from './fields';
import { type FieldReader, readAddress, readCount, readString, readStringList } from './primitives';
import { isObject, type Path, type ReadContext, report } from './reader';
import { readTimestamp } from './scalars';

/**
 * The protocol sends user ids as strings; an SDK that sends a number is off-protocol,
 * so the id is repaired to a string with a problem.
 */
const readUserId: FieldReader<string> = (ctx, value, path, key) => {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) {
    report(ctx, path, key, 'string', value, 'repaired');
    return String(value);
  }
  report(ctx, path, key, 'string', value, 'dropped');
  return undefined;
};

const GEO_SPEC = objectSpec({
  city: [readString],
  countryCode: [readString, 'country_code'],
  region: [readString],
  subdivision: [readString],
});

const USER_SPEC = objectSpec({
  id: [readUserId],
  email: [readString],
  username: [readString],
  name: [readString],
  ipAddress: [readString, 'ip_address'],
  segment: [readString],
  geo: [liftingExtra((ctx, value, path, key) => readObject(ctx, value, path, key, GEO_SPEC, 'geo object'))],
});

/** Reads the user interface; `data` and unknown keys stay in `extra`. */
export const readUser: FieldReader<User> = (ctx, value, path, key) =>
  readObject<User>(ctx, value, path, key, USER_SPEC, 'user object');

const isPackage = (item: unknown) =>
  isObject(item) &&
  Object.keys(item).every((key) => (key === 'name' || key === 'version') && typeof item[key] === 'string');

/** SDK packages are `{name, version}` only; a list holding anything else is kept whole in `extra`. */
const readPackages: FieldReader<{ name?: string; version?: string }[]> = (ctx, value, path, key) => {
  if (Array.isArray(value) && value.every(isPackage)) return value as { name?: string; version?: string }[];
  report(ctx, path, key, 'array of {name, version}', value, 'dropped');
  return undefined;
};

const SDK_SPEC = objectSpec({
  name: [readString],
  version: [readString],
  integrations: [readStringList],
  packages: [readPackages],
});

/** Reads the SDK interface. */
export const readSdk: FieldReader<Sdk> = (ctx, value, path, key) =>
  readObject<Sdk>(ctx, value, path, key, SDK_SPEC, 'sdk object');

const RELEASE_SPEC = objectSpec({
  version: [readString],
  shortVersion: [readString],
  dateCreated: [readTimestamp],
  firstEvent: [readTimestamp],
  lastEvent: [readTimestamp],
});

/** Reads a release sent as a version string (SDKs) or an object (Web API, canonical). */
export const readRelease: FieldReader<Release> = (ctx, value, path, key) => {
  if (typeof value === 'string') return { version: value };
  if (typeof value === 'number') {
    report(ctx, path, key, 'release version string', value, 'repaired');
    return { version: String(value) };
  }
  if (!isObject(value) || typeof value.version !== 'string') {
    report(ctx, path, key, 'release version string or object with version', value, 'dropped');
    return undefined;
  }
  return readObject<Release>(ctx, value, path, key, RELEASE_SPEC, 'release object');
};

const DEBUG_IMAGE_SPEC = objectSpec({
  type: [readString],
  codeFile: [readString, 'code_file'],
  debugId: [readString, 'debug_id'],
  debugFile: [readString, 'debug_file'],
  codeId: [readString, 'code_id'],
  imageAddr: [readAddress, 'image_addr'],
  imageSize: [readCount, 'image_size'],
  arch: [readString],
});

/** Reads one debug image of `debug_meta.images`. */
export function readDebugImage(ctx: ReadContext, value: unknown, path: Path): DebugImage | undefined {
  return readObject<DebugImage>(ctx, value, path, undefined, DEBUG_IMAGE_SPEC, 'debug image object');
}
