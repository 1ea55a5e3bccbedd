// CommonJS, as many existing Jest set-ups are: the kit's CJS build must load with no transform.
const { createElement } = require('react');
const { render, screen, within } = require('@testing-library/react');
const { IssueList } = require('faultline');
const { normalizeIssue } = require('faultline/schema');
const issues = require('./shared/issues-list.json');

test('IssueList renders Web API issues as grid rows', () => {
  render(createElement(IssueList, { issues, 'aria-label': 'Issues' }));
  const grid = screen.getByRole('grid', { name: 'Issues' });
  const rows = within(grid).getAllByRole('row');
  // The header row, then one row per issue.
  expect(rows).toHaveLength(issues.length + 1);
  // Sorted by last seen, so look each issue up rather than relying on the input order. A title
  // such as "ValueError: pump pressure out of range" shows as its type and value, so a row is
  // found by its accessible name holding each part.
  for (const issue of issues) {
    const parts = issue.title.split(/:\s+/);
    const named = rows.filter((row) => parts.every((part) => row.textContent.includes(part)));
    expect(named).toHaveLength(1);
    expect(within(grid).getByRole('row', { name: new RegExp(parts[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBe(named[0]);
  }
});

test('faultline/schema reads the same issues', () => {
  const { value, problems } = normalizeIssue(issues[0]);
  expect(value.title).toBe(issues[0].title);
  expect(problems).toEqual([]);
});
