import { describe, expect, it } from 'vitest';
import { toSentryWebhook } from '../../../src/core/integrations';
import { signSentryBody, verifySentrySignature } from '../../../src/sentry/signature';
import { fromSentryWebhook } from '../../../src/sentry/webhook';

const issue = { id: '12', shortId: 'WEB-C', title: 'TypeError: x is undefined', level: 'error', status: 'resolved', count: '3', userCount: 1, project: { id: '1', slug: 'web' } };
const event = { event_id: 'b'.repeat(32), level: 'error', exception: { values: [{ type: 'TypeError', value: 'x is undefined' }] } };

describe('toSentryWebhook', () => {
  it.each(['issue.created', 'issue.resolved', 'issue.assigned'] as const)('builds %s as Sentry sends it, and fromSentryWebhook reads it', (kind) => {
    const message = toSentryWebhook({ kind, issue, installationUuid: 'inst-1' });
    expect(message.resource).toBe('issue');
    expect(message.body).toMatchObject({ action: kind.split('.')[1], installation: { uuid: 'inst-1' }, data: { issue: { id: '12' } } });
    const parsed = fromSentryWebhook(JSON.stringify(message.body), message.resource);
    expect(parsed.action).toBe(kind.split('.')[1]);
    expect(parsed.installationId).toBe('inst-1');
    expect(parsed.issues[0]).toMatchObject({ id: '12', shortId: 'WEB-C', title: 'TypeError: x is undefined' });
  });

  it('builds event_alert.triggered with the rule and links, and its signature verifies', async () => {
    const message = toSentryWebhook({
      kind: 'event_alert.triggered',
      event,
      eventLinks: { issueId: '12', issueUrl: 'http://127.0.0.1/api/0/organizations/o/issues/12/', webUrl: 'http://127.0.0.1/organizations/o/issues/12/' },
      rule: { id: '3', name: 'New errors' },
      installationUuid: 'inst-1',
    });
    expect(message.body.data).toMatchObject({ triggered_rule: 'New errors', issue_alert: { title: 'New errors', id: '3', settings: [] }, event: { issue_id: '12' } });
    const body = JSON.stringify(message.body);
    const signature = await signSentryBody(body, 'secret');
    expect(await verifySentrySignature(body, signature, 'secret')).toBe(true);
    const parsed = fromSentryWebhook(body, 'event_alert');
    expect(parsed.triggeredRule).toBe('New errors');
    expect(parsed.events[0]?.exceptions[0]).toMatchObject({ type: 'TypeError' });
  });

  it('does not let the input object be changed through the body', () => {
    const source = { ...issue };
    const message = toSentryWebhook({ kind: 'issue.created', issue: source, installationUuid: 'i' });
    (message.body.data.issue as Record<string, unknown>).title = 'changed';
    expect(source.title).toBe('TypeError: x is undefined');
  });

  it('throws a TypeError when the part the kind needs is missing', () => {
    expect(() => toSentryWebhook({ kind: 'issue.created', installationUuid: 'i' })).toThrow(TypeError);
    expect(() => toSentryWebhook({ kind: 'event_alert.triggered', installationUuid: 'i' })).toThrow(TypeError);
  });
});
