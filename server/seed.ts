import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerDatabase } from './db';
import { prepareEvent, writeEvent } from './ingest';
import { applyEventToIssue, statusBeforeEvent } from './issueLifecycle';
import { seedMembers } from './seedMembers';
import { seedTriage } from './seedTriage';
import { moveEventTo } from './seedTimes';

/** The repo's own sample SDK events (a fresh clone has them; `../shared` it may not have). */
export const SAMPLE_EVENTS_DIR = fileURLToPath(new URL('../test/fixtures/events/', import.meta.url));

const DAY_MS = 86_400_000;
// Just under 14 days: the 14d stats buckets start at a midnight, so every seeded event shows.
const SEED_DAYS = 13;
// Browser and Node SDK events go to the frontend project, the rest to the backend one.
const FRONTEND_PLATFORMS = new Set(['javascript', 'node', 'cocoa', 'react-native']);

function listJsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listJsonFiles(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : []))
    .sort();
}

/** A small deterministic generator, so every fresh seed has the same shape. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether an SDK user has what Sentry counts users by: an id, e-mail, username or IP address. */
function identifiesUser(user: unknown): boolean {
  return isRecord(user) && ['id', 'email', 'username', 'ip_address'].some((key) => typeof user[key] === 'string' || typeof user[key] === 'number');
}

/** Whether the store has no events yet. */
export function isEmpty(db: ServerDatabase): boolean {
  return db.prepare('SELECT 1 FROM events LIMIT 1').get() === undefined;
}

/**
 * Ingests the sample events, each one to four times, with timestamps spread over the last 13
 * days (more of them recent) so counts, sorts and stats look like a real project's; adds the
 * demo's members and teams, so issues can be assigned, and a little triage (see seedTriage).
 * Returns how many events were stored.
 */
export function seedSampleEvents(db: ServerDatabase, options: { dir?: string; now?: number; projects: { frontend: number; backend: number } }): number {
  const dir = options.dir ?? SAMPLE_EVENTS_DIR;
  const now = options.now ?? Date.now();
  const next = random(20_260_101);
  const visitor = random(7);
  let stored = 0;
  // One transaction for the whole seed: one disk sync instead of hundreds, and all or nothing.
  db.transaction(() => {
  seedMembers(db, now);
  for (const [index, file] of listJsonFiles(dir).entries()) {
    let event: unknown;
    try {
      event = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) continue;
    const raw = event as Record<string, unknown>;
    const project = FRONTEND_PLATFORMS.has(String(raw.platform)) ? options.projects.frontend : options.projects.backend;
    const copies = 1 + (index % 4);
    for (let copy = 0; copy < copies; copy++) {
      // Squaring skews ages toward "now": recent days hold more events, as in a live project.
      const age = next() ** 2 * SEED_DAYS * DAY_MS;
      const timestamp = (now - age) / 1000;
      // Breadcrumbs and other inner times move with the event, so they stay just before it.
      const moved = moveEventTo(raw, timestamp);
      // Samples rarely carry a user; Sentry counts users by IP address then, so each gets one of
      // a few documentation addresses (TEST-NET-3) and the Users column counts something.
      if (!identifiesUser(moved.user)) moved.user = { ...(isRecord(moved.user) ? moved.user : {}), ip_address: `203.0.113.${1 + Math.floor(visitor() * 12)}` };
      const prepared = prepareEvent({ ...moved, event_id: randomUUID().replace(/-/g, '') }, { received: now - age });
      const before = statusBeforeEvent(db, project, prepared);
      applyEventToIssue(db, project, before, writeEvent(db, project, prepared), prepared);
      stored++;
    }
  }
  seedTriage(db, now);
  })();
  return stored;
}
