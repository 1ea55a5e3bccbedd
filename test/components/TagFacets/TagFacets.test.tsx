import { readFileSync } from 'node:fs';
import { createRef } from 'react';
import { act, render, renderHook, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TagFacets } from '../../../src/components';
import { getTagFacetShares, type TagFacet, tagSearchQuery } from '../../../src/core';
import { type IssueTagsClient, useIssueTags } from '../../../src/hooks';

// Sentry's example answers (FSL): read from the shared folder, never copied into the repo.
const fixtures = '/work/shared/fixtures/sentry-api';
const flavors = JSON.parse(readFileSync(`${fixtures}/issue-tag-details.json`, 'utf8')) as TagFacet;
const flavorValues = JSON.parse(readFileSync(`${fixtures}/issue-tag-values.json`, 'utf8')) as TagFacet['topValues'];

const browser: TagFacet = {
  key: 'browser',
  name: 'Browser',
  totalValues: 200,
  uniqueValues: 4,
  topValues: [
    { value: 'Chrome 120', count: 124 },
    { value: 'Firefox 121', count: 50 },
  ],
};

describe('tagSearchQuery', () => {
  it('quotes values the search syntax would split or negate, and escapes quotes', () => {
    expect(tagSearchQuery('browser', 'Chrome')).toBe('browser:Chrome');
    expect(tagSearchQuery('browser', 'Chrome 120')).toBe('browser:"Chrome 120"');
    expect(tagSearchQuery('url', 'say "hi", [x]')).toBe('url:"say \\"hi\\", [x]"');
    expect(tagSearchQuery('os', '!Windows')).toBe('os:"!Windows"');
    expect(tagSearchQuery('custom key', 'v')).toBe('tags[custom key]:v');
    expect(tagSearchQuery('k', '')).toBe('k:""');
  });
});

describe('getTagFacetShares', () => {
  it('gives each value its share of the tag and the rest to Other', () => {
    const shares = getTagFacetShares(browser, browser.topValues);
    expect(shares.values.map((v) => [v.label, v.share])).toEqual([
      ['Chrome 120', 0.62],
      ['Firefox 121', 0.25],
    ]);
    expect(shares).toMatchObject({ otherCount: 26, total: 200 });
  });

  it('survives hostile answers: no share above 100 %, odd counts as 0, non-string values left out', () => {
    const shares = getTagFacetShares({ key: 'k', totalValues: Number.NaN }, [
      { value: 'a', count: 5 },
      { value: 'b', count: -3 },
      { value: 42 as unknown as string, count: Number.POSITIVE_INFINITY },
      { value: { toString: () => 'x' } as unknown as string, count: 1 },
      null as unknown as { value: string; count: number },
    ]);
    expect(shares.values.map((v) => [v.value, v.count])).toEqual([
      ['a', 5],
      ['b', 0],
      ['42', 0],
    ]);
    expect(shares.values[0]!.share).toBe(1);
    expect(shares.otherCount).toBe(0);
  });
});

describe('TagFacets', () => {
  it('names every value by its text, share and count; the bar itself is hidden', () => {
    render(<TagFacets tags={[browser, flavors]} />);
    expect(screen.getByRole('region', { name: 'Tags' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: /Browser/ });
    expect(within(list).getByText('Chrome 120: 62%, 124 events')).toBeInTheDocument();
    expect(within(list).getByText('Other: 13%, 26 events')).toBeInTheDocument();
    // The fixture: 3 events, strawberry 2 and vanilla 1, nothing left for Other.
    const flavorList = screen.getByRole('list', { name: /Flavors/ });
    expect(within(flavorList).getAllByRole('listitem').map((item) => item.querySelector('.fl-visually-hidden')?.textContent)).toEqual(['Strawberry: 67%, 2 events', 'Vanilla: 33%, 1 event']);
    for (const bar of document.querySelectorAll('[data-slot="bar"]')) expect(bar).toHaveAttribute('aria-hidden', 'true');
  });

  it('opens the events filtered by a value, with the value quoted as search needs', async () => {
    const user = userEvent.setup();
    const onValueSelect = vi.fn();
    render(<TagFacets tags={[browser]} onValueSelect={onValueSelect} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Chrome 120: 62%, 124 events' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onValueSelect).toHaveBeenCalledWith('browser:"Chrome 120"', expect.objectContaining({ count: 124 }), 'browser');
  });

  it('links values through getValueHref and drops javascript: links', () => {
    const { rerender } = render(<TagFacets tags={[browser]} getValueHref={(query) => `#/events?query=${encodeURIComponent(query)}`} />);
    expect(screen.getByRole('link', { name: /Chrome 120/ })).toHaveAttribute('href', '#/events?query=browser%3A%22Chrome%20120%22');
    rerender(<TagFacets tags={[browser]} getValueHref={() => 'javascript:alert(1)'} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('expands a tag to show more values and collapses it again', async () => {
    const user = userEvent.setup();
    const onExpandedChange = vi.fn();
    const { rerender } = render(<TagFacets tags={[flavors]} maxValues={1} onExpandedChange={onExpandedChange} />);
    const toggle = screen.getByRole('button', { name: 'Show more values' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await user.click(toggle);
    expect(onExpandedChange).toHaveBeenCalledWith(true, 'flavors');
    rerender(<TagFacets tags={[flavors]} maxValues={1} onExpandedChange={onExpandedChange} moreValues={{ flavors: { values: flavorValues } }} />);
    expect(screen.getByRole('button', { name: 'Show fewer values' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/^Neopolitan: /)).toBeInTheDocument();
  });

  it('has loading, error, empty states and forwards ref and className', () => {
    const ref = createRef<HTMLElement>();
    const { rerender } = render(<TagFacets ref={ref} className="mine" tags={undefined} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading tags');
    expect(ref.current).toHaveClass('fl-tag-facets', 'mine');
    rerender(<TagFacets tags={[]} error={new Error('HTTP 500')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Tags could not be loaded. HTTP 500');
    rerender(<TagFacets tags={[]} />);
    expect(screen.getByText('No tags on this issue’s events.')).toBeInTheDocument();
  });

  it('renders markup in values as text', () => {
    render(<TagFacets tags={[{ key: 'x', totalValues: 1, topValues: [{ value: '<img src=x onerror=alert(1)>', count: 1 }] }]} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/^<img src=x onerror=alert\(1\)>: 100%/)).toBeInTheDocument();
  });
});

describe('useIssueTags', () => {
  it('loads the tags, then a tag’s values once when it is expanded', async () => {
    const client: IssueTagsClient = {
      listIssueTags: vi.fn(async () => ({ data: [flavors] })),
      listIssueTagValues: vi.fn(async () => ({ data: flavorValues })),
    };
    const { result } = renderHook(() => useIssueTags({ client, organization: 'acme', issueId: '1' }));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.tags).toEqual([flavors]));
    act(() => {
      result.current.onExpandedChange(true, 'flavors');
      result.current.onExpandedChange(true, 'flavors');
    });
    await waitFor(() => expect(result.current.moreValues.flavors?.values).toHaveLength(4));
    expect(client.listIssueTagValues).toHaveBeenCalledTimes(1);
    expect(client.listIssueTagValues).toHaveBeenCalledWith({ organization: 'acme', issueId: '1', key: 'flavors', environment: undefined });
  });
});
