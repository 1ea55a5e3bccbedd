import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerDatabase } from './db';
import { prepareEvent, writeEvent } from './ingest';
import { applyEventToIssue, statusBeforeEvent } from './issueLifecycle';
import { seedMembers } from './seedMembers';
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

/** Whether the store has no events yet. */
export function isEmpty(db: ServerDatabase): boolean {
  return db.prepare('SELECT 1 FROM events LIMIT 1').get() === undefined;
}

/**
 * Ingests the sample events, each one to four times, with timestamps spread over the last 13
 * days (more of them recent) so counts, sorts and stats look like a real project's; adds the
 * demo's members and teams, so issues can be assigned.
 * Returns how many events were stored.
 */
export function seedSampleEvents(db: ServerDatabase, options: { dir?: string; now?: number; projects: { frontend: number; backend: number } }): number {
  const dir = options.dir ?? SAMPLE_EVENTS_DIR;
  const now = options.now ?? Date.now();
  const next = random(20_260_101);
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
      const prepared = prepareEvent({ ...moveEventTo(raw, timestamp), event_id: randomUUID().replace(/-/g, '') }, { received: now - age });
      const before = statusBeforeEvent(db, project, prepared);
      applyEventToIssue(db, project, before, writeEvent(db, project, prepared), prepared);
      stored++;
    }
  }
  })();
  return stored;
}
