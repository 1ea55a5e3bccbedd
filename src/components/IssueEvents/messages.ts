// Every user-visible string of IssueEvents, in one place so issue 15 can move them into the catalog.

/** English defaults of IssueEvents' text and accessible names. */
export const issueEventsMessages = {
  label: 'Events',
  search: 'Search events',
  searchPlaceholder: 'browser:Chrome release:1.2.0 user.email:ada@example.com',
  searchButton: 'Search',
  environment: 'Environment',
  allEnvironments: 'All environments',
  columns: { id: 'Event ID', time: 'Time', title: 'Title', release: 'Release', environment: 'Environment', user: 'User' } as Record<string, string>,
  /** The name of an event's open link or button. */
  openEvent: (id: string) => `Open event ${id}`,
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pages: 'Pages',
  loading: 'Loading events…',
  error: 'Events could not be loaded.',
  empty: 'No events match.',
  emptyAll: 'This issue has no events yet.',
  clearSearch: 'Clear search',
  none: '—',
};

/** The messages IssueEvents shows; pass some to override the English defaults. */
export type IssueEventsMessages = typeof issueEventsMessages;
