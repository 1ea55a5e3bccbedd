import { randomUUID } from 'node:crypto';
import { normalizeEvent, normalizeIssue } from '../../src/core/normalize';
import type { ServerDatabase } from '../db';
import { type IssueRow, issueToApi, loadIssue } from '../issues';
import { findProject, type ProjectRow } from '../projects';
import { type DeliveryRecord, insertAttempt, insertDelivery } from './deliveryLog';
import type { AlertFiring } from './evaluate';
import { type DeliveryContext, type DeliveryTrigger, type ReceiverRequest, receiverRequests } from './receivers';
import type { StoredAction } from './ruleInput';
import { ruleById } from './ruleStore';
import { postOnce } from './sender';
import { sampleContext } from './sample';

/** Time-out and retry schedule of deliveries. */
export interface DeliveryPolicy {
  /** Per attempt, connect to answer. @default 5000 */
  timeoutMs: number;
  /** Waits before the 2nd, 3rd… attempt; jittered ±20 %. @default [1000, 4000] (3 attempts) */
  retryDelaysMs: readonly number[];
}

export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = { timeoutMs: 5000, retryDelaysMs: [1000, 4000] };

/** A 5xx, 408, 429 or no answer at all may pass; any other status is the receiver's final word. */
const retryable = (status: number | null) => status === null || status >= 500 || status === 408 || status === 429;

/**
 * Sends what rules fired, on the main thread, after the ingestion worker committed the events and
 * answered the SDK: deliveries are promises and timers here, so a slow or dead receiver holds no
 * ingestion work and no HTTP handler. Every attempt is logged.
 */
export class AlertDispatcher {
  private closed = false;
  private readonly stopping = new AbortController();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly installationUuid: string;

  constructor(
    private readonly db: ServerDatabase,
    private readonly organization: string,
    private readonly baseUrl: () => string,
    private readonly policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
  ) {
    // One installation id per data folder, as one Sentry organization keeps one.
    db.prepare(`INSERT INTO meta (key, value) VALUES ('alerts_installation_uuid', ?) ON CONFLICT(key) DO NOTHING`).run(randomUUID());
    this.installationUuid = (db.prepare(`SELECT value FROM meta WHERE key = 'alerts_installation_uuid'`).get() as { value: string }).value;
  }

  /** Firings the worker reported: each action of each rule gets its delivery. */
  onFirings(firings: readonly AlertFiring[]): void {
    for (const firing of firings) {
      const rule = ruleById(this.db, firing.ruleId);
      const context = rule && this.issueContext(firing.issueId, 'alert', { id: String(rule.id), name: rule.name }, firing.eventId, firing.newIssue);
      if (!rule || !context) continue;
      for (const action of rule.actions) this.track(this.deliver(action, context, { ruleId: rule.id, eventId: firing.eventId }, true));
    }
  }

  /** After an API update: resolves close incidents and send `issue.resolved`; assignments send `issue.assigned`. */
  issuesChanged(ids: readonly number[], changes: { status?: string; assignedTo?: unknown }): void {
    const triggers: DeliveryTrigger[] = [];
    if (changes.status === 'resolved') triggers.push('resolve');
    if (changes.assignedTo !== undefined && changes.assignedTo !== null) triggers.push('assign');
    if (triggers.length === 0 || this.closed) return;
    for (const issueId of ids) {
      const ruleIds = this.db.prepare('SELECT rule_id FROM alert_rule_issues WHERE issue_id = ?').all(issueId) as { rule_id: number }[];
      for (const { rule_id } of ruleIds) {
        const rule = ruleById(this.db, rule_id);
        if (!rule) continue;
        for (const trigger of triggers) {
          const context = this.issueContext(issueId, trigger, { id: String(rule.id), name: rule.name }, undefined, false);
          if (!context) continue;
          for (const action of rule.actions) this.track(this.deliver(action, context, { ruleId: rule.id }, true));
        }
      }
    }
  }

  /** Sends actions once (no retries) with the project's newest issue, or a sample; resolves to the attempt ids. */
  async test(project: ProjectRow, name: string, actions: readonly StoredAction[], ruleId: number | null): Promise<number[]> {
    const newest = this.db.prepare('SELECT id FROM issues WHERE project_id = ? ORDER BY last_seen DESC LIMIT 1').get(project.id) as { id: number } | undefined;
    const rule = { ...(ruleId === null ? {} : { id: String(ruleId) }), name };
    const context =
      (newest && this.issueContext(newest.id, 'test', rule, undefined, false)) ??
      sampleContext(project, rule, { baseUrl: this.baseUrl(), organization: this.organization }, this.installationUuid);
    const ids = await Promise.all(actions.map((action) => this.track(this.deliver(action, context, { ruleId }, false))));
    return ids.flat();
  }

  /** Stops retries and in-flight requests, and waits for them to log their end; nothing is logged after. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.stopping.abort();
    await Promise.allSettled([...this.running]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, (error: unknown) => {
      done();
      console.error('faultline server: alert delivery failed:', error);
    });
    return work;
  }

  private issueContext(issueId: number, trigger: DeliveryTrigger, rule: DeliveryContext['rule'], eventId: string | undefined, newIssue: boolean): DeliveryContext | undefined {
    const row: IssueRow | undefined = loadIssue(this.db, issueId);
    const project = row && findProject(this.db, String(row.project_id));
    if (!row || !project) return undefined;
    const links = { baseUrl: this.baseUrl(), organization: this.organization };
    const apiIssue = issueToApi(row, project, links);
    const stored = (
      eventId === undefined
        ? this.db.prepare('SELECT raw, event_id FROM events WHERE issue_id = ? ORDER BY timestamp DESC LIMIT 1').get(issueId)
        : this.db.prepare('SELECT raw, event_id FROM events WHERE issue_id = ? AND event_id = ?').get(issueId, eventId)
    ) as { raw: string; event_id: string } | undefined;
    const rawEvent = stored ? (JSON.parse(stored.raw) as Record<string, unknown>) : undefined;
    return {
      trigger,
      input: { issue: normalizeIssue(apiIssue).value, ...(rawEvent ? { event: normalizeEvent(rawEvent).value } : {}), permalink: apiIssue.permalink as string },
      apiIssue,
      ...(rawEvent ? { rawEvent } : {}),
      issueId: String(issueId),
      projectId: project.id,
      ...(stored ? { eventId: stored.event_id } : {}),
      newIssue,
      rule,
      links: { ...links, projectSlug: project.slug },
      installationUuid: this.installationUuid,
    };
  }

  /** Builds the action's requests and sends each, with retries when `retry`; resolves to the attempt ids. */
  private async deliver(action: StoredAction, context: DeliveryContext, meta: { ruleId: number | null; eventId?: string }, retry: boolean): Promise<number[]> {
    let requests: ReceiverRequest[];
    try {
      requests = await receiverRequests(action, context);
    } catch (error) {
      console.error('faultline server: could not build an alert payload:', error);
      return [];
    }
    const ids: number[] = [];
    for (const request of requests) {
      if (this.closed) break;
      const record: DeliveryRecord = {
        projectId: context.projectId,
        ruleId: meta.ruleId,
        ruleName: context.rule.name,
        kind: action.kind,
        trigger: context.trigger,
        resource: request.resource,
        issueId: context.issueId === '0' ? null : Number(context.issueId),
        eventId: context.eventId ?? meta.eventId ?? null,
        url: request.url,
        test: context.trigger === 'test',
      };
      ids.push(...(await this.attempts(request, record, retry ? this.policy.retryDelaysMs.length + 1 : 1)));
    }
    return ids;
  }

  private async attempts(request: ReceiverRequest, record: DeliveryRecord, maxAttempts: number): Promise<number[]> {
    const deliveryId = insertDelivery(this.db, record, Date.now());
    const ids: number[] = [];
    for (let attempt = 1; attempt <= maxAttempts && !this.closed; attempt++) {
      const result = await postOnce(request, this.policy.timeoutMs, this.stopping.signal);
      const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;
      const final = ok || !retryable(result.statusCode) || attempt === maxAttempts || this.closed;
      ids.push(insertAttempt(this.db, deliveryId, attempt, maxAttempts, result, final, Date.now()));
      if (final) break;
      const base = this.policy.retryDelaysMs[attempt - 1] ?? 0;
      await this.wait(base * (0.8 + Math.random() * 0.4));
    }
    return ids;
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
      // Closing clears the timer; resolve then too, so the attempt loop ends.
      this.stopping.signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
}
