import type { KnownContextType } from '../model';
import type { ContextValueFormat } from './valueFormats';
import { knownKeys } from '../knownKeys';

/** A known field of a context: model name, label, format and, for sizes shown as `free of total`, the field holding the free part. */
export type ContextFieldSpec = readonly [field: string, label: string, format?: ContextValueFormat, freeField?: string];

/** Known fields per context type, in the order Sentry's context panels list them. */
export const CONTEXT_FIELDS: Readonly<Record<KnownContextType, readonly ContextFieldSpec[]>> = {
  device: [
    ['name', 'Name'],
    ['family', 'Family'],
    ['model', 'Model'],
    ['modelId', 'Model ID'],
    ['manufacturer', 'Manufacturer'],
    ['brand', 'Brand'],
    ['deviceType', 'Device Type'],
    ['arch', 'Architecture'],
    ['cpuDescription', 'CPU Description'],
    ['processorCount', 'Processor Count'],
    ['processorFrequency', 'Processor Frequency', 'mhz'],
    ['memorySize', 'Memory', 'bytes', 'freeMemory'],
    ['freeMemory', 'Free Memory', 'bytes'],
    ['usableMemory', 'Usable Memory', 'bytes'],
    ['lowMemory', 'Low Memory', 'yesNo'],
    ['storageSize', 'Storage', 'bytes', 'freeStorage'],
    ['freeStorage', 'Free Storage', 'bytes'],
    ['externalStorageSize', 'External Storage', 'bytes', 'externalFreeStorage'],
    ['externalFreeStorage', 'External Free Storage', 'bytes'],
    ['simulator', 'Simulator', 'yesNo'],
    ['bootTime', 'Boot Time', 'time'],
    ['timezone', 'Time Zone', 'timeZone'],
    ['locale', 'Locale'],
    ['batteryLevel', 'Battery Level', 'percent'],
    ['batteryStatus', 'Battery Status'],
    ['batteryTemperature', 'Battery Temperature', 'celsius'],
    ['charging', 'Charging', 'yesNo'],
    ['online', 'Online', 'yesNo'],
    ['orientation', 'Orientation'],
    ['screenResolution', 'Screen Resolution'],
    ['screenWidthPixels', 'Screen Width'],
    ['screenHeightPixels', 'Screen Height'],
    ['screenDensity', 'Screen Density'],
    ['screenDpi', 'Screen DPI', 'dpi'],
    ['deviceUniqueIdentifier', 'Device Unique Identifier'],
  ],
  app: [
    ['appId', 'ID'],
    ['appStartTime', 'Start Time', 'time'],
    ['deviceAppHash', 'Device App Hash'],
    ['buildType', 'Build Type'],
    ['appIdentifier', 'Bundle ID'],
    ['appName', 'Name'],
    ['appVersion', 'Version'],
    ['appBuild', 'Build'],
    ['appMemory', 'Memory', 'bytes'],
    ['inForeground', 'In Foreground', 'yesNo'],
    ['viewNames', 'View Names'],
    ['permissions', 'Permissions'],
  ],
  browser: [
    ['name', 'Name'],
    ['version', 'Version'],
  ],
  os: [
    ['name', 'Name'],
    ['version', 'Version'],
    ['build', 'Build'],
    ['kernelVersion', 'Kernel Version'],
    ['rooted', 'Rooted', 'yesNo'],
    ['theme', 'Theme'],
    ['rawDescription', 'Raw Description'],
  ],
  runtime: [
    ['name', 'Name'],
    ['version', 'Version'],
    ['build', 'Build'],
    ['rawDescription', 'Raw Description'],
  ],
  gpu: [
    ['name', 'Name'],
    ['version', 'Version'],
    ['id', 'GPU ID'],
    ['vendorId', 'Vendor ID'],
    ['vendorName', 'Vendor Name'],
    ['memorySize', 'Memory', 'megabytes'],
    ['apiType', 'API Type'],
    ['multiThreadedRendering', 'Multi-Threaded Rendering', 'yesNo'],
    ['npotSupport', 'NPOT Support'],
  ],
  culture: [
    ['calendar', 'Calendar'],
    ['displayName', 'Display Name'],
    ['locale', 'Locale'],
    ['is24HourFormat', '24-Hour Format', 'yesNo'],
    ['timezone', 'Time Zone', 'timeZone'],
  ],
  trace: [
    ['traceId', 'Trace ID'],
    ['spanId', 'Span ID'],
    ['parentSpanId', 'Parent Span ID'],
    ['op', 'Operation'],
    ['status', 'Status'],
    ['description', 'Description'],
    ['origin', 'Origin'],
  ],
};

/** Panel titles of the known context types and of the event's own panels. */
export const PANEL_TITLES = knownKeys<string>({
  device: 'Device',
  app: 'App',
  browser: 'Browser',
  os: 'Operating System',
  runtime: 'Runtime',
  gpu: 'Graphics Processing Unit',
  culture: 'Culture',
  trace: 'Trace Details',
  user: 'User',
  request: 'HTTP Request',
  tags: 'Tags',
  extra: 'Additional Data',
  sdk: 'SDK',
});

/** Default panel order: known contexts, then user, request and tags; other contexts, additional data and the SDK follow. */
export const DEFAULT_CONTEXT_PANEL_ORDER: readonly string[] = ['device', 'app', 'browser', 'os', 'runtime', 'gpu', 'culture', 'trace', 'user', 'request', 'tags'];

/** Whether a type is one the model names fields for. */
export function isKnownContextType(type: string): type is KnownContextType {
  return Object.hasOwn(CONTEXT_FIELDS, type);
}

/** The input's snake_case spelling of a model field (`modelId` → `model_id`), for `_meta` lookups. */
export function toSnakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`).replace(/(\d+)/g, '_$1');
}
