// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSentryWebhook } from '../../src/sentry';
import { FIXTURES } from '../core/normalize/loadFixtures';

const WEBHOOKS = join(FIXTURES, 'webhooks');
const files = readdirSync(WEBHOOKS).filter((file) => file.endsWith('.json')).sort();
const text = (file: string) => readFileSync(join(WEBHOOKS, file), 'utf8');
const body = (file: string) => JSON.parse(text(file)) as Record<string, unknown>;

/** What each fixture is (its `Sentry-Hook-Resource`, per the fixtures' LICENSE.md) and yields. */
const EXPECTED: Record<string, { resource: string; action: string; issues: number; events: number }> = {
  'activity-alert-triggered.json': { resource: 'activity_alert', action: 'triggered', issues: 1, events: 0 },
  'comment-created.json': { resource: 'comment', action: 'created', issues: 0, events: 0 },
  'error-created.json': { resource: 'error', action: 'created', issues: 0, events: 1 },
  'event-alert-triggered.json': { resource: 'event_alert', action: 'triggered', issues: 0, events: 1 },
  'installation-created.json': { resource: 'installation', action: 'created', issues: 0, events: 0 },
  'issue-created.json': { resource: 'issue', action: 'created', issues: 1, events: 0 },
  'metric-alert-resolved.json': { resource: 'metric_alert', action: 'resolved', issues: 0, events: 0 },
};

describe('fromSentryWebhook over every fixture', () => {
  it('covers every fixture file', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`reads ${file} from the object, from its raw text, and with its resource header`, () => {
      const expected = EXPECTED[file];
      const fromObject = fromSentryWebhook(body(file));
      expect(fromObject).toMatchObject({ resource: expected?.resource, action: expected?.action });
      expect(fromObject.issues).toHaveLength(expected?.issues ?? -1);
      expect(fromObject.events).toHaveLength(expected?.events ?? -1);
      expect(fromSentryWebhook(text(file))).toEqual(fromObject);
      expect(fromSentryWebhook(body(file), expected?.resource)).toEqual(fromObject);
      expect(fromObject.installationId).toBe((body(file).installation as { uuid: string }).uuid);
    });
  }

  it('gives the canonical issue of an issue webhook, with the body-relative problem paths', () => {
    const webhook = fromSentryWebhook(body('issue-created.json'), 'issue');
    const raw = (body('issue-created.json').data as { issue: Record<string, unknown> }).issue;
    expect(webhook.issues[0]).toMatchObject({ schema: 'faultline.issue/1', id: String(raw.id), title: raw.title, shortId: raw.shortId });
    for (const problem of webhook.problems) expect(problem.path.startsWith('data.issue')).toBe(true);
  });

  it('gives the canonical event of error and event_alert webhooks, and the rule that fired', () => {
    const error = fromSentryWebhook(body('error-created.json'), 'error');
    const rawError = (body('error-created.json').data as { error: Record<string, unknown> }).error;
    expect(error.events[0]).toMatchObject({ schema: 'faultline.event/1', eventId: rawError.event_id });
    expect(error.events[0]?.exceptions.length).toBeGreaterThan(0);
    const alert = fromSentryWebhook(body('event-alert-triggered.json'), 'event_alert');
    expect(alert.triggeredRule).toBe('Very Important Alert Rule!');
    expect(alert.events[0]?.title).toBeTruthy();
  });

  it('reads the part the header names and reports it when the body lacks it', () => {
    const mismatched = fromSentryWebhook(body('issue-created.json'), 'Error');
    expect(mismatched.resource).toBe('error');
    expect(mismatched.events).toEqual([]);
    expect(mismatched.issues).toEqual([]);
    expect(mismatched.problems).toEqual([expect.objectContaining({ path: 'data.error', action: 'dropped' })]);
  });
});

describe('fromSentryWebhook on bad input', () => {
  it('reports malformed JSON, bodies without data and non-objects as problems', () => {
    expect(fromSentryWebhook('{"action": "created", "data": ')).toMatchObject({ issues: [], events: [], problems: [{ path: '$', expected: 'webhook body (JSON)' }] });
    expect(fromSentryWebhook({ action: 'created' }).problems).toEqual([expect.objectContaining({ path: 'data', found: 'missing' })]);
    for (const input of [null, 42, [], undefined]) {
      expect(fromSentryWebhook(input).problems).toEqual([expect.objectContaining({ path: '$' })]);
    }
  });

  it('keeps hostile strings as inert data and drops a hostile-typed issue part', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202e\u0000';
    const issue = { ...(body('issue-created.json').data as { issue: object }).issue, title: hostile, count: { $gt: 1 } };
    const webhook = fromSentryWebhook({ action: hostile, data: { issue } }, 'issue');
    expect(webhook.action).toBe(hostile);
    expect(webhook.issues[0]?.title).toBe(hostile);
    expect(webhook.problems.some((problem) => problem.path === 'data.issue.count')).toBe(true);
    expect(fromSentryWebhook({ action: 'created', data: { issue: 'nope' } }, 'issue').problems[0]?.path).toBe('data.issue');
  });

  it('refuses a body text over the size limit without parsing it', () => {
    const huge = `{"action":"created","data":{"x":"${'a'.repeat(20 * 1024 * 1024)}"}}`;
    expect(fromSentryWebhook(huge).problems[0]).toMatchObject({ path: '$', action: 'dropped' });
  });

  it('never throws on any JSON value, with or without a resource (property)', () => {
    const resource = fc.option(fc.constantFrom('issue', 'error', 'event_alert', 'activity_alert', 'metric_alert', 'bogus'), { nil: undefined });
    fc.assert(
      fc.property(fc.jsonValue(), resource, (data, hook) => {
        fromSentryWebhook({ action: 'created', data }, hook);
        fromSentryWebhook(data, hook);
      }),
      { numRuns: 300 },
    );
  });
});
