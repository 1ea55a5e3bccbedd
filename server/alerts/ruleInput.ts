import { isRecord } from '../http';
import { ACTION_ID, type ActionKind, ACTION_SETTINGS, CONDITION, FILTER, INTERVAL_MS, LEVEL_NUMBER, WEBHOOK_SUBSCRIPTIONS } from './ruleIds';

/** A condition as stored. */
export type StoredCondition =
  | { id: typeof CONDITION.firstSeen | typeof CONDITION.regression }
  | { id: typeof CONDITION.eventFrequency | typeof CONDITION.userFrequency; value: number; interval: string; comparisonType: 'count' };

/** A filter as stored; levels as Sentry's numbers. */
export type StoredFilter =
  | { id: typeof FILTER.level; match: 'eq' | 'gte' | 'lte'; level: string }
  | { id: typeof FILTER.tag; key: string; match: string; value: string };

/** An action as stored, secrets in clear (only this server reads them). */
export interface StoredAction {
  kind: ActionKind;
  settings: Record<string, string>;
  subscriptions?: string[];
}

/** A validated create / update body. */
export interface RuleInput {
  name: string;
  actionMatch: 'all' | 'any' | 'none';
  filterMatch: 'all' | 'any' | 'none';
  conditions: StoredCondition[];
  filters: StoredFilter[];
  actions: StoredAction[];
  frequency: number;
  environment: string | null;
  owner: string | null;
  status: 'active' | 'disabled';
}

/** Everything wrong with a body, by path, so the editor can point at each field. */
export class RuleInputError extends Error {
  constructor(readonly errors: Record<string, string[]>) {
    super(Object.entries(errors).map(([path, reasons]) => `${path}: ${reasons.join('; ')}`).join(' · ').slice(0, 1000));
  }
}

const MATCHES = ['all', 'any', 'none'] as const;
const TAG_MATCHES = ['eq', 'ne', 'sw', 'ew', 'co', 'nc', 'is', 'ns'];
const KINDS = Object.keys(ACTION_ID) as ActionKind[];
const MAX_PARTS = 10;

/** Reads a key without running getters or walking the prototype. */
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? Object.getOwnPropertyDescriptor(record, key)?.value : undefined;

/** An http(s) URL a receiver can be reached at, or the reason it is not one. */
export function checkReceiverUrl(value: string): string | undefined {
  if (value.length > 2048) return 'at most 2048 characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http: and https: URLs';
  if (url.username !== '' || url.password !== '') return 'no user name or password in the URL';
  return undefined;
}

/** The kind an action names by `kind`, `service: "webhooks"` or its Sentry id. */
export function actionKind(raw: Record<string, unknown>): ActionKind | undefined {
  const kind = own(raw, 'kind');
  if (typeof kind === 'string' && (KINDS as string[]).includes(kind)) return kind as ActionKind;
  const id = own(raw, 'id');
  return KINDS.find((candidate) => ACTION_ID[candidate] === id);
}

/**
 * Validates a rule body. `previous` is the stored rule's actions on update: a secret left out,
 * empty, or sent back masked keeps its stored value. Throws `RuleInputError` listing every problem.
 */
export function readRuleInput(body: unknown, previous: readonly StoredAction[] = [], mask: (kind: ActionKind, name: string, value: string) => string): RuleInput {
  const errors: Record<string, string[]> = {};
  const fail = (path: string, reason: string): false => {
    errors[path] = [...(errors[path] ?? []), reason];
    return false;
  };
  if (!isRecord(body)) throw new RuleInputError({ body: ['a JSON object'] });
  const text = (key: string, max: number, required: boolean): string | null => {
    const value = own(body, key);
    if (value === undefined || value === null || value === '') {
      if (required) fail(key, 'required');
      return null;
    }
    if (typeof value !== 'string') fail(key, 'a string');
    else if (value.length > max) fail(key, `at most ${max} characters`);
    else return value.trim();
    return null;
  };
  const name = text('name', 256, true);
  if (name === '') fail('name', 'required');
  const match = (key: string, fallback: RuleInput['actionMatch'] | undefined) => {
    const value = own(body, key) ?? fallback;
    if (value === undefined) fail(key, 'required: "all", "any" or "none"');
    else if (!(MATCHES as readonly unknown[]).includes(value)) fail(key, '"all", "any" or "none"');
    return value as RuleInput['actionMatch'];
  };
  const list = (key: string, min: number): unknown[] => {
    const value = own(body, key) ?? [];
    if (!Array.isArray(value)) {
      fail(key, 'an array');
      return [];
    }
    if (value.length < min || value.length > MAX_PARTS) fail(key, `${min} to ${MAX_PARTS} items`);
    return value.slice(0, MAX_PARTS);
  };
  const conditions = list('conditions', 0).flatMap((raw, index) => readCondition(raw, `conditions[${index}]`, fail));
  const filters = list('filters', 0).flatMap((raw, index) => readFilter(raw, `filters[${index}]`, fail));
  const used = new Set<number>();
  const actions = list('actions', 1).flatMap((raw, index) => readAction(raw, `actions[${index}]`, index, previous, used, mask, fail));
  const frequencyRaw = own(body, 'frequency') ?? 30;
  const frequency = typeof frequencyRaw === 'string' && /^\d{1,6}$/.test(frequencyRaw) ? Number(frequencyRaw) : frequencyRaw;
  if (typeof frequency !== 'number' || !Number.isInteger(frequency) || frequency < 5 || frequency > 43_200) fail('frequency', 'whole minutes from 5 to 43200');
  const status = own(body, 'status') ?? 'active';
  if (status !== 'active' && status !== 'disabled') fail('status', '"active" or "disabled"');
  const result: RuleInput = {
    name: name ?? '',
    actionMatch: match('actionMatch', undefined),
    filterMatch: match('filterMatch', 'all'),
    conditions,
    filters,
    actions,
    frequency: frequency as number,
    environment: text('environment', 64, false),
    owner: text('owner', 200, false),
    status: status as RuleInput['status'],
  };
  if (Object.keys(errors).length > 0) throw new RuleInputError(errors);
  return result;
}

type Fail = (path: string, reason: string) => false;

function readCondition(raw: unknown, path: string, fail: Fail): StoredCondition[] {
  const id = isRecord(raw) ? own(raw, 'id') : undefined;
  if (id === CONDITION.firstSeen || id === CONDITION.regression) return [{ id }];
  if (id === CONDITION.eventFrequency || id === CONDITION.userFrequency) {
    const record = raw as Record<string, unknown>;
    const rawValue = own(record, 'value');
    const value = typeof rawValue === 'string' && /^\d{1,10}$/.test(rawValue) ? Number(rawValue) : rawValue;
    const interval = own(record, 'interval');
    let ok = true;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e9) ok = fail(`${path}.value`, 'a whole number from 0 to 1000000000');
    if (typeof interval !== 'string' || !Object.hasOwn(INTERVAL_MS, interval)) ok = fail(`${path}.interval`, `one of ${Object.keys(INTERVAL_MS).join(', ')}`);
    return ok ? [{ id, value: value as number, interval: interval as string, comparisonType: 'count' }] : [];
  }
  fail(`${path}.id`, 'a known condition id');
  return [];
}

function readFilter(raw: unknown, path: string, fail: Fail): StoredFilter[] {
  const record = isRecord(raw) ? raw : {};
  const id = own(record, 'id');
  const match = own(record, 'match');
  if (id === FILTER.level) {
    const level = own(record, 'level');
    const number = typeof level === 'string' && Object.hasOwn(LEVEL_NUMBER, level) ? LEVEL_NUMBER[level] : Number(level);
    const known = Object.values(LEVEL_NUMBER).includes(number as number);
    if (!known) fail(`${path}.level`, 'one of 10, 20, 30, 40, 50 (or debug, info, warning, error, fatal)');
    if (match !== 'eq' && match !== 'gte' && match !== 'lte') fail(`${path}.match`, '"eq", "gte" or "lte"');
    return known && (match === 'eq' || match === 'gte' || match === 'lte') ? [{ id, match, level: String(number) }] : [];
  }
  if (id === FILTER.tag) {
    const key = own(record, 'key');
    const value = own(record, 'value') ?? '';
    let ok = true;
    if (typeof key !== 'string' || key === '' || key.length > 200) ok = fail(`${path}.key`, 'a tag key of 1 to 200 characters');
    if (typeof match !== 'string' || !TAG_MATCHES.includes(match)) ok = fail(`${path}.match`, `one of ${TAG_MATCHES.join(', ')}`);
    if (typeof value !== 'string' || value.length > 200) ok = fail(`${path}.value`, 'a string of at most 200 characters');
    return ok ? [{ id, key: key as string, match: match as string, value: value as string }] : [];
  }
  fail(`${path}.id`, 'a known filter id');
  return [];
}

function readAction(
  raw: unknown,
  path: string,
  index: number,
  previous: readonly StoredAction[],
  used: Set<number>,
  mask: (kind: ActionKind, name: string, value: string) => string,
  fail: Fail,
): StoredAction[] {
  const record = isRecord(raw) ? raw : {};
  const kind = actionKind(record);
  if (!kind) {
    fail(`${path}.id`, 'a known action id or kind');
    return [];
  }
  // The stored action a left-out secret comes from: same position and kind, else the first unused of that kind.
  const match = previous[index]?.kind === kind && !used.has(index) ? index : previous.findIndex((old, at) => old.kind === kind && !used.has(at));
  if (match !== -1) used.add(match);
  const settings: Record<string, string> = {};
  let ok = true;
  for (const field of ACTION_SETTINGS[kind]) {
    let value = own(record, field.name);
    const stored = match === -1 ? undefined : previous[match]!.settings[field.name];
    if (field.secret && stored !== undefined && (value === undefined || value === null || value === '' || value === mask(kind, field.name, stored))) value = stored;
    if (value === undefined || value === null || value === '') {
      if (field.required) ok = fail(`${path}.${field.name}`, 'required');
      continue;
    }
    if (typeof value !== 'string' || value.length > 2048) {
      ok = fail(`${path}.${field.name}`, 'a string of at most 2048 characters');
      continue;
    }
    const reason = field.url ? checkReceiverUrl(value.trim()) : undefined;
    if (reason) ok = fail(`${path}.${field.name}`, reason);
    else settings[field.name] = value.trim();
  }
  const action: StoredAction = { kind, settings };
  if (kind === 'webhook') {
    const subscriptions = own(record, 'subscriptions') ?? [...WEBHOOK_SUBSCRIPTIONS];
    if (!Array.isArray(subscriptions) || subscriptions.some((name) => !(WEBHOOK_SUBSCRIPTIONS as readonly unknown[]).includes(name))) {
      ok = fail(`${path}.subscriptions`, `an array of ${WEBHOOK_SUBSCRIPTIONS.join(', ')}`);
    } else action.subscriptions = [...new Set(subscriptions as string[])];
  }
  return ok ? [action] : [];
}
