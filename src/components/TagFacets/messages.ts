// Every user-visible string of TagFacets, in one place so issue 15 can move them into the catalog.
const integer = (n: number) => n.toLocaleString('en-US');

/** English defaults of TagFacets' text and accessible names. */
export const tagFacetsMessages = {
  label: 'Tags',
  loading: 'Loading tags…',
  error: 'Tags could not be loaded.',
  empty: 'No tags on this issue’s events.',
  other: 'Other',
  emptyValue: '(empty)',
  showMore: 'Show more values',
  showLess: 'Show fewer values',
  loadingValues: 'Loading values…',
  valuesError: 'More values could not be loaded.',
  /** The share as a whole percentage; a non-zero share under 1 % reads "<1%", not "0%". */
  percent: (share: number) => (share > 0 && share < 0.01 ? '<1%' : `${Math.round(share * 100)}%`),
  count: integer,
  /** The accessible name of one value: what a sighted user reads off the bar and its labels. */
  valueName: (label: string, count: number, percent: string) => `${label}: ${percent}, ${integer(count)} event${count === 1 ? '' : 's'}`,
  /** The heading's note of how many distinct values the tag has. */
  uniqueValues: (n: number) => `${integer(n)} value${n === 1 ? '' : 's'}`,
  /** The tooltip of a value that opens the events filtered by it. */
  openHint: (query: string) => `Show events with ${query}`,
};

/** The messages TagFacets shows; pass some to override the English defaults. */
export type TagFacetsMessages = typeof tagFacetsMessages;
