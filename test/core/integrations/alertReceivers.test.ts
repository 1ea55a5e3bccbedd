import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISCORD_LIMITS,
  escapeDiscord,
  escapeTeams,
  OPSGENIE_LIMITS,
  opsgeniePriority,
  PAGERDUTY_LIMITS,
  pagerDutySeverity,
  TEAMS_LIMITS,
  toDiscordMessage,
  toOpsgenieAlert,
  toOpsgenieClose,
  toPagerDutyResolve,
  toPagerDutyTrigger,
  toTeamsMessage,
} from '../../../src/core/integrations';
import type { IntegrationInput } from '../../../src/core/integrations';
import { normalizeEvent, normalizeIssueList } from '../../../src/core/normalize';
import issuesList from '../../fixtures/api/issues-list.json';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';

const event = normalizeEvent(pythonEvent).value;
const issue = normalizeIssueList(issuesList).value[0]!;
const input: IntegrationInput = { event, issue };

/** An input whose every text is `text`: title, exception, culprit, environment, release. */
function hostile(text: string, frames = 3): IntegrationInput {
  const raw = {
    event_id: 'a'.repeat(32),
    level: 'fatal',
    culprit: text,
    environment: text,
    release: text,
    message: text,
    exception: {
      values: [{ type: text, value: text, stacktrace: { frames: Array.from({ length: frames }, (_, i) => ({ function: `${text}${i}`, filename: text, in_app: true })) } }],
    },
  };
  return { event: normalizeEvent(raw).value, permalink: 'javascript:alert(1)' };
}

const HUGE = `${'<@everyone> **bold** [x](javascript:alert(1)) '.repeat(2000)}😀`;

describe('Microsoft Teams', () => {
  it('builds one Adaptive Card attachment with the title, facts, code and a link', () => {
    const message = toTeamsMessage({ ...input, permalink: 'https://sentry.example/issues/1/' });
    const [attachment] = message.attachments;
    expect(message.type).toBe('message');
    expect(attachment!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment!.content.type).toBe('AdaptiveCard');
    expect(attachment!.content.body[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder' });
    expect(attachment!.content.body.some((element) => element.type === 'FactSet')).toBe(true);
    expect(attachment!.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Sentry', url: 'https://sentry.example/issues/1/' }]);
  });

  it('escapes Markdown so event text cannot make links or emphasis', () => {
    expect(escapeTeams('[x](javascript:alert(1)) **b** _i_')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\) \\*\\*b\\*\\* \\_i\\_');
    expect(escapeTeams('- item\n1. item')).toBe('\\- item\n\\1. item');
  });

  it('stays under its size limit and drops a javascript: link, whatever the input', () => {
    const message = toTeamsMessage(hostile(HUGE, 50));
    expect(Buffer.byteLength(JSON.stringify(message))).toBeLessThan(TEAMS_LIMITS.messageBytes);
    expect(message.attachments[0]!.content.actions).toEqual([]);
    for (const element of message.attachments[0]!.content.body) {
      if (element.type === 'TextBlock') expect(element.text).not.toMatch(/(?<!\\)\[x(?<!\\)\]/);
    }
  });
});

describe('Discord', () => {
  it('sends content and one embed, and pings nobody', () => {
    const message = toDiscordMessage({ ...input, permalink: 'https://sentry.example/issues/1/' });
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds[0]).toMatchObject({ url: 'https://sentry.example/issues/1/', color: expect.any(Number) });
    expect(message.embeds[0]!.fields.length).toBeGreaterThan(0);
  });

  it('neuters mentions and Markdown in event text', () => {
    expect(escapeDiscord('@everyone <@123> **x**')).toBe('@\u200beveryone <\u200b@\u200b123\\> \\*\\*x\\*\\*');
    const message = toDiscordMessage(hostile('@here <@&1>'));
    expect(message.content).not.toMatch(/@here|<@&1>/);
  });

  it('keeps every documented limit for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 9000 }), fc.integer({ min: 0, max: 60 }), (text, frames) => {
        const message = toDiscordMessage(hostile(text || HUGE, frames));
        const embed = message.embeds[0]!;
        expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
        expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
        expect((embed.description ?? '').length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
        expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
        for (const field of embed.fields) {
          expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
          expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
        }
        const total = embed.title.length + (embed.description ?? '').length + (embed.footer?.text.length ?? 0) + embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
        expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
        expect(embed.url).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});

describe('PagerDuty Events API v2', () => {
  it('triggers with a summary, a severity from the level, details and a link', () => {
    const trigger = toPagerDutyTrigger({ ...input, permalink: 'https://sentry.example/issues/1/' }, { routingKey: 'key', dedupKey: 'faultline-issue-1', source: 'web' });
    expect(trigger).toMatchObject({ routing_key: 'key', event_action: 'trigger', dedup_key: 'faultline-issue-1', client: 'Faultline', client_url: 'https://sentry.example/issues/1/' });
    expect(trigger.payload).toMatchObject({ source: 'web', severity: pagerDutySeverity(event.level ?? issue.level ?? 'error') });
    expect(trigger.payload.summary.length).toBeGreaterThan(0);
    expect(trigger.links).toEqual([{ href: 'https://sentry.example/issues/1/', text: 'Open in Sentry' }]);
  });

  it('maps every level and clips the summary to 1024', () => {
    expect(['fatal', 'error', 'warning', 'info', 'debug', undefined, '__proto__'].map(pagerDutySeverity)).toEqual(['critical', 'error', 'warning', 'info', 'info', 'error', 'error']);
    const trigger = toPagerDutyTrigger(hostile(HUGE), { routingKey: 'k', dedupKey: 'd'.repeat(400) });
    expect(trigger.payload.summary.length).toBeLessThanOrEqual(PAGERDUTY_LIMITS.summary);
    expect(trigger.dedup_key.length).toBeLessThanOrEqual(PAGERDUTY_LIMITS.dedupKey);
    expect(trigger.links).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(trigger))).toBeLessThan(512 * 1024);
  });

  it('resolves by the same dedup key', () => {
    expect(toPagerDutyResolve({ routingKey: 'k', dedupKey: 'faultline-issue-1' })).toEqual({ routing_key: 'k', event_action: 'resolve', dedup_key: 'faultline-issue-1' });
  });
});

describe('Opsgenie Alert API', () => {
  it('creates an alert with a per-issue alias and a priority from the level', () => {
    const alert = toOpsgenieAlert(input, { alias: 'faultline-issue-1' });
    expect(alert).toMatchObject({ alias: 'faultline-issue-1', source: 'Faultline', priority: opsgeniePriority(event.level ?? issue.level ?? 'error') });
    expect(alert.tags).toContain('faultline');
    expect(['fatal', 'error', 'warning', 'info', 'debug', 'nope'].map(opsgeniePriority)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P3']);
  });

  it('keeps message, description, tags and details within their limits', () => {
    const alert = toOpsgenieAlert(hostile(HUGE, 60), { alias: 'a'.repeat(600) });
    expect(alert.message.length).toBeLessThanOrEqual(OPSGENIE_LIMITS.message);
    expect(alert.alias.length).toBeLessThanOrEqual(OPSGENIE_LIMITS.alias);
    expect(alert.description.length).toBeLessThanOrEqual(OPSGENIE_LIMITS.description);
    expect(alert.tags.length).toBeLessThanOrEqual(OPSGENIE_LIMITS.tags);
    for (const tag of alert.tags) expect(tag.length).toBeLessThanOrEqual(OPSGENIE_LIMITS.tag);
    const detailChars = Object.entries(alert.details).reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    expect(detailChars).toBeLessThanOrEqual(OPSGENIE_LIMITS.details);
    // Plain text, so event text stays as typed; a javascript: permalink is never added as the link.
    expect(alert.details.Link).toBeUndefined();
  });

  it('closes with a note', () => {
    expect(toOpsgenieClose()).toEqual({ source: 'Faultline', note: 'The issue was resolved.' });
  });
});
