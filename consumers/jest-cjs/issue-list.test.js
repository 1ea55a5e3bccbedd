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
  // Sorted by last seen, so look each issue up rather than relying on the input order.
  for (const issue of issues) {
    expect(rows.filter((row) => within(row).queryByText(issue.title))).toHaveLength(1);
  }
});

test('faultline/schema reads the same issues', () => {
  const { value, problems } = normalizeIssue(issues[0]);
  expect(value.title).toBe(issues[0].title);
  expect(problems).toEqual([]);
});
