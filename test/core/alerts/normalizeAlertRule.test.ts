// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  duplicateAlertRule,
  emptyAlertRuleDraft,
  normalizeAlertRule,
  normalizeAlertRuleList,
  toSentryRulePayload,
  validateAlertRuleDraft,
} from '../../../src/core/alerts';

const sentryRule = {
  id: '7',
  name: 'New errors to Slack',
  actionMatch: 'any',
  filterMatch: 'all',
  frequency: 30,
  environment: 'production',
  owner: 'team:1',
  dateCreated: '2026-12-01T10:00:00Z',
  status: 'active',
  conditions: [
    { id: 'sentry.rules.conditions.first_seen_event.FirstSeenEventCondition', name: 'A new issue is created' },
    { id: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition', value: '100', interval: '1h', comparisonType: 'count' },
  ],
  filters: [
    { id: 'sentry.rules.filters.level.LevelFilter', match: 'gte', level: '40' },
    { id: 'sentry.rules.filters.tagged_event.TaggedEventFilter', key: 'browser', match: 'co', value: 'Chrome' },
    { id: 'sentry.rules.filters.tagged_event.TaggedEventFilter', key: 'release', match: 'ns' },
  ],
  actions: [
    { id: 'sentry.integrations.slack.notify_action.SlackNotifyServiceAction', webhookUrl: 'https://hooks.slack.com/services/T0/B0/secret' },
    { id: 'sentry.rules.actions.notify_event_service.NotifyEventServiceAction', kind: 'webhook', service: 'webhooks', url: 'http://127.0.0.1:9000/hook', secret: '********', secretSet: true },
  ],
};

describe('normalizeAlertRule', () => {
  it("reads Sentry's rule into conditions, filters and actions", () => {
    const { value, problems } = normalizeAlertRule(sentryRule);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      id: '7',
      name: 'New errors to Slack',
      conditionMatch: 'any',
      filterMatch: 'all',
      environment: 'production',
      conditions: [{ kind: 'first-seen' }, { kind: 'event-frequency', value: 100, interval: '1h' }],
      filters: [
        { kind: 'level', match: 'gte', level: 'error' },
        { kind: 'tag', key: 'browser', match: 'co', value: 'Chrome' },
        { kind: 'tag', key: 'release', match: 'ns', value: '' },
      ],
    });
    expect(value.actions.map((action) => action.kind)).toEqual(['slack', 'webhook']);
  });

  it('keeps only the fact that a secret is set, never its value', () => {
    const { value } = normalizeAlertRule(sentryRule);
    expect(value.actions[0]).toEqual({ kind: 'slack', settings: {}, secretsSet: ['webhookUrl'] });
    expect(value.actions[1]).toEqual({ kind: 'webhook', settings: { url: 'http://127.0.0.1:9000/hook' }, secretsSet: ['secret'] });
    expect(JSON.stringify(value)).not.toContain('hooks.slack.com');
  });

  it('drops unknown conditions and lists them as problems', () => {
    const { value, problems } = normalizeAlertRule({ ...sentryRule, conditions: [{ id: 'sentry.rules.conditions.unknown' }, null] });
    expect(value.conditions).toEqual([]);
    expect(problems.map((problem) => problem.path)).toEqual(['conditions[0]', 'conditions[1]']);
  });

  it('never throws, whatever it is given', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('boom'); } });
    expect(normalizeAlertRule(hostile).value.name).toBe('Unnamed rule');
    fc.assert(fc.property(fc.anything(), (input) => {
      normalizeAlertRule(input);
      normalizeAlertRuleList(input);
      normalizeAlertRuleList([input, sentryRule]);
    }));
  });

  it('drops list items without an id and keeps the rest', () => {
    const { value, problems } = normalizeAlertRuleList([sentryRule, { name: 'no id' }]);
    expect(value.map((rule) => rule.id)).toEqual(['7']);
    expect(problems[0]?.path).toBe('[1].id');
  });
});

describe('toSentryRulePayload', () => {
  it('round-trips a rule through the API body', () => {
    const rule = normalizeAlertRule(sentryRule).value;
    const payload = toSentryRulePayload(rule);
    expect(payload.conditions[1]).toEqual({ id: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition', value: 100, interval: '1h', comparisonType: 'count' });
    expect(payload.filters[0]).toEqual({ id: 'sentry.rules.filters.level.LevelFilter', match: 'gte', level: '40' });
    const again = normalizeAlertRule({ ...payload, id: '7' }).value;
    expect(again.conditions).toEqual(rule.conditions);
    expect(again.filters).toEqual(rule.filters);
  });

  it('sends a secret only when one was typed, so a blank keeps the stored one', () => {
    const rule = normalizeAlertRule(sentryRule).value;
    expect(toSentryRulePayload(rule).actions[0]).not.toHaveProperty('webhookUrl');
    const typed = { ...rule, actions: [{ ...rule.actions[0]!, secrets: { webhookUrl: ' https://hooks.slack.com/services/new ' } }] };
    expect(toSentryRulePayload(typed).actions[0]).toMatchObject({ webhookUrl: 'https://hooks.slack.com/services/new' });
    expect(toSentryRulePayload({ ...rule, environment: ' ' }).environment).toBeNull();
  });

  it('duplicates a rule without its id or secrets', () => {
    const copy = duplicateAlertRule(normalizeAlertRule(sentryRule).value, 'Copy');
    expect(copy).not.toHaveProperty('id');
    expect(copy.actions.every((action) => action.secretsSet.length === 0)).toBe(true);
  });
});

describe('validateAlertRuleDraft', () => {
  it('names each field a new draft is missing', () => {
    expect(validateAlertRuleDraft(emptyAlertRuleDraft())).toEqual([
      { field: 'name', code: 'name-missing' },
      { field: 'actions', code: 'no-actions' },
    ]);
  });

  it('refuses javascript: URLs, zero thresholds and blank tag keys', () => {
    const draft = {
      ...emptyAlertRuleDraft(),
      name: 'x',
      conditions: [{ kind: 'user-frequency' as const, value: 0, interval: '1h' as const }],
      filters: [{ kind: 'tag' as const, key: ' ', match: 'eq' as const, value: '' }],
      actions: [{ kind: 'webhook' as const, settings: { url: 'javascript:alert(1)' }, secretsSet: [] }],
      frequency: 4,
    };
    expect(validateAlertRuleDraft(draft).map((problem) => `${problem.field}:${problem.code}`)).toEqual([
      'conditions.0.value:threshold',
      'filters.0.key:tag-key-missing',
      'actions.0.url:url-invalid',
      'actions.0.secret:setting-missing',
      'frequency:frequency',
    ]);
  });

  it('accepts a blank secret the server already holds, not a missing one', () => {
    const action = { kind: 'slack' as const, settings: {}, secretsSet: [] as string[] };
    const draft = { ...emptyAlertRuleDraft(), name: 'x', actions: [action] };
    expect(validateAlertRuleDraft(draft)).toEqual([{ field: 'actions.0.webhookUrl', code: 'setting-missing' }]);
    expect(validateAlertRuleDraft({ ...draft, actions: [{ ...action, secretsSet: ['webhookUrl'] }] })).toEqual([]);
  });
});
