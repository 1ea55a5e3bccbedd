// Every user-visible string of EventNavigation, in one place so issue 15 can move them into the catalog.

/** English defaults of EventNavigation's text and accessible names. */
export const eventNavigationMessages = {
  toolbar: 'Event navigation',
  oldest: 'Oldest',
  older: 'Older',
  newer: 'Newer',
  latest: 'Latest',
  recommended: 'Recommended',
  /** Accessible names: the visible word plus what it leads to. */
  oldestName: 'Oldest event',
  olderName: 'Older event',
  newerName: 'Newer event',
  latestName: 'Latest event',
  recommendedName: 'Recommended event',
  /** Why a button is off. */
  isOldest: 'This is the oldest event.',
  isLatest: 'This is the latest event.',
  isRecommended: 'This is the recommended event.',
  loadingReason: 'Waiting for the event to load.',
  currentLabel: 'Event',
  copyId: 'Copy event ID',
  /** The copy button's visible text; its accessible name is `copyId`. */
  copy: 'Copy',
  loading: 'Loading event…',
  error: 'The event could not be loaded.',
  noEvent: 'No event',
};

/** The messages EventNavigation shows; pass some to override the English defaults. */
export type EventNavigationMessages = typeof eventNavigationMessages;
