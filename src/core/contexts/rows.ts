import { type Event, FILTERED, type MetaAnnotation } from '../model';
import { MASKED_CONTEXT_VALUE, resolveSensitiveRule } from './sensitive';
import type { ContextPanelOptions, ContextRow, ContextRowFlags } from './types';
import { type FormatSetting, formatKnownValue, plainDisplay, type ContextValueFormat } from './valueFormats';

/** Everything a row needs from the event and the options, resolved once per call. */
export interface RowSetting {
  event: Event;
  labels: Readonly<Record<string, string>>;
  formatters: NonNullable<ContextPanelOptions['formatters']>;
  isSensitive: (name: string) => boolean;
  allowReveal: boolean;
  format: FormatSetting;
}

/** What a panel says about one value before flags, options and formatting apply. */
export interface RowInput {
  /** Row key: panel key and field. */
  key: string;
  /** Type and field (`os.name` for `client_os.name`), the second key for label and formatter options. */
  typeKey?: string;
  label: string;
  value: unknown;
  format?: ContextValueFormat;
  /** Free part of a size, for `free of total`. */
  free?: unknown;
  /** Canonical paths under which `event.meta` may annotate the value. */
  metaPaths: readonly string[];
  /** Name to test against the masking rule; absent for values never masked. */
  sensitiveName?: string;
  group?: string;
}

/** Resolves options into the setting rows are built with. */
export function resolveRowSetting(event: Event, options: ContextPanelOptions): RowSetting {
  return {
    event,
    labels: options.labels ?? {},
    formatters: options.formatters ?? {},
    isSensitive: resolveSensitiveRule(options.maskSensitive),
    allowReveal: options.allowReveal ?? true,
    format: { eventTimestamp: event.timestamp, locale: options.locale, timeZone: options.timeZone },
  };
}

function findMeta(event: Event, paths: readonly string[]): MetaAnnotation | undefined {
  if (!event.meta) return undefined;
  for (const path of paths) {
    const annotation = event.meta[path];
    if (annotation) return annotation;
  }
  return undefined;
}

function lookup<T>(record: Readonly<Record<string, T>>, input: RowInput): T | undefined {
  if (Object.hasOwn(record, input.key)) return record[input.key];
  if (input.typeKey !== undefined && Object.hasOwn(record, input.typeKey)) return record[input.typeKey];
  return undefined;
}

/** Builds a row: label and formatter overrides, scrubbed flags from `[Filtered]` and `_meta`, masking. */
export function buildRow(input: RowInput, setting: RowSetting): ContextRow {
  const { value } = input;
  const meta = findMeta(setting.event, input.metaPaths);
  const filtered = value === FILTERED;
  const flags: ContextRowFlags = {};
  if (filtered || meta) flags.scrubbed = true;
  if (meta) flags.meta = meta;
  const label = lookup(setting.labels, input) ?? input.label;
  const row: ContextRow = { key: input.key, label, value, display: undefined, raw: value, flags };
  if (input.group !== undefined) row.group = input.group;

  // A filtered value holds no secret any more; masking it would only hide the scrubber's marker.
  if (!filtered && input.sensitiveName !== undefined && setting.isSensitive(input.sensitiveName)) {
    flags.masked = true;
    flags.revealable = setting.allowReveal;
    row.value = MASKED_CONTEXT_VALUE;
    row.display = MASKED_CONTEXT_VALUE;
    row.raw = setting.allowReveal ? value : undefined;
    return row;
  }
  const custom = filtered ? undefined : lookup(setting.formatters, input)?.(value, { key: input.key, event: setting.event });
  row.display = custom ?? (input.format && !filtered ? formatKnownValue(value, input.format, setting.format, input.free) : plainDisplay(value));
  return row;
}
