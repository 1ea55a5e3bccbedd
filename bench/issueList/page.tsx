/// <reference types="vite/client" />
// The page the IssueList bench drives: renders `?count=` generated issues and records when the
// first rows show and how long one search keystroke takes to repaint the rows.
import { createRoot } from 'react-dom/client';
import { IssueList } from '../../src';
import '../../src/styles.css';
import { generateIssues, SAMPLE_NOW } from '../../stories/IssueList/sampleIssues';

const count = Number(new URLSearchParams(window.location.search).get('count') ?? '1000');
const issues = generateIssues(count);
const marks: Record<string, number> = {};
Object.assign(window, { marks });

const afterPaint = (name: string, start: number, done: () => boolean) => {
  const poll = () => {
    if (done()) requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now() - start)));
    else requestAnimationFrame(poll);
  };
  poll();
};

const start = performance.now();
createRoot(document.getElementById('root')!).render(<IssueList issues={issues} now={SAMPLE_NOW} style={{ height: 700 }} />);
afterPaint('firstRows', start, () => document.querySelector('tbody tr[data-index]') !== null);

/** Types one letter and marks when the grid shows the narrowed count. */
Object.assign(window, {
  typeLetter(letter: string) {
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const before = document.querySelector('[role="grid"]')!.getAttribute('aria-rowcount');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const t = performance.now();
    setValue.call(input, input.value + letter);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    afterPaint('keystroke', t, () => document.querySelector('[role="grid"]')!.getAttribute('aria-rowcount') !== before);
  },
});
