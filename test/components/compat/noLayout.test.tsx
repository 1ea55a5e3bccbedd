import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BreadcrumbTimeline, IssueList } from '../../../src';
import { generateIssues, SAMPLE_NOW } from '../../../stories/IssueList/sampleIssues';
import { FIXTURES } from '../../core/normalize/loadFixtures';

// A host's own tests (Jest or vitest on jsdom) render the kit with no layout at all: every box
// measures 0. The virtualized lists must still show their first rows there, as on the server,
// rather than a header over an empty body. No size is stubbed in this file on purpose.
describe('virtualized lists without layout', () => {
  it('IssueList shows its first rows (initialRowCount) when the scroller measures 0', () => {
    render(<IssueList issues={generateIssues(200)} now={SAMPLE_NOW} initialRowCount={12} />);
    const grid = screen.getByRole('grid', { name: 'Issues' });
    const bodyRows = within(grid)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody'));
    expect(bodyRows.length).toBeGreaterThanOrEqual(12);
    expect(bodyRows.length).toBeLessThan(200);
  });

  it('BreadcrumbTimeline shows its first crumbs when the scroller measures 0', () => {
    const event = JSON.parse(readFileSync(join(FIXTURES, 'events', 'bugsink/logmessage-w-params.json'), 'utf8'));
    render(<BreadcrumbTimeline event={event} initialRowCount={10} />);
    const list = screen.getByRole('list', { name: /Breadcrumbs/i });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(10);
  });
});
