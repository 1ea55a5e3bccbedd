import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeEvent, normalizeIssue } from '../../../src/core/normalize';
import { firstExisting, jsonFilesUnder, REPO_ROOT, readJson, SHARED_FIXTURES, validatorFor } from './schemaValidator';

const eventsDir = firstExisting(join(REPO_ROOT, 'test/fixtures/events'), join(SHARED_FIXTURES, 'events'));
const webhooksDir = firstExisting(join(REPO_ROOT, 'test/fixtures/webhooks'), join(SHARED_FIXTURES, 'sentry-api/webhooks'));
const apiDir = firstExisting(join(SHARED_FIXTURES, 'sentry-api'));
if (eventsDir === undefined) console.info('note: no event fixtures found; normalized-output tests skipped');

// The schema's canonical $defs are the contract the normalizer's output must meet.
describe('normalizer output against schema.json', () => {
  const event = validatorFor('FaultlineEvent');
  const issue = validatorFor('FaultlineIssue');

  it.skipIf(eventsDir === undefined).each(eventsDir === undefined ? [] : jsonFilesUnder(eventsDir))('%s normalizes to a valid FaultlineEvent', (file) => {
    const { value } = normalizeEvent(readJson(join(eventsDir ?? '', file)));
    expect(event(value), JSON.stringify(event.errors?.slice(0, 3))).toBe(true);
  });

  it.skipIf(webhooksDir === undefined)('webhook bodies normalize to valid canonical events and issues', () => {
    const checked = { event: 0, issue: 0 };
    for (const file of jsonFilesUnder(webhooksDir ?? '')) {
      const body = readJson(join(webhooksDir ?? '', file)) as { data?: Record<string, unknown> };
      if (body.data?.error !== undefined || body.data?.event !== undefined) {
        expect(event(normalizeEvent(body).value), `${file}: ${JSON.stringify(event.errors)}`).toBe(true);
        checked.event += 1;
      }
      if (body.data?.issue !== undefined) {
        expect(issue(normalizeIssue(body).value), `${file}: ${JSON.stringify(issue.errors)}`).toBe(true);
        checked.issue += 1;
      }
    }
    expect(checked.event).toBeGreaterThan(0);
    expect(checked.issue).toBeGreaterThan(0);
  });

  it.skipIf(apiDir === undefined)('Web API examples normalize to valid canonical events and issues', () => {
    const api = (file: string) => readJson(join(apiDir ?? '', file));
    expect(event(normalizeEvent(api('event.json')).value), JSON.stringify(event.errors)).toBe(true);
    const issues = [api('issue.json'), ...(api('issues-list.json') as unknown[]), ...(api('project-issues-list.json') as unknown[])];
    for (const input of issues) expect(issue(normalizeIssue(input).value), JSON.stringify(issue.errors)).toBe(true);
  });

  it('garbage normalizes to a valid, empty canonical event and issue', () => {
    for (const input of [null, 42, 'x', [], { exception: 42, timestamp: true }]) {
      expect(event(normalizeEvent(input).value)).toBe(true);
      expect(issue(normalizeIssue(input).value)).toBe(true);
    }
  });
});
