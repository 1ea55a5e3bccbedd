import type { ReactNode } from 'react';
import type { IssueSort } from '../../core/issues';
import type { Issue } from '../../core/model';
import { SecretText } from '../KeyValueList/SecretText';
import { LevelBadge } from '../LevelBadge';
import { RelativeTime } from '../RelativeTime';
import { Sparkline } from '../Sparkline';
import { assigneeLabel, Count, IssueBadges, IssueCulprit, IssueTitle, ProjectBadge, ShortIdBadge } from './cells';

/** What a cell renderer gets besides the issue. */
export interface IssueCellContext {
  /**
   * "Now" for relative times, epoch ms: the list's `now`, else the viewer's clock once mounted;
   * `undefined` in server HTML and while hydrating, where the server's clock and the browser's
   * would disagree (`RelativeTime` then prints the exact time).
   */
  now: number | undefined;
  /** Which `stats` series the sparkline shows, such as `24h` or `14d`. */
  statsPeriod: string;
  /** Position of the row among the visible issues. */
  index: number;
  /** Where the issue's title links: `getIssueHref`'s answer or the filled `issueHref`, else the permalink; `undefined` for no link. */
  href: string | undefined;
}

/** One column of the issue list. */
export interface IssueListColumn {
  /** Stable id, used by visibility, order and `renderCell`. */
  id: string;
  /** Header text; also the column's accessible name. */
  header: string;
  /** Renders the cell; output is React text, never raw HTML. */
  cell: (issue: Issue, context: IssueCellContext) => ReactNode;
  /** CSS grid track size. @default "minmax(6rem, 1fr)" */
  width?: string;
  /** Makes the header a sort button for this sort. @default not sortable */
  sort?: IssueSort;
  /** Aligns numbers to the end. @default "start" */
  align?: 'start' | 'end';
}

const PERIOD_LABEL: Readonly<Record<string, string | undefined>> = {
  '1h': 'the last hour',
  '24h': 'the last 24 hours',
  '7d': 'the last 7 days',
  '14d': 'the last 14 days',
  '30d': 'the last 30 days',
};

/** The culprit as its own column, for hosts that want it beside the title rather than under it. */
export const issueCulpritColumn: IssueListColumn = {
  id: 'culprit',
  header: 'Culprit',
  width: 'minmax(8rem, 1fr)',
  cell: (issue) => <span data-slot="mono">{issue.culprit ? <SecretText text={issue.culprit} /> : '—'}</span>,
};

/**
 * The issue stream's columns in Sentry's order. The title takes the free width with the culprit
 * under it; the other columns have fixed widths (each row is its own grid, so tracks cannot size
 * to content and stay aligned).
 */
export const defaultIssueColumns: readonly IssueListColumn[] = [
  { id: 'level', header: 'Level', width: '5.5rem', cell: (issue) => <LevelBadge level={issue.level} /> },
  {
    id: 'title',
    header: 'Issue',
    width: 'minmax(14rem, 1fr)',
    cell: (issue, { href }) => (
      <>
        <IssueTitle issue={issue} href={href} />
        <IssueCulprit issue={issue} />
        <IssueBadges issue={issue} />
      </>
    ),
  },
  { id: 'project', header: 'Project', width: '7.5rem', cell: (issue) => <ProjectBadge issue={issue} /> },
  { id: 'shortId', header: 'Short ID', width: '9rem', cell: (issue) => <ShortIdBadge issue={issue} /> },
  {
    id: 'graph',
    header: 'Graph',
    width: '6.25rem',
    cell: (issue, { statsPeriod }) => <Sparkline series={issue.stats?.[statsPeriod]} period={PERIOD_LABEL[statsPeriod] ?? statsPeriod} width={84} height={20} />,
  },
  { id: 'events', header: 'Events', width: '4.75rem', sort: 'freq', align: 'end', cell: (issue) => <Count value={issue.count} unit="events" /> },
  { id: 'users', header: 'Users', width: '4.25rem', sort: 'user', align: 'end', cell: (issue) => <Count value={issue.userCount} unit="users" /> },
  { id: 'firstSeen', header: 'First seen', width: '7.5rem', sort: 'new', cell: (issue, { now }) => <RelativeTime date={issue.firstSeen} now={now} /> },
  { id: 'lastSeen', header: 'Last seen', width: '8rem', sort: 'date', cell: (issue, { now }) => <RelativeTime date={issue.lastSeen} now={now} /> },
  { id: 'assignee', header: 'Assignee', width: '7rem', cell: (issue) => assigneeLabel(issue) },
];
