import { describe, expect, it } from 'vitest';
import { createIssueIndex, getIssueQueryCompletions } from '../../../src/core/search';
import { makeIssue } from './makeIssue';

const index = createIssueIndex([
  makeIssue({
    id: '1',
    level: 'error',
    project: { id: '1', slug: 'web' },
    assignedTo: { type: 'user', id: '7', name: 'Jane', email: 'jane@example.com' },
    lastRelease: { version: 'web@1.2.0' },
    extra: { tags: { browser: 'Chrome', environment: 'production' } },
  }),
  makeIssue({
    id: '2',
    level: 'warning',
    project: { id: '2', slug: 'api' },
    assignedTo: { type: 'team', id: '3', name: 'backend' },
    extra: { tags: { browser: 'Chrome Mobile', environment: 'production' } },
  }),
  makeIssue({ id: '3', project: { id: '1', slug: 'web' }, extra: { tags: { browser: 'Chrome', os: 'Windows' } } }),
]);

const labels = (query: string, cursor = query.length) => getIssueQueryCompletions(query, cursor, index).items.map((i) => i.label);

describe('getIssueQueryCompletions', () => {
  it('suggests keys, known ones and the data tag keys, for the word being typed', () => {
    const result = getIssueQueryCompletions('is:unresolved lev', 17, index);
    expect(result).toMatchObject({ from: 14, to: 17 });
    expect(result.items[0]).toMatchObject({ kind: 'key', label: 'level', insertText: 'level:' });
    expect(labels('br')).toEqual(['browser']);
    expect(labels('')).toEqual(expect.arrayContaining(['is', 'level', 'last_seen', 'browser', 'os']));
  });

  it('keeps a leading ! out of the replaced span', () => {
    expect(getIssueQueryCompletions('!lev', 4, index)).toMatchObject({ from: 1, to: 4 });
  });

  it('suggests values seen in the data after key:', () => {
    expect(labels('project:')).toEqual(['web', 'api']);
    expect(labels('environment:pro')).toEqual(['production']);
    expect(labels('assigned:')).toEqual(['me', 'none', 'my_teams', 'jane@example.com', '#backend']);
    expect(labels('release:')).toEqual(['latest', 'web@1.2.0']);
    expect(labels('is:un')).toEqual(['unresolved', 'unassigned', 'unread']);
    expect(labels('level:')).toEqual(['fatal', 'error', 'warning', 'info', 'debug']);
    expect(labels('has:')).toEqual(expect.arrayContaining(['assigned', 'browser', 'os']));
  });

  it('suggests tag values, most common first, quoting those with spaces', () => {
    const result = getIssueQueryCompletions('browser:chr', 11, index);
    expect(result).toMatchObject({ from: 8, to: 11 });
    expect(result.items.map((i) => [i.label, i.insertText, i.description])).toEqual([
      ['chrome', 'chrome', '2 issues'],
      ['chrome mobile', '"chrome mobile"', '1 issues'],
    ]);
  });

  it('replaces only the list item under the cursor', () => {
    const query = 'level:[error, wa] TypeError';
    const result = getIssueQueryCompletions(query, 16, index);
    expect(result).toMatchObject({ from: 14, to: 16 });
    expect(result.items.map((i) => i.label)).toEqual(['warning']);
  });

  it('replaces the whole value when the cursor is inside it', () => {
    expect(getIssueQueryCompletions('project:we level:error', 9, index)).toMatchObject({ from: 8, to: 10 });
  });
});

describe('getIssueQueryCompletions inside quotes and lists', () => {
  it('completes a half-typed list and a half-typed quoted value', () => {
    expect(getIssueQueryCompletions('project:[web, a', 15, index)).toMatchObject({ from: 14, to: 15, items: [{ label: 'api' }] });
    const quoted = getIssueQueryCompletions('browser:"chrome m', 17, index);
    expect(quoted).toMatchObject({ from: 8, to: 17 });
    expect(quoted.items.map((i) => i.insertText)).toEqual(['"chrome mobile"']);
  });

  it('offers every key between words', () => {
    const result = getIssueQueryCompletions('level:error  x', 12, index);
    expect(result).toMatchObject({ from: 12, to: 12 });
    expect(result.items.length).toBeGreaterThan(10);
  });
});
