import { randomUUID } from 'node:crypto';
import type { Event } from '../src/core';
// The normalizer alone, not the whole core: the ingestion worker loads this graph at start, and
// the full index takes it from about 1 s to about 5 s under tsx.
import { normalizeEvent } from '../src/core/normalize';
import type { ServerDatabase } from './db';
import { groupEvent, issueMetadata } from './grouping';
import { eventSearchTags, issueSearchText, issueShortText, writeIssueTags } from './issueSearchStore';
import { DEFAULT_EVENT_LIMITS, type EventLimits, trimEvent } from './trim';

/** What storing one event did. */
export interface StoredEvent {
  eventId: string;
  issueId: number;
  /** The event id was already stored for this project; nothing changed. */
  duplicate: boolean;
  /** The event opened a new issue. */
  newIssue: boolean;
}

/** Options of `storeEvent`. */
export interface StoreEventOptions {
  /** When the server received the event, in ms. @default Date.now() */
  received?: number;
  /** Depth, size and count limits; past them the event is stored trimmed with `_meta` notes. @default DEFAULT_EVENT_LIMITS */
  limits?: EventLimits;
}

/** An event read, trimmed, normalized and grouped: everything but the SQL, so it can run outside a transaction. */
export interface PreparedEvent {
  eventId: string;
  received: number;
  timestamp: number;
  hash: string;
  level: string;
  title: string;
  culprit: string | null;
  metadata: string;
  type: string;
  platform: string | null;
  logger: string | null;
  unhandled: number;
  user: string | null;
  release: string | null;
  environment: string | null;
  /** The trimmed SDK JSON, as stored and served. */
  stored: string;
  /** What the issue search reads: lowercased text and the event's tags. */
  searchText: string;
  tags: [string, string][];
}

// Events may claim any time; one from the future would sit atop "last seen" forever.
const FUTURE_TOLERANCE_MS = 60_000;
const EVENT_ID = /^[0-9a-f]{32}$/;

function eventIdOf(raw: Record<string, unknown>): string {
  const given = typeof raw.event_id === 'string' ? raw.event_id.replace(/-/g, '').toLowerCase() : '';
  return EVENT_ID.test(given) ? given : randomUUID().replace(/-/g, '');
}

function timestampOf(event: Event, received: number): number {
  const parsed = event.timestamp === undefined ? Number.NaN : Date.parse(event.timestamp);
  if (Number.isNaN(parsed) || parsed > received + FUTURE_TOLERANCE_MS) return received;
  return parsed;
}

function userKey(event: Event): string | null {
  const user = event.user;
  const key = user?.id ?? user?.email ?? user?.username ?? user?.ipAddress;
  return key ? String(key) : null;
}

const isUnhandled = (event: Event) => event.exceptions.some((exception) => exception.mechanism?.handled === false);

/**
 * Prepares one SDK event for storage: trims it within the limits (cuts noted in `_meta`),
 * normalizes it and computes its grouping hash and issue fields. Pure; no database access.
 */
export function prepareEvent(raw: Record<string, unknown>, options: StoreEventOptions = {}): PreparedEvent {
  const received = options.received ?? Date.now();
  const eventId = eventIdOf(raw);
  const { event: trimmed } = trimEvent({ ...raw, event_id: eventId }, options.limits ?? DEFAULT_EVENT_LIMITS);
  const { value: event } = normalizeEvent(trimmed);
  const user = userKey(event);
  const title = event.title || '<unlabeled event>';
  const metadata = issueMetadata(event);
  return {
    eventId,
    received,
    timestamp: timestampOf(event, received),
    hash: groupEvent(event).hash,
    level: event.level ?? 'error',
    title,
    culprit: event.culprit ?? null,
    metadata: JSON.stringify(metadata),
    type: event.exceptions.length > 0 ? 'error' : 'default',
    platform: event.platform ?? null,
    logger: event.logger ?? null,
    unhandled: isUnhandled(event) ? 1 : 0,
    user,
    release: event.release?.version ?? null,
    environment: event.environment ?? null,
    // Safe to stringify: trimming capped the depth.
    stored: JSON.stringify(trimmed),
    searchText: issueSearchText(title, event.culprit ?? null, metadata.value),
    tags: eventSearchTags(event),
  };
}

/**
 * Writes one prepared event: groups it into an issue (opening one or updating its counts, first
 * and last seen, level, title and culprit, and reopening it when it was resolved). Call it inside
 * a transaction, so a crash leaves either the whole event or none of it.
 */
export function writeEvent(db: ServerDatabase, projectId: number, prepared: PreparedEvent): StoredEvent {
  const { eventId, timestamp, hash, user, release } = prepared;
  const duplicate = db.prepare('SELECT issue_id FROM events WHERE project_id = ? AND event_id = ?').get(projectId, eventId) as { issue_id: number } | undefined;
  if (duplicate) return { eventId, issueId: duplicate.issue_id, duplicate: true, newIssue: false };

  const existing = db.prepare('SELECT issue_id FROM issue_hashes WHERE project_id = ? AND hash = ?').get(projectId, hash) as { issue_id: number } | undefined;
  let issueId: number;
  if (existing) {
    issueId = existing.issue_id;
    const seenUser = user !== null && db.prepare('SELECT 1 FROM events WHERE issue_id = ? AND user_key = ? LIMIT 1').get(issueId, user) !== undefined;
    db.prepare(
      `UPDATE issues SET
         times_seen = times_seen + 1,
         user_count = user_count + @newUser,
         first_seen = MIN(first_seen, @timestamp),
         is_unhandled = MAX(is_unhandled, @unhandled),
         -- The newest event names the issue, as in Sentry.
         title = CASE WHEN @timestamp >= last_seen THEN @title ELSE title END,
         culprit = CASE WHEN @timestamp >= last_seen THEN @culprit ELSE culprit END,
         level = CASE WHEN @timestamp >= last_seen THEN @level ELSE level END,
         metadata = CASE WHEN @timestamp >= last_seen THEN @metadata ELSE metadata END,
         search_text = CASE WHEN @timestamp >= last_seen THEN @searchText ELSE search_text END,
         last_release = CASE WHEN @timestamp >= last_seen AND @release IS NOT NULL THEN @release ELSE last_release END,
         last_seen = MAX(last_seen, @timestamp),
         substatus = CASE WHEN status = 'resolved' THEN 'regressed' WHEN substatus = 'new' THEN 'ongoing' ELSE substatus END,
         status = CASE WHEN status = 'resolved' THEN 'unresolved' ELSE status END
       WHERE id = @issueId`,
    ).run({
      issueId,
      newUser: user !== null && !seenUser ? 1 : 0,
      timestamp,
      unhandled: prepared.unhandled,
      title: prepared.title,
      culprit: prepared.culprit,
      level: prepared.level,
      metadata: prepared.metadata,
      searchText: prepared.searchText,
      release,
    });
  } else {
    const project = db.prepare('UPDATE projects SET next_short_id = next_short_id + 1 WHERE id = ? RETURNING next_short_id - 1 AS short, slug').get(projectId) as
      | { short: number; slug: string }
      | undefined;
    if (!project) throw new Error(`faultline server: project ${projectId} does not exist`);
    const result = db
      .prepare(
        `INSERT INTO issues (project_id, short_number, title, culprit, level, type, platform, logger, metadata, status, substatus,
           is_unhandled, times_seen, user_count, first_seen, last_seen, first_release, last_release, search_text, short_text)
         VALUES (@projectId, @short, @title, @culprit, @level, @type, @platform, @logger, @metadata, 'unresolved', 'new',
           @unhandled, 1, @users, @timestamp, @timestamp, @release, @release, @searchText, @shortText)`,
      )
      .run({
        projectId,
        short: project.short,
        title: prepared.title,
        culprit: prepared.culprit,
        level: prepared.level,
        type: prepared.type,
        platform: prepared.platform,
        logger: prepared.logger,
        metadata: prepared.metadata,
        unhandled: prepared.unhandled,
        users: user === null ? 0 : 1,
        timestamp,
        release,
        searchText: prepared.searchText,
        shortText: issueShortText(project.slug, project.short),
      });
    issueId = Number(result.lastInsertRowid);
    db.prepare('INSERT INTO issue_hashes (project_id, hash, issue_id) VALUES (?, ?, ?)').run(projectId, hash, issueId);
  }
  db.prepare(
    `INSERT INTO events (event_id, project_id, issue_id, timestamp, received, environment, release, level, user_key, raw)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(eventId, projectId, issueId, timestamp, prepared.received, prepared.environment, release, prepared.level, user, prepared.stored);
  writeIssueTags(db, issueId, timestamp, prepared.tags);
  return { eventId, issueId, duplicate: false, newIssue: !existing };
}

/** Stores one SDK event in its own transaction (see `prepareEvent` and `writeEvent`). */
export function storeEvent(db: ServerDatabase, projectId: number, raw: Record<string, unknown>, options: StoreEventOptions = {}): StoredEvent {
  const prepared = prepareEvent(raw, options);
  return db.transaction(() => writeEvent(db, projectId, prepared))();
}
