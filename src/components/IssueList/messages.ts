import type { IssueQueryGap } from '../../core/search';

// Every user-visible string of the list's search, period picker and cards, in one place so
// they can move into a catalog (issue 15).

const sentence = (text: string) => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** English defaults of the issue list's search and toolbar. */
export const issueListMessages = {
  /** What a gap in the query needs, as a sentence. */
  gap: (gap: Pick<IssueQueryGap, 'kind' | 'key' | 'detail'>): string => {
    const key = gap.key === undefined ? undefined : `“${gap.key}:”`;
    switch (gap.kind) {
      case 'missing-value':
        return key ? `Add a value after ${key}.` : 'Add a value after the colon.';
      case 'unclosed-quote':
        return key ? `Close the quote after ${key} with a second ".` : 'Close the quote with a second ".';
      case 'unclosed-list':
        return key ? `Close the list after ${key} with “]”, and give each item a value.` : 'Close the list with “]”, and give each item a value.';
      default:
        return sentence(gap.detail);
    }
  },
  moreGaps: (count: number) => (count === 1 ? 'One more part of the search needs fixing.' : `${count} more parts of the search need fixing.`),
  staleResults: 'The list still shows the last complete search.',
  pressEnter: 'Press Enter to search.',
  filters: 'Filters',
  removeFilter: (label: string) => `Remove filter ${label}`,
  suggestions: 'Suggestions',
  period: 'Period',
  periods: { '1h': 'Last hour', '24h': 'Last 24 hours', '7d': 'Last 7 days', '14d': 'Last 14 days', '30d': 'Last 30 days' } as const,
  customRange: 'Custom range',
  rangeStart: 'From',
  rangeEnd: 'To',
  applyRange: 'Apply range',
  rangeMissing: 'Choose both a start and an end.',
  rangeOrder: 'The start must be before the end.',
  projectBadge: (project: string) => `Project ${project}`,
};
