import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildIntegrationReport,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  jiraNewIssueUrl,
  maskEvent,
  maskValue,
  normalizeEvent,
  toJiraWiki,
  toMarkdown,
  toSlackMessage,
  toText,
} from '../../../src/core';
import type { Event } from '../../../src/core/model';
import { SECRETS, secretsEvent } from '../../../stories/EventView/secretsEvent';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Every string the kit exports for an event, issue-tracker links decoded. */
function exports(event: Event): string[] {
  const input = { event, permalink: 'https://sentry.example.com/issues/1/' };
  const links = [
    gitHubNewIssueUrl(input, { owner: 'acme', repo: 'shop' }),
    gitLabNewIssueUrl(input, { project: 'acme/shop' }),
    jiraNewIssueUrl(input, { site: 'acme', projectKey: '10001' }),
  ];
  const report = buildIntegrationReport(input);
  return [
    toMarkdown(event),
    toText(event),
    toJiraWiki(event),
    JSON.stringify(toSlackMessage(input)),
    report.markdown,
    report.text,
    report.title,
    ...links.flatMap((link) => [link.url, safeDecode(link.url), link.body]),
  ];
}

const SECRET_KEYS = ['password', 'api_key', 'X-Api-Key', 'auth_token', 'client_secret', 'sessionid', 'DB_PASSWORD', 'privateKey', 'credentials'];

// Where a secret can sit in an SDK event, and how a report could show it.
type Place = (secret: string, key: string) => Record<string, unknown>;
const PLACES: Place[] = [
  (secret, key) => ({ breadcrumbs: [{ category: 'auth', data: { [key]: secret } }] }),
  (secret) => ({ breadcrumbs: [{ type: 'http', category: 'fetch', data: { method: 'GET', url: `https://api.example.com/x?token=${secret}` } }] }),
  (secret) => ({ breadcrumbs: [{ category: 'console', message: `header was Bearer ${secret}` }] }),
  (secret, key) => ({ extra: { [key]: secret } }),
  (secret, key) => ({ contexts: { db: { host: 'db', [key]: secret } } }),
  (secret, key) => ({ tags: { [key]: secret } }),
  (secret) => ({ request: { method: 'GET', url: `https://ada:${secret}@shop.example.com/checkout?step=2` } }),
  (secret) => ({ request: { method: 'GET', url: `https://shop.example.com/checkout?api_key=${secret}` } }),
  (secret, key) => ({ request: { url: 'https://shop.example.com/', headers: { [key]: secret }, env: { [key]: secret } } }),
  (secret, key) => ({
    exception: {
      values: [{ type: 'Error', value: `failed with Bearer ${secret}`, stacktrace: { frames: [{ function: 'f', filename: 'a.js', vars: { [key]: secret } }] } }],
    },
  }),
  (secret, key) => ({ user: { id: '1', [key]: secret } }),
  (secret) => ({ message: `login failed: https://svc:${secret}@db.internal/` }),
];

describe('exports never carry a secret', () => {
  it('masks every secret of the synthetic event in every report and hand-off', () => {
    const { value: event } = normalizeEvent(secretsEvent);
    for (const text of exports(event)) {
      for (const [name, secret] of Object.entries(SECRETS)) expect(text, `${name} in ${text.slice(0, 80)}`).not.toContain(secret);
    }
  });

  it('shows in the report that something was masked, and keeps what is not secret', () => {
    const { value: event } = normalizeEvent(secretsEvent);
    const markdown = toMarkdown(event);
    expect(markdown).toContain('[Masked]');
    expect(markdown).toContain('Chrome 120');
    expect(markdown).toContain('shop.example.com/checkout');
  });

  it('for any secret in any place the kit shows (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9]{10,24}$/).map((tail) => `Zq${tail}`),
        fc.constantFrom(...SECRET_KEYS),
        fc.subarray(PLACES, { minLength: 1 }),
        (secret, key, places) => {
          const raw = Object.assign({ event_id: 'b'.repeat(32), platform: 'javascript', level: 'error' }, ...places.map((place) => place(secret, key)));
          const { value: event } = normalizeEvent(raw);
          for (const text of exports(event)) expect(text).not.toContain(secret);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on any input (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, maxDepth: 6 }), fc.option(fc.string()), (value, key) => {
        maskValue(value, key ?? undefined);
        const { value: event } = normalizeEvent(value);
        maskEvent(event);
        toMarkdown(event);
      }),
      { numRuns: 300 },
    );
  });
});
