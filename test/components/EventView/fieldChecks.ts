import { CONTEXT_FIELDS, type ContextFieldSpec, getContextTitle } from '../../../src/core';
import type { Page } from './page';

// Lists (modules, headers, tags…) are checked up to this many entries: enough to catch a
// section that drops its rows, without turning 128 pages into a minute of DOM walks.
const CAP = 60;

/** A raw event, or a part of one. */
export type Json = Record<string, unknown>;
/** Where a field shows: a list of what is missing, empty when the field is shown. */
type Check = (page: Page, value: unknown) => string[];

/** Whether a value is a JSON object. */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : isObject(value) && Array.isArray(value.values) ? value.values : []);
const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) ? value.length === 0 : isObject(value) && Object.keys(value).length === 0);

/** Labels a row of the named card must have, one per key of `record` (first `CAP`). */
function rowsOf(page: Page, card: string, record: Json, label: (key: string) => string = (key) => key): string[] {
  const labels = page.labelsIn(page.card(card));
  if (!labels) return [`no "${card}" card in Contexts`];
  return Object.keys(record)
    .slice(0, CAP)
    .filter((key) => record[key] !== undefined && !labels.has(label(key)))
    .map((key) => `"${card}" has no row "${label(key)}" (${key})`);
}

/** A header fact whose text is the value. */
const fact =
  (label: string): Check =>
  (page, value) => {
    const shown = page.fact(label);
    if (shown === undefined) return [`no "${label}" in the header`];
    return shown.includes(text(value)) ? [] : [`"${label}" shows "${shown}", not "${text(value)}"`];
  };

/** A part of the "Other data" section by name. */
const dataPart =
  (name: string): Check =>
  (page) =>
    page.dataPart(name) ? [] : [`no "${name}" under "Other data"`];

/** Listed by its key under "Other fields". */
const inOtherFields = (key: string): Check => (page) => (page.otherFields().has(key) ? [] : [`"${key}" is not listed under "Other fields"`]);

const stackTrace: Check = (page, value) => {
  const region = page.section('Stack trace');
  if (!region) return ['no "Stack trace" section'];
  if (region.dataset.state === 'empty') return ['"Stack trace" says the event has none'];
  const shown = region.textContent ?? '';
  return listOf(value)
    .slice(0, CAP)
    .filter(isObject)
    .map((exception) => (typeof exception.type === 'string' ? exception.type : typeof exception.value === 'string' ? exception.value : ''))
    .filter((name) => name !== '' && !shown.includes(name.slice(0, 80)))
    .map((name) => `exception "${name}" is not in "Stack trace"`);
};

const threads: Check = (page, value) => {
  const picker = page.section('Stack trace')?.querySelector('select');
  const all = listOf(value).filter(isObject);
  if (all.length === 0) return [];
  if (!picker) return ['no thread picker in "Stack trace"'];
  return picker.options.length >= Math.min(all.length, CAP) ? [] : [`the thread picker offers ${picker.options.length} of ${all.length} threads`];
};

const breadcrumbs: Check = (page, value) => {
  const count = listOf(value).length;
  if (count === 0) return [];
  const region = page.section('Breadcrumbs');
  if (!region) return ['no "Breadcrumbs" section'];
  const total = Number(region.querySelector('[role="status"]')?.textContent?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  if (!(total >= count)) return [`"Breadcrumbs" counts ${total} of the ${count} sent`];
  return region.querySelector('li') ? [] : ['"Breadcrumbs" shows no row'];
};

function contextLabel(type: string, field: string): string {
  const specs: readonly ContextFieldSpec[] | undefined = (CONTEXT_FIELDS as Record<string, readonly ContextFieldSpec[]>)[type];
  return specs?.find(([name]) => name === camel(field))?.[1] ?? field;
}

const contexts: Check = (page, value) => {
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, context]) => {
    if (!isObject(context)) return page.otherFields().has('contexts') ? [] : [`context "${key}" is not an object and not under "Other fields"`];
    const type = typeof context.type === 'string' ? context.type : key;
    const { type: _type, data, extra, ...fields } = context;
    const present = Object.fromEntries(Object.entries(fields).filter(([, field]) => field !== null && field !== undefined));
    if (isEmpty(present) && isEmpty(data) && isEmpty(extra)) return [];
    const title = getContextTitle(key, type);
    return [
      ...rowsOf(page, title, present, (field) => contextLabel(type, field)),
      ...(isObject(data) ? rowsOf(page, title, data) : []),
      ...(isObject(extra) ? rowsOf(page, title, extra) : []),
    ];
  });
};

function tagKeys(value: unknown): string[] {
  if (isObject(value)) return Object.keys(value);
  if (!Array.isArray(value)) return [];
  return value.flatMap((tag) => (Array.isArray(tag) ? [String(tag[0])] : isObject(tag) && 'key' in tag ? [String(tag.key)] : []));
}

const tags: Check = (page, value) => {
  const keys = tagKeys(value).slice(0, CAP);
  if (keys.length === 0) return [];
  const chips = page.tagKeys();
  return keys.filter((key) => !chips.has(key)).map((key) => `no tag chip "${key}" under "Tags"`);
};

const USER_LABELS: Record<string, string> = {
  id: 'ID',
  email: 'Email',
  username: 'Username',
  name: 'Name',
  ip_address: 'IP Address',
  segment: 'Segment',
  geo: 'Geography',
};

const user: Check = (page, value) => {
  if (!isObject(value) || isEmpty(value)) return [];
  const { data, ...fields } = value;
  return [...rowsOf(page, 'User', fields, (key) => USER_LABELS[key] ?? key), ...(isObject(data) ? rowsOf(page, 'User', data) : [])];
};

const request: Check = (page, value) => {
  if (!isObject(value) || isEmpty(value)) return [];
  const card = page.card('HTTP Request');
  if (!card) return ['no "HTTP Request" card in Contexts'];
  const shown = card.textContent ?? '';
  const missing: string[] = [];
  for (const field of ['method', 'url'] as const) {
    const part = value[field];
    if (typeof part === 'string' && part !== '' && !shown.includes(part)) missing.push(`"HTTP Request" does not show the ${field} "${part}"`);
  }
  const named = (field: string) => {
    const part = value[field];
    const names = isObject(part) ? Object.keys(part) : Array.isArray(part) ? part.filter(Array.isArray).map((pair) => String(pair[0])) : [];
    const labels = page.labelsIn(card) ?? new Set();
    return names
      .slice(0, CAP)
      .filter((name) => !labels.has(name))
      .map((name) => `"HTTP Request" has no row "${name}" (${field})`);
  };
  return [...missing, ...named('headers'), ...named('env'), ...named('cookies')];
};

const sdk: Check = (page, value) => {
  if (!isObject(value)) return [];
  const card = page.card('SDK');
  if (!card) return ['no "SDK" card in Contexts'];
  const shown = card.textContent ?? '';
  return ['name', 'version']
    .filter((field) => typeof value[field] === 'string' && !shown.includes(value[field] as string))
    .map((field) => `"SDK" does not show its ${field} "${value[field]}"`);
};

const extra: Check = (page, value) => (isObject(value) && !isEmpty(value) ? rowsOf(page, 'Additional Data', value) : []);

const message =
  (key: string): Check =>
  (page, value) => {
    if (isEmpty(value)) return [];
    if (page.otherFields().has(key)) return [];
    const region = page.section('Message');
    if (!region) return [`no "Message" section, and "${key}" is not under "Other fields"`];
    const sent = typeof value === 'string' ? value : isObject(value) ? (value.formatted ?? value.message) : undefined;
    if (typeof sent !== 'string') return [];
    // The first line is enough: long messages are cut, and whitespace may be folded.
    const line = (sent.trim().split('\n')[0] ?? '').slice(0, 200);
    return (region.textContent ?? '').includes(line) ? [] : [`"Message" does not show "${line}"`];
  };

const modules: Check = (page, value) => {
  if (!isObject(value) || isEmpty(value)) return [];
  const part = page.dataPart('Modules');
  if (!part) return ['no "Modules" under "Other data"'];
  const labels = page.labelsIn(part) ?? new Set();
  return Object.keys(value)
    .slice(0, CAP)
    .filter((name) => !labels.has(name))
    .map((name) => `"Modules" does not list "${name}"`);
};

const fingerprint: Check = (page, value) => {
  if (!Array.isArray(value) || value.length === 0) return [];
  const part = page.dataPart('Fingerprint');
  if (!part) return ['no "Fingerprint" under "Other data"'];
  const shown = [...part.querySelectorAll('li')].map((item) => item.textContent);
  return value.filter((piece) => !shown.includes(String(piece))).map((piece) => `"Fingerprint" does not show ${text(piece)}`);
};

const debugMeta: Check = (page, value) => {
  if (!isObject(value)) return inOtherFields('debug_meta')(page, value);
  const { images, ...rest } = value;
  const missing: string[] = [];
  if (Array.isArray(images) && images.length > 0) {
    const part = page.dataPart('Debug images');
    if (!part) missing.push('no "Debug images" under "Other data"');
    else if (part.querySelectorAll('dt').length < Math.min(images.length, CAP)) missing.push(`"Debug images" lists fewer than the ${images.length} sent`);
  }
  if (!isEmpty(rest)) missing.push(...inOtherFields('debug_meta')(page, value));
  return missing;
};

/** Leaf annotations of Sentry's `_meta` tree: the objects under an empty key. */
function metaLeaves(tree: unknown): number {
  if (!isObject(tree)) return 0;
  return Object.entries(tree).reduce((sum, [key, node]) => sum + (key === '' && isObject(node) ? 1 : metaLeaves(node)), 0);
}

const meta: Check = (page, value) => {
  const leaves = metaLeaves(value);
  if (leaves === 0) return [];
  const part = page.dataPart('Trimmed and scrubbed values');
  if (!part) return ['no "Trimmed and scrubbed values" under "Other data"'];
  const rows = part.querySelectorAll('dt').length;
  return rows >= Math.min(leaves, CAP) ? [] : [`"Trimmed and scrubbed values" lists ${rows} of ${leaves} annotations`];
};

const level: Check = (page, value) => {
  const badge = page.levelBadge();
  return badge === text(value) ? [] : [`the level badge says "${badge}", not "${text(value)}"`];
};

const culprit: Check = (page, value) => {
  const shown = page.culprit();
  return shown === text(value) ? [] : [`the culprit line says "${shown}", not "${text(value)}"`];
};

const time: Check = (page) => (page.fact('Occurred') !== undefined && page.header()?.querySelector('time[datetime]') ? [] : ['no "Occurred" time in the header']);

const eventId: Check = (page, value) => {
  const shown = page.fact('Event ID');
  return shown?.includes(text(value).replace(/-/g, '').slice(0, 8)) ? [] : [`"Event ID" shows "${shown}"`];
};

/** Every top-level field of an SDK event, and where on the page it shows. */
export const WHERE: Readonly<Record<string, Check>> = {
  event_id: eventId,
  timestamp: time,
  level,
  platform: fact('Platform'),
  logger: fact('Logger'),
  transaction: fact('Transaction'),
  server_name: fact('Server'),
  release: fact('Release'),
  dist: fact('Distribution'),
  environment: fact('Environment'),
  culprit,
  message: message('message'),
  logentry: message('logentry'),
  exception: stackTrace,
  threads,
  stacktrace: stackTrace,
  breadcrumbs,
  contexts,
  tags,
  user,
  request,
  sdk,
  extra,
  modules,
  fingerprint,
  debug_meta: debugMeta,
  errors: dataPart('Processing errors'),
  _meta: meta,
};

/**
 * What of `event[key]` the page does not show: by the field's row of `WHERE`, else it must be
 * listed under "Other fields" by its key. Empty when the field is shown.
 */
export function checkField(page: Page, key: string, value: unknown): string[] {
  const check = WHERE[key];
  if (!check) return inOtherFields(key)(page, value);
  // `"release": null` or `"culprit": ""` carries nothing to show.
  return isEmpty(value) ? [] : check(page, value);
}

