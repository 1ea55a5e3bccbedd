/*
 * Issue search keystroke vs. the floor of a bare title scan, over 100k generated issues.
 * Run: npm run bench:hooks
 */
import { performance } from 'node:perf_hooks';
import type { Issue, IssueStatus, Level } from '../src/core/model';
import { getIssueSortOrder } from '../src/core/issues';
import { createIssueIndex, createIssueSearcher } from '../src/core/search';

const ISSUE_COUNT = 100_000;
const NOW = Date.parse('2026-11-25T12:00:00.000Z');

// Deterministic so every run measures the same data.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const ERRORS = [
  ['TypeError', "Cannot read properties of undefined (reading '{x}')"],
  ['TypeError', '{x} is not a function'],
  ['ReferenceError', '{x} is not defined'],
  ['RangeError', 'Maximum call stack size exceeded'],
  ['ValueError', 'invalid literal for int() with base 10: {x}'],
  ['KeyError', "'{x}'"],
  ['ZeroDivisionError', 'division by zero'],
  ['java.lang.NullPointerException', 'Attempt to invoke virtual method on a null object reference {x}'],
  ['ChunkLoadError', 'Loading chunk {x} failed.'],
  ['Error', 'Request failed with status code 5{x}'],
] as const;
const WORDS = ['user', 'cart', 'checkout', 'items', 'map', 'length', 'id', 'session', 'token', 'price', 'profile'];
const CULPRITS = ['app/routes/checkout', 'src/components/Cart.tsx in render', 'api.views in post', 'com.example.Main in run'];
const PROJECTS = ['web', 'api', 'android', 'worker', 'billing'];
const LEVELS: Level[] = ['error', 'error', 'error', 'warning', 'fatal', 'info'];
const STATUSES: IssueStatus[] = ['unresolved', 'unresolved', 'unresolved', 'resolved', 'ignored'];

function makeIssue(i: number): Issue {
  const [type, template] = pick(ERRORS);
  const value = template.replace('{x}', `${pick(WORDS)}${Math.floor(random() * 50)}`);
  const project = pick(PROJECTS);
  const lastSeen = NOW - Math.floor(random() * 30 * 86_400_000);
  return {
    schema: 'faultline.issue/1',
    id: String(1_000_000 + i),
    shortId: `${project.toUpperCase()}-${i.toString(36).toUpperCase()}`,
    title: `${type}: ${value}`,
    culprit: pick(CULPRITS),
    level: pick(LEVELS),
    status: pick(STATUSES),
    substatus: pick(['new', 'ongoing', 'regressed', 'escalating'] as const),
    platform: project === 'android' ? 'java' : project === 'api' ? 'python' : 'javascript',
    count: Math.floor(random() * 10_000),
    userCount: Math.floor(random() * 500),
    firstSeen: new Date(lastSeen - Math.floor(random() * 60 * 86_400_000)).toISOString(),
    lastSeen: new Date(lastSeen).toISOString(),
    project: { id: String(PROJECTS.indexOf(project) + 1), slug: project },
    metadata: { type, value },
    isBookmarked: random() < 0.02,
    hasSeen: random() < 0.7,
    extra: { tags: { browser: pick(['Chrome', 'Firefox', 'Safari']), environment: pick(['production', 'staging']) } },
  };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(iterations: number, run: () => () => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const timed = run();
    const start = performance.now();
    timed();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const issues = Array.from({ length: ISSUE_COUNT }, (_, i) => makeIssue(i));
const start = performance.now();
const index = createIssueIndex(issues);
const indexMs = performance.now() - start;

const previous = 'is:unresolved level:error TypeErr';
const next = 'is:unresolved level:error TypeErro';
const text = 'TypeErro';
const context = { now: NOW };
let sink = 0;

const floor = () => () => {
  sink += issues.filter((issue) => issue.title.includes(text)).length;
};
// One keystroke: the searcher has already answered the query one character shorter.
const keystroke = () => {
  const searcher = createIssueSearcher(index);
  searcher.search(previous, context);
  return () => {
    sink += searcher.search(next, context).issues.length;
  };
};
// What `useIssueList` does per keystroke: the same, with results in the memoised sort order.
const order = getIssueSortOrder(issues, 'date');
const hookKeystroke = () => {
  const searcher = createIssueSearcher(index);
  searcher.search(previous, context, { order });
  return () => {
    sink += searcher.search(next, context, { order }).issues.length;
  };
};
// The same query with nothing remembered: a scan of every row with the full syntax.
const cold = () => {
  const searcher = createIssueSearcher(index);
  return () => {
    sink += searcher.search(next, context).issues.length;
  };
};

for (let i = 0; i < 30; i++) {
  floor()();
  keystroke()();
  hookKeystroke()();
  cold()();
}
const ITERATIONS = 200;
const floorMs = measure(ITERATIONS, floor);
const keystrokeMs = measure(ITERATIONS, keystroke);
const hookMs = measure(ITERATIONS, hookKeystroke);
const coldMs = measure(ITERATIONS, cold);
const matches = createIssueSearcher(index).search(next, context).issues.length;

console.log(`issues: ${ISSUE_COUNT}, index built in ${indexMs.toFixed(1)} ms, query "${next}" matches ${matches}`);
console.log(`floor    issues.filter(title.includes("${text}")): ${floorMs.toFixed(3)} ms (median of ${ITERATIONS})`);
console.log(`keystroke "${previous}" -> "${next}": ${keystrokeMs.toFixed(3)} ms, ratio ${(keystrokeMs / floorMs).toFixed(2)}x floor`);
console.log(`useIssueList keystroke (sorted order):  ${hookMs.toFixed(3)} ms, ratio ${(hookMs / floorMs).toFixed(2)}x floor`);
console.log(`cold full scan, same query:        ${coldMs.toFixed(3)} ms, ratio ${(coldMs / floorMs).toFixed(2)}x floor`);
if (sink < 0) console.log(sink);
