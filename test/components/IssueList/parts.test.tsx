import { render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { IssueBulkBar, IssueSearch } from '../../../src';
import { useIssueList } from '../../../src/hooks';
import { generateIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

const issues = generateIssues(30);

function OwnList() {
  const list = useIssueList(issues, { now: SAMPLE_NOW, defaultQuery: 'is:unresolved' });
  return (
    <>
      <IssueSearch list={list} />
      <IssueBulkBar list={list} />
      <ul aria-label="Own rows">
        {list.issues.map((issue) => (
          <li key={issue.id}>
            <input {...list.getCheckboxProps(issue)} />
          </li>
        ))}
      </ul>
    </>
  );
}

describe('IssueList parts outside IssueList', () => {
  it('run on a list from useIssueList: the search narrows the host rows and the bulk bar counts its selection', async () => {
    const user = userEvent.setup();
    render(<OwnList />);
    const rows = () => screen.getByRole('list', { name: 'Own rows' }).querySelectorAll('li').length;
    const unresolved = rows();
    expect(unresolved).toBeGreaterThan(0);
    const search = screen.getByRole('combobox', { name: 'Search issues' });
    await user.clear(search);
    await user.type(search, 'level:fatal');
    expect(rows()).toBe(issues.filter((issue) => issue.level === 'fatal').length);
    await user.click(screen.getAllByRole('checkbox')[0]!);
    expect(screen.getByRole('toolbar', { name: 'Bulk actions' })).toHaveTextContent('1 issue selected');
  });

  it('say what they need when given neither a list nor an enclosing IssueList', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<IssueSearch />)).toThrow(/IssueSearch needs a `list` prop or an enclosing <IssueList>/);
    expect(() => render(<IssueBulkBar />)).toThrow(/IssueBulkBar needs a `list` prop/);
    vi.mocked(console.error).mockRestore();
    expect(renderHook(() => useIssueList([])).result.current.issues).toEqual([]);
  });
});
