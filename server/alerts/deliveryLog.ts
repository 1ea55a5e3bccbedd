import type { ServerDatabase } from '../db';
import { HttpError } from '../http';
import { ACTION_ID, type ActionKind } from './ruleIds';
import { maskUrl } from './ruleStore';

/** Longest response excerpt kept per attempt. */
export const EXCERPT_CHARS = 1024;

/** A delivery about to be attempted. */
export interface DeliveryRecord {
  projectId: number | null;
  ruleId: number | null;
  ruleName: string | null;
  kind: ActionKind;
  trigger: string;
  resource: string | null;
  issueId: number | null;
  eventId: string | null;
  url: string;
  test: boolean;
}

/** How one attempt ended. */
export interface AttemptResult {
  statusCode: number | null;
  durationMs: number;
  excerpt: string | null;
  error: string | null;
}

/** Logs a delivery (the receiver URL already masked, so no secret reaches the log) and returns its id. */
export function insertDelivery(db: ServerDatabase, record: DeliveryRecord, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO alert_deliveries (project_id, rule_id, rule_name, action_kind, action_id, trigger, resource, issue_id, event_id, receiver, test, created)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      record.projectId,
      record.ruleId,
      record.ruleName,
      record.kind,
      ACTION_ID[record.kind],
      record.trigger,
      record.resource,
      record.issueId,
      record.eventId,
      maskUrl(record.url),
      record.test ? 1 : 0,
      now,
    );
  return Number(result.lastInsertRowid);
}

/** Logs one finished attempt; returns its id. */
export function insertAttempt(db: ServerDatabase, deliveryId: number, attempt: number, maxAttempts: number, result: AttemptResult, final: boolean, now: number): number {
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
  const row = db
    .prepare(
      `INSERT INTO alert_attempts (delivery_id, attempt, max_attempts, status, status_code, duration_ms, final, excerpt, error, created)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(deliveryId, attempt, maxAttempts, ok ? 'success' : 'failed', result.statusCode, Math.round(result.durationMs), final ? 1 : 0, result.excerpt, result.error, now);
  return Number(row.lastInsertRowid);
}

/** Which attempts a log request wants. */
export interface DeliveryQuery {
  projectId?: number;
  ruleId?: number;
  status?: string;
  ids?: readonly number[];
  offset: number;
  limit: number;
}

const iso = (ms: unknown) => new Date(Number(ms)).toISOString();
const idText = (id: unknown) => (id === null ? null : String(id));

/** Attempts newest first, in the README's `Delivery` shape, and how many match. */
export function listDeliveries(db: ServerDatabase, query: DeliveryQuery): { items: Record<string, unknown>[]; total: number } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (query.projectId !== undefined) {
    where.push('d.project_id = ?');
    args.push(query.projectId);
  }
  if (query.ruleId !== undefined) {
    where.push('d.rule_id = ?');
    args.push(query.ruleId);
  }
  if (query.status !== undefined) {
    if (query.status !== 'success' && query.status !== 'failed' && query.status !== 'pending') throw new HttpError(400, 'status must be success, failed or pending');
    where.push('a.status = ?');
    args.push(query.status);
  }
  if (query.ids !== undefined) {
    where.push(`a.id IN (${query.ids.map(() => '?').join(',') || 'NULL'})`);
    args.push(...query.ids);
  }
  const from = `FROM alert_attempts a JOIN alert_deliveries d ON d.id = a.delivery_id LEFT JOIN projects p ON p.id = d.project_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n ${from}`).get(...args) as { n: number }).n;
  const rows = db.prepare(`SELECT a.*, d.*, a.id AS attempt_id, a.created AS attempt_created, p.slug AS project_slug ${from} ORDER BY a.id DESC LIMIT ? OFFSET ?`).all(...args, query.limit, query.offset) as Record<string, unknown>[];
  const items = rows.map((row) => ({
    id: String(row.attempt_id),
    deliveryId: String(row.delivery_id),
    ruleId: idText(row.rule_id),
    ruleName: row.rule_name,
    projectSlug: row.project_slug,
    action: row.action_kind,
    actionId: row.action_id,
    trigger: row.trigger,
    resource: row.resource,
    issueId: idText(row.issue_id),
    eventId: row.event_id,
    receiver: row.receiver,
    status: row.status,
    statusCode: row.status_code,
    durationMs: row.duration_ms,
    attempt: row.attempt,
    maxAttempts: row.max_attempts,
    final: row.final === 1,
    responseExcerpt: row.excerpt,
    error: row.error,
    test: row.test === 1,
    dateCreated: iso(row.attempt_created),
  }));
  return { items, total };
}
