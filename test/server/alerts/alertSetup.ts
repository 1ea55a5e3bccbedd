import { expect } from 'vitest';
import { apiFetch, envelopeOf, errorEvent, ingest } from '../helpers';

export const IDS = {
  firstSeen: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition',
  regression: 'sentry.rules.conditions.regression_event.RegressionEventCondition',
  events: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition',
  users: 'sentry.rules.conditions.event_frequency.EventUniqueUserFrequencyCondition',
  level: 'sentry.rules.filters.level.LevelFilter',
  tag: 'sentry.rules.filters.tagged_event.TaggedEventFilter',
  webhook: 'sentry.rules.actions.notify_event_service.NotifyEventServiceAction',
} as const;

/** The rules API of the test server's first project. */
export const rulesUrl = (server: string) => `${server}/api/0/projects/faultline/web-frontend/rules/`;

/** Creates a rule (after deleting every other, so tests do not fire each other's) and returns its id. */
export async function createOnlyRule(server: string, rule: Record<string, unknown>): Promise<string> {
  const existing = (await (await apiFetch(rulesUrl(server))).json()) as { id: string }[];
  for (const { id } of existing) await apiFetch(`${rulesUrl(server)}${id}/`, { method: 'DELETE' });
  const response = await apiFetch(rulesUrl(server), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Rule under test', actionMatch: 'all', frequency: 5, ...rule }),
  });
  const body = (await response.json()) as { id: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

/** Sends one SDK error event to project 1 and expects it stored. */
export async function sendError(server: string, type: string, extra: Record<string, unknown> = {}): Promise<void> {
  const response = await ingest(server, '/api/1/envelope/', envelopeOf([errorEvent(type, 'went wrong', 'run', 'app/run.js', extra)]));
  expect(response.status).toBe(200);
}

/** The delivery log of a rule, newest attempt first. */
export async function deliveriesOf(server: string, ruleId: string): Promise<Record<string, unknown>[]> {
  return (await (await apiFetch(`${rulesUrl(server)}${ruleId}/deliveries/`)).json()) as Record<string, unknown>[];
}

/** Polls until `check` passes or `timeoutMs` ends (then its last failure is thrown). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
