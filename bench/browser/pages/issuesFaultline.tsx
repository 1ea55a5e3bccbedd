// Contender: Faultline's IssueList on the raw Web API issues, as a host would mount it.
import { createRoot } from 'react-dom/client';
import { IssueList } from '../../../src';
import '../../../src/styles.css';
import { BENCH_NOW, generateApiIssues, KEYSTROKE_QUERY } from './data';
import { allRowsContain, benchSize, markWhenPainted, startHarness } from './harness';

const ROWS = '.fl-issue-list tbody tr[data-index]';
const issues = generateApiIssues(benchSize);
startHarness(() => allRowsContain(document, ROWS, KEYSTROKE_QUERY));

const start = performance.now();
createRoot(document.getElementById('root') as HTMLElement).render(<IssueList issues={issues} now={BENCH_NOW} style={{ height: 700 }} />);
markWhenPainted('mount', start, () => document.querySelector(ROWS) !== null);
