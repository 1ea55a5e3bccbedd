import { describe, expect, it } from 'vitest';
import {
  compileIssueQuery,
  describeScrubbing,
  getBreadcrumbKind,
  getContextTitle,
  getStackPlatformFamily,
  normalizeIssue,
  parseIssueQuery,
  resolveIssueSort,
} from '../../../src/core';
import { sentryOsName } from '../../../src/core/userAgent/sentryNames';

// Names of Object.prototype's members: a lookup table that is a plain object literal answers
// them with functions and objects instead of "not known".
const PROTOTYPE_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe.each(PROTOTYPE_NAMES)('data naming %s finds nothing in a lookup table', (name) => {
  it('breadcrumb kind by type and category', () => {
    expect(getBreadcrumbKind({ type: name, category: name })).toBe('default');
  });

  it('stack platform family', () => {
    expect(getStackPlatformFamily(name)).toBe('other');
  });

  it('issue sort alias', () => {
    expect(resolveIssueSort(name)).toBeUndefined();
  });

  it('search is: and has: terms', () => {
    const issue = normalizeIssue({ id: '1', title: 'TypeError', status: 'unresolved', count: '1' }).value;
    // Read as any unknown word is: `is:` rejects it, `has:` looks for a tag of that name.
    for (const field of ['is', 'has']) {
      const matches = compileIssueQuery(parseIssueQuery(`${field}:${name}`), { now: 0 });
      const unknown = compileIssueQuery(parseIssueQuery(`${field}:bogus`), { now: 0 });
      expect(matches(issue)).toBe(unknown(issue));
    }
  });

  it('context panel title, scrubbing remark and OS name', () => {
    expect(getContextTitle('settings', name)).toBe('Settings');
    expect(describeScrubbing({ rem: [['rule', name]] })).not.toMatch(/function|object/);
    expect(sentryOsName(name)).toBe(name);
  });
});
