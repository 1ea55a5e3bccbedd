// Sample data the consumer apps render: Sentry JSON exactly as a host would pass it (Web API
// issues, an SDK event), plus generated rows so that lists are long enough to virtualize.
import apiIssues from './issues-list.json';
import jsEvent from './javascript-xbrowser-chrome.json';
import nodeEvent from './node-http-server.json';

type ApiIssue = (typeof apiIssues)[number];

// Titles of different lengths and one with markup, which must show as text.
const TITLES = [
  'TimeoutError: upstream inventory did not answer within 30s',
  'TypeError: Cannot read properties of undefined (reading "sku")',
  '<img src=x onerror="alert(1)"> rendered as text',
  'RangeError: Maximum call stack size exceeded while walking a very deep category tree of the catalogue',
];

const HOUR = 3_600_000;
// Older than both recorded issues, so the list's default order (last seen, newest first) is
// the order of the array and "the first rows" are the first issues.
const GENERATED_BEFORE = Date.parse('2025-05-03T10:00:00Z');

/** `count` Web API issues: the two recorded ones first, then generated ones, each seen earlier. */
export function makeIssues(count: number): ApiIssue[] {
  const issues: ApiIssue[] = [...apiIssues];
  for (let i = issues.length; i < count; i++) {
    const template = apiIssues[i % apiIssues.length]!;
    const lastSeen = GENERATED_BEFORE - i * HOUR;
    issues.push({
      ...template,
      lastSeen: new Date(lastSeen).toISOString(),
      firstSeen: new Date(lastSeen - 7 * 24 * HOUR).toISOString(),
      id: String(5000 + i),
      shortId: `SHOP-${(i + 100).toString(36).toUpperCase()}`,
      title: `${TITLES[i % TITLES.length]} #${i}`,
      count: String(10 + ((i * 37) % 900)),
      userCount: i % 13,
    });
  }
  return issues;
}

const LEVELS = ['info', 'warning', 'error', 'debug'] as const;
const CATEGORIES = ['http', 'navigation', 'console', 'ui.click', 'order'] as const;

/** The Node SDK event with `count` breadcrumbs of mixed lengths, so row heights vary. */
export function withBreadcrumbs(count: number) {
  const end = nodeEvent.timestamp;
  const values = Array.from({ length: count }, (_, i) => ({
    timestamp: end - (count - i) * 0.75,
    category: CATEGORIES[i % CATEGORIES.length]!,
    level: LEVELS[i % LEVELS.length]!,
    message:
      i % 7 === 0
        ? `step ${i}: ${'a long message that wraps over several lines in a narrow column '.repeat(4)}`
        : `step ${i}`,
    data: { sku: `SKU-${i}`, quantity: i % 5 },
  }));
  return { ...nodeEvent, breadcrumbs: values };
}

export const issues = makeIssues(40);
export const event = nodeEvent;
export const browserEvent = jsEvent;
