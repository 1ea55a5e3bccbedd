// Every user-visible string of IssueEventChart, in one place so issue 15 can move them into the catalog.
const integer = (n: number) => n.toLocaleString('en-US');
const events = (n: number) => `${integer(n)} event${n === 1 ? '' : 's'}`;

/** English defaults of IssueEventChart's text and accessible names. */
export const issueEventChartMessages = {
  periodGroup: 'Period',
  /** The switch's short labels and the long form used in sentences. */
  periodShort: { '24h': '24h', '14d': '14d', '30d': '30d' } as Record<string, string>,
  periodLong: { '24h': 'the last 24 hours', '14d': 'the last 14 days', '30d': 'the last 30 days' } as Record<string, string>,
  /** The chart's name. */
  chartName: (hourly: boolean, period: string) => `Events per ${hourly ? 'hour' : 'day'}, ${period}`,
  /** One bar's accessible name: its time and count, and the releases in it. */
  bucketName: (time: string, count: number, releases: readonly string[]) => `${time}: ${events(count)}${releases.length ? `, release ${releases.join(', ')}` : ''}`,
  /** The readout while no bar is hovered or focused. */
  total: (count: number, period: string) => `${events(count)} in ${period}`,
  bucket: (time: string, count: number) => `${time}: ${events(count)}`,
  peak: (count: number) => `peak ${integer(count)}`,
  releases: 'Releases',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  tableCaption: (period: string) => `Events per bucket, ${period}`,
  timeColumn: 'Time',
  eventsColumn: 'Events',
  releasesColumn: 'Releases',
  loading: 'Loading event counts…',
  error: 'Event counts could not be loaded.',
  empty: 'No event counts for this period.',
};

/** The messages IssueEventChart shows; pass some to override the English defaults. */
export type IssueEventChartMessages = typeof issueEventChartMessages;
