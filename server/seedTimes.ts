/**
 * Moves an event in time as a whole: the seed gives sample events a recent timestamp, and the
 * times inside them (breadcrumbs, a transaction's start, the app's start and the device's boot)
 * move by the same amount, so a breadcrumb reads "2 s before" rather than "-165d 19h".
 */

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Seconds since the epoch of an SDK timestamp (float seconds, numeric string or RFC 3339), or undefined. */
export function timestampSeconds(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  // Sentry reads a zone-less RFC 3339 time as UTC.
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** The same kind of timestamp, moved by `deltaSeconds`: numbers stay numbers, strings become ISO 8601. */
function shifted(value: unknown, deltaSeconds: number): unknown {
  const seconds = timestampSeconds(value);
  if (seconds === undefined) return value;
  if (typeof value === 'number') return seconds + deltaSeconds;
  return new Date(Math.round((seconds + deltaSeconds) * 1000)).toISOString();
}

/** The breadcrumbs list, sent bare or as `{ values: [...] }`. */
function breadcrumbList(event: Json): unknown[] | undefined {
  const { breadcrumbs } = event;
  if (Array.isArray(breadcrumbs)) return breadcrumbs;
  return isRecord(breadcrumbs) && Array.isArray(breadcrumbs.values) ? breadcrumbs.values : undefined;
}

function latestBreadcrumb(event: Json): number | undefined {
  let latest: number | undefined;
  for (const crumb of breadcrumbList(event) ?? []) {
    const seconds = isRecord(crumb) ? timestampSeconds(crumb.timestamp) : undefined;
    if (seconds !== undefined && (latest === undefined || seconds > latest)) latest = seconds;
  }
  return latest;
}

function withBreadcrumbs(event: Json, deltaSeconds: number): unknown {
  const move = (list: unknown[]) => list.map((crumb) => (isRecord(crumb) && crumb.timestamp !== undefined ? { ...crumb, timestamp: shifted(crumb.timestamp, deltaSeconds) } : crumb));
  const { breadcrumbs } = event;
  if (Array.isArray(breadcrumbs)) return move(breadcrumbs);
  if (isRecord(breadcrumbs) && Array.isArray(breadcrumbs.values)) return { ...breadcrumbs, values: move(breadcrumbs.values) };
  return breadcrumbs;
}

function withContextTime(contexts: unknown, name: string, field: string, deltaSeconds: number): unknown {
  if (!isRecord(contexts) || !isRecord(contexts[name]) || contexts[name][field] === undefined) return contexts;
  return { ...contexts, [name]: { ...contexts[name], [field]: shifted(contexts[name][field], deltaSeconds) } };
}

/**
 * A copy of `event` set at `timestamp` (seconds), its inner times moved by as much as its own
 * timestamp moved. An event without a timestamp is moved so its last breadcrumb falls at
 * `timestamp`, as breadcrumbs lead up to the event.
 */
export function moveEventTo(event: Json, timestamp: number): Json {
  const reference = timestampSeconds(event.timestamp) ?? latestBreadcrumb(event);
  const moved: Json = { ...event, timestamp };
  if (reference === undefined) return moved;
  const delta = timestamp - reference;
  if (breadcrumbList(event) !== undefined) moved.breadcrumbs = withBreadcrumbs(event, delta);
  if (event.start_timestamp !== undefined) moved.start_timestamp = shifted(event.start_timestamp, delta);
  let contexts = withContextTime(event.contexts, 'app', 'app_start_time', delta);
  contexts = withContextTime(contexts, 'device', 'boot_time', delta);
  if (contexts !== event.contexts) moved.contexts = contexts;
  return moved;
}
