// The floor for the issue list: the same fields of the raw issues in a bare-DOM scroller, and
// search as a plain loop over the raw array.
import { BENCH_NOW, generateApiIssues, KEYSTROKE_QUERY } from './data';
import { cell, mountFloorList } from './floor';
import { allRowsContain, benchSize, markWhenPainted, startHarness } from './harness';

interface RawIssue {
  shortId: string;
  title: string;
  culprit: string;
  level: string;
  count: string;
  userCount: number;
  lastSeen: string;
  project: { slug: string };
  metadata: { value: string };
  assignedTo: { name: string } | null;
}

const ROWS = '[data-floor-row]';
const issues = generateApiIssues(benchSize) as RawIssue[];
startHarness(() => allRowsContain(document, ROWS, KEYSTROKE_QUERY));

const start = performance.now();
const root = document.getElementById('root') as HTMLElement;
const input = document.createElement('input');
input.type = 'search';
input.setAttribute('aria-label', 'Search issues');
root.append(input);
const list = mountFloorList(root, issues, 44, 700, (issue) => {
  const row = document.createElement('div');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.setAttribute('aria-label', `Select ${issue.shortId}`);
  const minutes = Math.round((BENCH_NOW - Date.parse(issue.lastSeen)) / 60_000);
  row.append(box, cell('span', issue.level), cell('a', issue.title), cell('span', issue.culprit), cell('span', issue.project.slug), cell('span', issue.shortId), cell('span', issue.count), cell('span', String(issue.userCount)), cell('span', `${minutes} min ago`), cell('span', issue.assignedTo?.name ?? '—'));
  return row;
});
markWhenPainted('mount', start, () => document.querySelector(ROWS) !== null);

input.addEventListener('input', () => {
  const query = input.value.toLowerCase();
  const shown: RawIssue[] = [];
  for (const issue of issues) {
    if (issue.title.toLowerCase().includes(query) || issue.culprit.toLowerCase().includes(query) || issue.shortId.toLowerCase().includes(query) || issue.metadata.value.toLowerCase().includes(query)) shown.push(issue);
  }
  list.setItems(shown);
});
