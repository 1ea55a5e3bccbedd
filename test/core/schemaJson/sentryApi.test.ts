import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorPaths, firstExisting, jsonFilesUnder, REPO_ROOT, readJson, SHARED_FIXTURES, validatorFor } from './schemaValidator';

const webhooksDir = firstExisting(
  join(REPO_ROOT, 'test/fixtures/sentry-api/webhooks'),
  join(REPO_ROOT, 'test/fixtures/webhooks'),
  join(SHARED_FIXTURES, 'sentry-api/webhooks'),
);
// FSL-licensed examples: read in place, never copied into the repository.
const apiDir = firstExisting(join(SHARED_FIXTURES, 'sentry-api'));
if (webhooksDir === undefined) console.info('note: no webhook fixtures found; webhook tests skipped');
if (apiDir === undefined) console.info('note: ../shared/fixtures/sentry-api not found; Web API example tests skipped');
const webhookFiles = webhooksDir === undefined ? [] : jsonFilesUnder(webhooksDir);
const api = (file: string): unknown => readJson(join(apiDir ?? '', file));

describe('SentryWebhook', () => {
  const validate = validatorFor('SentryWebhook');

  it.skipIf(webhooksDir === undefined).each(webhookFiles)('accepts %s', (file) => {
    const body = readJson(join(webhooksDir ?? '', file));
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it.skipIf(webhooksDir === undefined)('reads data.issue as an API issue and data.error as an event', () => {
    const issueBody = readJson(join(webhooksDir ?? '', 'issue-created.json')) as { data: { issue: unknown } };
    expect(validatorFor('SentryApiIssue')(issueBody.data.issue)).toBe(true);
    const errorBody = readJson(join(webhooksDir ?? '', 'error-created.json')) as { data: { error: unknown } };
    expect(validatorFor('SentryEvent')(errorBody.data.error)).toBe(true);
  });

  it('rejects a body without action, and a data.issue that is no issue', () => {
    expect(validate({ data: {} })).toBe(false);
    expect(validate({ action: 'created', data: { issue: { title: 'no id' } } })).toBe(false);
    expect(errorPaths(validate.errors)).toContain('/data/issue');
  });
});

describe('Web API shapes', () => {
  const issue = validatorFor('SentryApiIssue');
  const event = validatorFor('SentryApiEvent');

  it.skipIf(apiDir === undefined)('accepts the issue and both issue lists as SentryApiIssue', () => {
    expect(issue(api('issue.json')), JSON.stringify(issue.errors)).toBe(true);
    for (const file of ['issues-list.json', 'project-issues-list.json']) {
      const list = api(file) as unknown[];
      expect(list.length).toBeGreaterThan(0);
      for (const item of list) expect(issue(item), JSON.stringify(issue.errors)).toBe(true);
      expect(validatorFor()(list)).toBe(true);
    }
  });

  it.skipIf(apiDir === undefined)('accepts the stored event, short events and latestEvent as SentryApiEvent', () => {
    expect(event(api('event.json')), JSON.stringify(event.errors)).toBe(true);
    for (const item of api('issue-events.json') as unknown[]) expect(event(item)).toBe(true);
    for (const hash of api('issue-hashes.json') as { latestEvent: unknown }[]) expect(event(hash.latestEvent)).toBe(true);
  });

  it('checks entry data by entry type', () => {
    const frame = { lineNo: 'twelve' };
    const bad = { eventID: 'a', entries: [{ type: 'exception', data: { values: [{ stacktrace: { frames: [frame] } }] } }] };
    expect(event(bad)).toBe(false);
    expect(errorPaths(event.errors)).toContain('/entries/0/data/values/0/stacktrace/frames/0/lineNo');
    expect(event({ eventID: 'a', entries: [{ type: 'spans', data: [1, 2] }] })).toBe(true);
  });

  it('takes count as the string Sentry sends, and rejects an issue without id', () => {
    expect(issue({ id: '1', count: '150', userCount: 3 })).toBe(true);
    expect(issue({ count: '150' })).toBe(false);
    expect(issue({ id: '1', stats: { '24h': [[1541455200, 'x']] } })).toBe(false);
  });
});
