import { isSecretKey } from './keys';
import { MASKED, maskText } from './text';

/** Nesting the walker follows; anything deeper is masked whole, since it was not checked. */
export const MAX_MASK_DEPTH = 64;

/** Options of `maskValue`. */
export interface MaskOptions {
  /** Which key names hold secrets. @default `isSecretKey` (Relay's default rules) */
  isSecretKey?: (name: string) => boolean;
}

const THREW = Symbol('threw');

// A throwing getter: nothing to show, nothing to leak.
function read(record: Record<string, unknown>, key: string): unknown {
  try {
    return record[key];
  } catch {
    return THREW;
  }
}

interface Walk {
  isSecret: (name: string) => boolean;
  // Copies already made, per mode, so a value shared by many parents is walked once and a
  // cycle ends at the depth cap instead of looping.
  open: Map<object, unknown>;
  secret: Map<object, unknown>;
}

// A Sentry pair list (`[["Authorization", "Bearer …"], …]`): the first item names the second.
function isPair(value: unknown): value is [string, unknown] {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string';
}

function maskScalar(value: unknown, secret: boolean): unknown {
  if (typeof value === 'string') {
    if (secret) return value === '' || value === MASKED || value === '[Filtered]' ? value : MASKED;
    return maskText(value);
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (secret) return MASKED;
    const text = String(value);
    // A card number sent as a number; shorter numbers cannot be one.
    return text.length >= 15 && maskText(text) !== text ? MASKED : value;
  }
  return value;
}

function walk(value: unknown, secret: boolean, depth: number, state: Walk): unknown {
  if (value === null || typeof value !== 'object') return maskScalar(value, secret);
  if (depth >= MAX_MASK_DEPTH) return MASKED;
  const cache = secret ? state.secret : state.open;
  if (cache.has(value)) return cache.get(value);
  // Placeholder while this value is walked: a cycle back to it reads as masked.
  cache.set(value, MASKED);
  let result: unknown = value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      let next: unknown;
      if (isPair(item)) {
        const inner = walk(item[1], secret || state.isSecret(item[0]), depth + 2, state);
        next = inner === item[1] ? item : [item[0], inner];
      } else {
        next = walk(item, secret, depth + 1, state);
      }
      if (next !== item) {
        copy ??= value.slice();
        copy[i] = next;
      }
    }
    if (copy) result = copy;
  } else {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const items = keys.map((key) => read(record, key));
    // A tag (`{ key, value }`) is named by its `key`, not by the word "value".
    const keyAt = keys.indexOf('key');
    const tagKey = keyAt !== -1 && keys.includes('value') && typeof items[keyAt] === 'string' ? (items[keyAt] as string) : undefined;
    let changed = false;
    const next = items.map((item, i) => {
      const key = keys[i] as string;
      const named = key === 'value' && tagKey !== undefined ? tagKey : key;
      const masked = item === THREW ? MASKED : walk(item, secret || state.isSecret(named), depth + 1, state);
      if (masked !== item) changed = true;
      return masked;
    });
    // Built from the values read once: spreading the record would call a throwing getter again.
    const copy = changed ? Object.fromEntries(keys.map((key, i) => [key, next[i]])) : undefined;
    if (copy) result = copy;
  }
  cache.set(value, result);
  return result;
}

/**
 * The value with every secret masked by Relay's default rules: values under a secret key
 * (`password`, `api_key`, `Authorization`…; pair lists and tags by their names) become
 * `[Masked]`, and every other string is checked for card numbers, bearer tokens, private keys
 * and secret URL parts. Objects and arrays are copied only where something changed, so an
 * untouched value comes back as the same reference. Never throws; nesting deeper than
 * `MAX_MASK_DEPTH` is masked whole.
 */
export function maskValue(value: unknown, key?: string, options: MaskOptions = {}): unknown {
  const rule = options.isSecretKey ?? isSecretKey;
  // Names repeat across rows (`id`, `token` in every item of a list): test each name once.
  const names = new Map<string, boolean>();
  const isSecret = (name: string) => {
    let secret = names.get(name);
    if (secret === undefined) {
      secret = rule(name);
      if (names.size < 10_000) names.set(name, secret);
    }
    return secret;
  };
  const state: Walk = { isSecret, open: new Map(), secret: new Map() };
  try {
    return walk(value, key !== undefined && isSecret(key), 0, state);
  } catch {
    // A proxy whose traps throw: what cannot be read cannot be shown either.
    return MASKED;
  }
}

/** A value as a view shows it: masked, with the original kept for a per-value reveal. */
export interface MaskedEntry {
  /** What to show while hidden: `[Masked]` in place of each secret. */
  value: unknown;
  /** The value as the event carries it. */
  original: unknown;
  /** Whether anything was masked. */
  masked: boolean;
  /** Whether the whole value is the secret (its key is secret), not a part of it (a URL's token). */
  whole: boolean;
}

/** `maskValue` for one labelled value of a view, saying whether and how it was masked. */
export function maskEntry(key: string | undefined, value: unknown, options: MaskOptions = {}): MaskedEntry {
  const isSecret = options.isSecretKey ?? isSecretKey;
  const whole = key !== undefined && isSecret(key) && value !== '[Filtered]' && value !== null && value !== '' && typeof value !== 'boolean';
  const masked = whole ? maskValue(value, key, options) : maskValue(value, undefined, options);
  return { value: masked, original: value, masked: masked !== value, whole: whole && masked !== value };
}
