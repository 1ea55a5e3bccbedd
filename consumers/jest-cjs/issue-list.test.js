// CommonJS, as many existing Jest set-ups are: the kit's CJS build must load with no transform.
const { createElement } = require('react');
const { render, screen, within } = require('@testing-library/react');
const { IssueList, normalizeIssue } = require('faultline');
const issues = require('./shared/issues-list.json');

test('IssueList renders Web API issues as grid rows', () => {
  render(createElement(IssueList, { issues, 'aria-label': 'Issues' }));
  const grid = screen.getByRole('grid', { name: 'Issues' });
  const rows = within(grid).getAllByRole('row');
  // The header row, then one row per issue.
  expect(rows).toHaveLength(issues.length + 1);
  for (const issue of issues) {
    expect(within(grid).getByRole('row', { name: new RegExp(issue.shortId) })).toBeTruthy();
    expect(within(grid).getByText(issue.title)).toBeTruthy();
  }
});

test('the schema helpers come along with the components', () => {
  const { value, problems } = normalizeIssue(issues[0]);
  expect(value.title).toBe(issues[0].title);
  expect(problems).toEqual([]);
});
