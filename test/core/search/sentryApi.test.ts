import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getIssueSortOrder } from '../../../src/core/issues';
import type { Issue } from '../../../src/core/model';
import { createIssueIndex, createIssueSearcher, getIssueQueryCompletions } from '../../../src/core/search';

// FSL-licensed Web API examples: read in place from the shared fixtures, never copied here.
const apiDir = join(__dirname, '../../../../shared/fixtures/sentry-api');
const hasApi = existsSync(join(apiDir, 'issues-list.json'));
if (!hasApi) console.info('note: ../shared/fixtures/sentry-api not found; issue search tests on Sentry API examples skipped');

/** The few API fields search reads, mapped the way the canonical model names them. */
function fromApi(raw: Record<string, unknown>): Issue {
  return {
    ...(raw as unknown as Issue),
    schema: 'faultline.issue/1',
    count: Number(raw.count),
    userCount: Number(raw.userCount),
    assignedTo: (raw.assignedTo ?? undefined) as Issue['assignedTo'],
    extra: { tags: [{ key: 'environment', value: 'production' }] },
  };
}

const load = (file: string) => (JSON.parse(readFileSync(join(apiDir, file), 'utf8')) as Record<string, unknown>[]).map(fromApi);

describe.skipIf(!hasApi)('issue search over Sentry API issue lists', () => {
  const issues = hasApi ? [...load('issues-list.json'), ...load('project-issues-list.json').map((i) => ({ ...i, id: '2' }))] : [];
  const index = createIssueIndex(issues);
  const searcher = createIssueSearcher(index);
  const ids = (query: string) => searcher.search(query, { now: Date.parse('2018-12-07T00:00:00Z'), me: { email: 'john.doe@example.com' } }).issues.map((i) => i.id);

  it('filters by status, substatus, assignee, project, counts and dates', () => {
    expect(ids('is:ignored')).toEqual(['1']);
    expect(ids('is:archived assigned:me')).toEqual(['1']);
    expect(ids('is:unresolved is:unassigned')).toEqual(['2']);
    expect(ids('project:pump-station PUMP-STATION-1 python exception')).toEqual(['1', '2']);
    expect(ids('times_seen:>100')).toEqual(['1']);
    expect(ids('lastSeen:-7d')).toEqual(['1']);
    expect(ids('environment:production is:unread')).toEqual(['1', '2']);
  });

  it('sorts by events and suggests the data project', () => {
    expect(Array.from(getIssueSortOrder(issues, 'freq'))).toEqual([0, 1]);
    expect(getIssueQueryCompletions('project:', 8, index).items.map((i) => i.label)).toEqual(['pump-station']);
  });
});
