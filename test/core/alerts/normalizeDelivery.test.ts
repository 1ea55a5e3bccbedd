// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskReceiverUrl, normalizeDeliveryList, normalizeRuleHistory, RESPONSE_EXCERPT_LIMIT } from '../../../src/core/alerts';

describe('maskReceiverUrl', () => {
  it('keeps the host and first segment, hides the credential path, user info and query', () => {
    expect(maskReceiverUrl('https://hooks.slack.com/services/T0/B0/secret')).toBe('https://hooks.slack.com/services/…');
    expect(maskReceiverUrl('https://user:pass@example.com/hook?token=abc')).toBe('https://example.com/hook/…');
    expect(maskReceiverUrl('http://127.0.0.1:4100/')).toBe('http://127.0.0.1:4100/');
    expect(maskReceiverUrl('javascript:alert(1)')).toBe('…');
    expect(maskReceiverUrl(42)).toBe('');
  });
});

describe('normalizeDeliveryList', () => {
  it('reads attempts, masks receivers and caps excerpts', () => {
    const { value, problems } = normalizeDeliveryList({
      data: [
        { id: 1, ruleId: 7, ruleName: 'New errors', action: 'slack', receiver: 'https://hooks.slack.com/services/T0/B0/secret', statusCode: 200, durationMs: 35, attempt: 1, dateCreated: '2026-12-03T12:00:00Z' },
        { id: 2, action: 'webhook', url: 'http://127.0.0.1:9/h', statusCode: 503, attempt: 2, responseExcerpt: 'x'.repeat(5000) },
        { ruleId: 1 },
      ],
    });
    expect(value[0]).toMatchObject({ id: '1', ruleId: '7', action: 'slack', receiver: 'https://hooks.slack.com/services/…', status: 'success', statusCode: 200, durationMs: 35, attempt: 1 });
    expect(value[1]).toMatchObject({ status: 'failed', attempt: 2 });
    expect(value[1]?.responseExcerpt).toHaveLength(RESPONSE_EXCERPT_LIMIT);
    expect(problems).toHaveLength(1);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      normalizeDeliveryList(input);
      normalizeDeliveryList([input]);
      normalizeRuleHistory(input);
      normalizeRuleHistory([input]);
    }));
  });
});

describe('normalizeRuleHistory', () => {
  it("reads Sentry's group-history items", () => {
    const { value } = normalizeRuleHistory([{ group: { id: '42', title: 'TypeError: x' }, count: 3, lastTriggered: '2026-12-03T12:00:00Z', eventId: 'abc' }]);
    expect(value).toEqual([{ issueId: '42', issueTitle: 'TypeError: x', count: 3, lastTriggered: '2026-12-03T12:00:00Z', eventId: 'abc' }]);
  });
});
