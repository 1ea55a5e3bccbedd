import type { Timestamp, UnknownBag } from './common';

/** Fields every context shares. */
interface ContextBase {
  /** Context type; for unknown contexts the type the SDK sent, or the context's key. */
  type: string;
  /** Fields the model does not name, in the input's own keys. */
  extra?: UnknownBag;
}

/** The device the event happened on. */
export interface DeviceContext extends ContextBase {
  type: 'device';
  name?: string;
  family?: string;
  model?: string;
  modelId?: string;
  manufacturer?: string;
  brand?: string;
  /** CPU architecture such as `arm64`, `x86_64`. */
  arch?: string;
  cpuDescription?: string;
  processorCount?: number;
  /** Processor frequency in MHz. */
  processorFrequency?: number;
  /** Battery level, 0 to 100. */
  batteryLevel?: number;
  batteryStatus?: string;
  /** Battery temperature in °C. */
  batteryTemperature?: number;
  charging?: boolean;
  online?: boolean;
  lowMemory?: boolean;
  simulator?: boolean;
  /** `portrait` or `landscape`. */
  orientation?: string;
  /** Screen resolution as `WIDTHxHEIGHT`. */
  screenResolution?: string;
  screenWidthPixels?: number;
  screenHeightPixels?: number;
  screenDensity?: number;
  screenDpi?: number;
  /** Total memory in bytes. */
  memorySize?: number;
  /** Free memory in bytes. */
  freeMemory?: number;
  /** Memory usable by the app in bytes. */
  usableMemory?: number;
  /** Total storage in bytes. */
  storageSize?: number;
  /** Free storage in bytes. */
  freeStorage?: number;
  externalStorageSize?: number;
  externalFreeStorage?: number;
  bootTime?: Timestamp;
  /** IANA time zone name such as `Europe/Vienna`. */
  timezone?: string;
  locale?: string;
  /** `mobile`, `desktop`, `tablet`… */
  deviceType?: string;
  deviceUniqueIdentifier?: string;
}

/** The operating system (also used for `client_os`). */
export interface OsContext extends ContextBase {
  type: 'os';
  name?: string;
  version?: string;
  build?: string;
  kernelVersion?: string;
  rooted?: boolean;
  theme?: string;
  /** Unparsed OS description, such as a `uname -a` line. */
  rawDescription?: string;
}

/** The runtime: language VM or interpreter. */
export interface RuntimeContext extends ContextBase {
  type: 'runtime';
  name?: string;
  version?: string;
  build?: string;
  rawDescription?: string;
}

/** The application. */
export interface AppContext extends ContextBase {
  type: 'app';
  appId?: string;
  appStartTime?: Timestamp;
  deviceAppHash?: string;
  buildType?: string;
  appIdentifier?: string;
  appName?: string;
  appVersion?: string;
  appBuild?: string;
  /** Memory used by the app in bytes. */
  appMemory?: number;
  inForeground?: boolean;
  viewNames?: string[];
  permissions?: Record<string, string>;
}

/** The web browser. */
export interface BrowserContext extends ContextBase {
  type: 'browser';
  name?: string;
  version?: string;
}

/** The graphics processor. */
export interface GpuContext extends ContextBase {
  type: 'gpu';
  name?: string;
  version?: string;
  id?: string | number;
  vendorId?: string | number;
  vendorName?: string;
  /** GPU memory in megabytes. */
  memorySize?: number;
  apiType?: string;
  multiThreadedRendering?: boolean;
  npotSupport?: string;
}

/** Locale and formatting settings. */
export interface CultureContext extends ContextBase {
  type: 'culture';
  calendar?: string;
  displayName?: string;
  locale?: string;
  is24HourFormat?: boolean;
  timezone?: string;
}

/** Distributed-tracing context of the event. */
export interface TraceContext extends ContextBase {
  type: 'trace';
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  op?: string;
  status?: string;
  description?: string;
  origin?: string;
}

/** Any other context: known Sentry types the model has no fields for (`response`, `state`, `cloud_resource`…) and custom ones. */
export interface UnknownContext extends ContextBase {
  /** Every field of the context, in the input's own keys. */
  data: Record<string, unknown>;
}

/** One context of an event. */
export type Context =
  | DeviceContext
  | OsContext
  | RuntimeContext
  | AppContext
  | BrowserContext
  | GpuContext
  | CultureContext
  | TraceContext
  | UnknownContext;

/** Type names of the contexts the model types. */
export type KnownContextType = 'device' | 'os' | 'runtime' | 'app' | 'browser' | 'gpu' | 'culture' | 'trace';

/**
 * Contexts of an event keyed as the SDK keyed them (`device`, `os`, `client_os`, `react`…);
 * each carries its `type`, so one event may hold two contexts of one type.
 */
export type Contexts = Record<string, Context>;
