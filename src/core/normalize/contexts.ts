import type { Context, Contexts, KnownContextType, UnknownContext } from '../model';
import { type ObjectSpec, objectSpec, readFields } from './fields';
import {
  type FieldReader,
  readBoolean,
  readNumber,
  readString,
  readStringList,
  readStringOrNumber,
  readStringRecord,
} from './primitives';
import { childPath, isObject, type JsonObject, type Path, type ReadContext, report, setKey } from './reader';
import { readTimestamp } from './scalars';

type Fields = Record<string, [FieldReader, ...string[]]>;

const NAME_AND_VERSION: Fields = { name: [readString], version: [readString] };
const BUILD_AND_DESCRIPTION: Fields = { build: [readString], rawDescription: [readString, 'raw_description'] };

const CONTEXT_SPECS: Record<KnownContextType, ObjectSpec> = {
  device: objectSpec({
    name: [readString],
    family: [readString],
    model: [readString],
    modelId: [readString, 'model_id'],
    manufacturer: [readString],
    brand: [readString],
    arch: [readString],
    cpuDescription: [readString, 'cpu_description'],
    processorCount: [readNumber, 'processor_count'],
    processorFrequency: [readNumber, 'processor_frequency'],
    batteryLevel: [readNumber, 'battery_level'],
    batteryStatus: [readString, 'battery_status'],
    batteryTemperature: [readNumber, 'battery_temperature'],
    charging: [readBoolean],
    online: [readBoolean],
    lowMemory: [readBoolean, 'low_memory'],
    simulator: [readBoolean],
    orientation: [readString],
    screenResolution: [readString, 'screen_resolution'],
    screenWidthPixels: [readNumber, 'screen_width_pixels'],
    screenHeightPixels: [readNumber, 'screen_height_pixels'],
    screenDensity: [readNumber, 'screen_density'],
    screenDpi: [readNumber, 'screen_dpi'],
    memorySize: [readNumber, 'memory_size'],
    freeMemory: [readNumber, 'free_memory'],
    usableMemory: [readNumber, 'usable_memory'],
    storageSize: [readNumber, 'storage_size'],
    freeStorage: [readNumber, 'free_storage'],
    externalStorageSize: [readNumber, 'external_storage_size'],
    externalFreeStorage: [readNumber, 'external_free_storage'],
    bootTime: [readTimestamp, 'boot_time'],
    timezone: [readString],
    locale: [readString],
    deviceType: [readString, 'device_type'],
    deviceUniqueIdentifier: [readString, 'device_unique_identifier'],
  }),
  os: objectSpec(NAME_AND_VERSION, BUILD_AND_DESCRIPTION, {
    kernelVersion: [readString, 'kernel_version'],
    rooted: [readBoolean],
    theme: [readString],
  }),
  runtime: objectSpec(NAME_AND_VERSION, BUILD_AND_DESCRIPTION),
  app: objectSpec({
    appId: [readString, 'app_id'],
    appStartTime: [readTimestamp, 'app_start_time'],
    deviceAppHash: [readString, 'device_app_hash'],
    buildType: [readString, 'build_type'],
    appIdentifier: [readString, 'app_identifier'],
    appName: [readString, 'app_name'],
    appVersion: [readString, 'app_version'],
    appBuild: [readString, 'app_build'],
    appMemory: [readNumber, 'app_memory'],
    inForeground: [readBoolean, 'in_foreground'],
    viewNames: [readStringList, 'view_names'],
    permissions: [readStringRecord],
  }),
  browser: objectSpec(NAME_AND_VERSION),
  gpu: objectSpec(NAME_AND_VERSION, {
    id: [readStringOrNumber],
    vendorId: [readStringOrNumber, 'vendor_id'],
    vendorName: [readString, 'vendor_name'],
    memorySize: [readNumber, 'memory_size'],
    apiType: [readString, 'api_type'],
    multiThreadedRendering: [readBoolean, 'multi_threaded_rendering'],
    npotSupport: [readString, 'npot_support'],
  }),
  culture: objectSpec({
    calendar: [readString],
    displayName: [readString, 'display_name'],
    locale: [readString],
    is24HourFormat: [readBoolean, 'is_24_hour_format'],
    timezone: [readString],
  }),
  trace: objectSpec({
    traceId: [readString, 'trace_id'],
    spanId: [readString, 'span_id'],
    parentSpanId: [readString, 'parent_span_id'],
    op: [readString],
    status: [readString],
    description: [readString],
    origin: [readString],
  }),
};

/** Whether the model types this context type. */
function isKnownType(type: string): type is KnownContextType {
  return Object.hasOwn(CONTEXT_SPECS, type);
}

function contextType(ctx: ReadContext, value: JsonObject, path: Path, key: string): string {
  const type = value.type;
  if (typeof type === 'string') return type;
  if (type !== undefined && type !== null) report(ctx, path, 'type', 'string', type, 'repaired');
  return key;
}

function readUnknownContext(ctx: ReadContext, value: JsonObject, type: string): UnknownContext {
  if (ctx.mode === 'canonical' && isObject(value.data)) {
    const context: UnknownContext = { type, data: value.data };
    if (isObject(value.extra)) context.extra = value.extra;
    return context;
  }
  const data: JsonObject = {};
  for (const name of Object.keys(value)) if (name !== 'type') setKey(data, name, value[name]);
  return { type, data };
}

function readContext(ctx: ReadContext, value: unknown, path: Path, key: string): Context | undefined {
  if (!isObject(value)) {
    report(ctx, path, key, 'context object', value, 'dropped');
    return undefined;
  }
  const ownPath = childPath(path, key);
  const type = contextType(ctx, value, ownPath, key);
  if (!isKnownType(type)) return readUnknownContext(ctx, value, type);
  const context: JsonObject = { type };
  const extra = readFields(ctx, value, ownPath, CONTEXT_SPECS[type], context);
  if (extra !== undefined) {
    delete extra.type;
    if (Object.keys(extra).length > 0) context.extra = extra;
  }
  return context as unknown as Context;
}

/** Reads `contexts`: each key's context typed by its `type`, or by its key when it has none. */
export const readContexts: FieldReader<Contexts> = (ctx, value, path, key) => {
  if (!isObject(value)) {
    report(ctx, path, key, 'object of contexts', value, 'dropped');
    return undefined;
  }
  const ownPath = childPath(path, key);
  const contexts: Contexts = {};
  for (const name of Object.keys(value)) {
    const item = value[name];
    if (item === null || item === undefined) continue;
    const context = readContext(ctx, item, ownPath, name);
    if (context !== undefined) setKey(contexts, name, context);
  }
  return contexts;
};
