// Pages rendered on the server carry their content, not empty virtualized boxes: a crawler, a
// reader before scripts run and the hydration check all see the first rows.
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BreadcrumbTimeline, IssueList, StackTraceView } from '../../../src/components';
import { generateIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';

const issues = generateIssues(500, [
  { title: 'TypeError: a is undefined', culprit: 'app/cart.ts', metadata: { type: 'TypeError', value: 'cart total <b>NaN</b>' }, platform: 'javascript', level: 'error' },
]);

/** Visible text of server HTML: tags dropped, entities decoded. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

const bodyRows = (html: string) => html.match(/<tbody[^>]*>([\s\S]*?)<\/tbody>/)?.[1]?.match(/<tr /g)?.length ?? 0;

function longTrace(frames: number) {
  return {
    event_id: '0123456789abcdef0123456789abcdef',
    timestamp: '2026-11-25T11:00:00Z',
    platform: 'javascript',
    exception: {
      values: [
        {
          type: 'RangeError',
          value: 'Maximum call stack size exceeded <script>x</script>',
          stacktrace: {
            frames: Array.from({ length: frames }, (_, i) => ({ function: `walk${i}`, filename: `src/tree/walk${i}.ts`, lineno: i + 1, in_app: true })),
          },
        },
      ],
    },
    breadcrumbs: {
      values: Array.from({ length: 300 }, (_, i) => ({ timestamp: 1_795_600_000 + i, category: 'ui.click', message: `clicked button ${i}` })),
    },
  };
}

describe('server-rendered first rows', { timeout: 30_000 }, () => {
  it('IssueList puts its first 20 issues in the HTML, titles as text, and honours initialRowCount', () => {
    const html = renderToString(<IssueList issues={issues} now={SAMPLE_NOW} issueHref="/errors/{id}" />);
    const text = textOf(html);
    expect(text).toMatch(/TypeError\s+cart total <b>NaN<\/b>/);
    expect(html).not.toContain('<b>NaN</b>');
    expect(bodyRows(html)).toBeGreaterThanOrEqual(20);
    expect(bodyRows(html)).toBeLessThan(30);
    expect(html).toContain(`href="/errors/${issues[0]!.id}"`);
    // Sorted by last seen, newest first: the first rows are the most recent issues.
    const byLastSeen = [...issues].sort((a, b) => Date.parse(b.lastSeen ?? '') - Date.parse(a.lastSeen ?? ''));
    expect(text).toContain(` ${byLastSeen[0]!.shortId} `);
    expect(text).toContain(` ${byLastSeen[19]!.shortId} `);
    expect(text).not.toContain(` ${byLastSeen[400]!.shortId} `);

    const few = renderToString(<IssueList issues={issues} now={SAMPLE_NOW} initialRowCount={8} />);
    expect(bodyRows(few)).toBeGreaterThanOrEqual(8);
    expect(bodyRows(few)).toBeLessThan(bodyRows(html));
  });

  it('StackTraceView puts the exception and the first frames of a virtualized trace in the HTML', () => {
    const html = renderToString(<StackTraceView event={longTrace(2000)} />);
    const text = textOf(html);
    expect(text).toContain('RangeError');
    expect(text).toContain('Maximum call stack size exceeded <script>x</script>');
    expect(html).not.toContain('<script>');
    expect(text).toMatch(/walk\d+/);
    expect(html).toContain('data-virtual');
  });

  it('BreadcrumbTimeline puts its first breadcrumbs in the HTML', () => {
    const html = renderToString(<BreadcrumbTimeline event={longTrace(3)} />);
    const text = textOf(html);
    expect(text).toContain('clicked button 299');
    expect(html.match(/data-slot="crumb"/g)?.length ?? 0).toBeGreaterThanOrEqual(8);
    expect(html.match(/data-slot="crumb"/g)?.length ?? 0).toBeLessThan(40);
  });
});
