import type { Event, MetaAnnotation } from '../model';
import { FILTERED } from '../model/common';
import { maskEntry, resolveSecretKeyRule } from '../privacy';
import type { ContextPanelOptions, ContextRow, ContextRowFlags } from './types';
import { type FormatSetting, formatKnownValue, plainDisplay, type ContextValueFormat } from './valueFormats';

/** What a panel shows for a value that is a secret as a whole, until it is revealed. */
export const MASKED_CONTEXT_VALUE = '••••••';

/** Everything a row needs from the event and the options, resolved once per call. */
export interface RowSetting {
  event: Event;
  labels: Readonly<Record<string, string>>;
  formatters: NonNullable<ContextPanelOptions['formatters']>;
  isSensitive: (name: string) => boolean;
  /** `maskSensitive: false`: show every value as sent. */
  maskOff: boolean;
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
  /** Name to test against the secret-key rule; absent: the row key without its panel (`db.password` → `password`). */
  sensitiveName?: string;
  group?: string;
}

/** Resolves options into the setting rows are built with. */
export function resolveRowSetting(event: Event, options: ContextPanelOptions): RowSetting {
  return {
    event,
    labels: options.labels ?? {},
    formatters: options.formatters ?? {},
    isSensitive: resolveSecretKeyRule(options.maskSensitive),
    maskOff: options.maskSensitive === false,
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

function secretName(input: RowInput): string {
  if (input.sensitiveName !== undefined) return input.sensitiveName;
  const dot = input.key.indexOf('.');
  return dot === -1 ? input.key : input.key.slice(dot + 1);
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
  const entry = filtered || setting.maskOff ? undefined : maskEntry(secretName(input), value, { isSecretKey: setting.isSensitive });
  if (entry?.masked) {
    flags.masked = true;
    flags.revealable = setting.allowReveal;
    row.raw = setting.allowReveal ? value : undefined;
    // A secret key hides the whole value; a secret inside a value (a URL's token, a card
    // number in a message) leaves the rest readable around `[Masked]`.
    row.value = entry.whole ? MASKED_CONTEXT_VALUE : entry.value;
    row.display = entry.whole ? MASKED_CONTEXT_VALUE : plainDisplay(entry.value);
    return row;
  }
  const custom = filtered ? undefined : lookup(setting.formatters, input)?.(value, { key: input.key, event: setting.event });
  row.display = custom ?? (input.format && !filtered ? formatKnownValue(value, input.format, setting.format, input.free) : plainDisplay(value));
  return row;
}
