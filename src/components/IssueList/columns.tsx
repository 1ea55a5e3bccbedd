import type { ReactNode } from 'react';
import type { IssueSort } from '../../core/issues';
import type { Issue } from '../../core/model';
import { LevelBadge } from '../LevelBadge';
import { RelativeTime } from '../RelativeTime';
import { Sparkline } from '../Sparkline';
import { assigneeLabel, Count, IssueBadges, IssueTitle } from './cells';

/** What a cell renderer gets besides the issue. */
export interface IssueCellContext {
  /**
   * "Now" for relative times, epoch ms: the list's `now`, else the viewer's clock once mounted;
   * `undefined` in server HTML and while hydrating, where the server's clock and the browser's
   * would disagree (`RelativeTime` then prints the exact time).
   */
  now: number | undefined;
  /** Which `stats` series the sparkline shows. */
  statsPeriod: '24h' | '14d';
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

const PERIOD_LABEL = { '24h': 'the last 24 hours', '14d': 'the last 14 days' } as const;

/** The issue stream's columns in Sentry's order. */
export const defaultIssueColumns: readonly IssueListColumn[] = [
  { id: 'level', header: 'Level', width: '6.5rem', cell: (issue) => <LevelBadge level={issue.level} /> },
  {
    id: 'title',
    header: 'Issue',
    width: 'minmax(16rem, 3fr)',
    cell: (issue, { href }) => (
      <>
        <IssueTitle issue={issue} href={href} />
        <IssueBadges issue={issue} />
      </>
    ),
  },
  { id: 'culprit', header: 'Culprit', width: 'minmax(8rem, 2fr)', cell: (issue) => <span data-slot="mono">{issue.culprit || '—'}</span> },
  { id: 'project', header: 'Project', width: 'minmax(5rem, 0.8fr)', cell: (issue) => issue.project?.slug ?? issue.project?.name ?? issue.project?.id ?? '—' },
  { id: 'shortId', header: 'Short ID', width: 'minmax(6rem, 1fr)', cell: (issue) => <span data-slot="mono">{issue.shortId ?? issue.id}</span> },
  {
    id: 'graph',
    header: 'Graph',
    width: '6.5rem',
    cell: (issue, { statsPeriod }) => <Sparkline series={issue.stats?.[statsPeriod]} period={PERIOD_LABEL[statsPeriod]} width={88} height={20} />,
  },
  { id: 'events', header: 'Events', width: '5rem', sort: 'freq', align: 'end', cell: (issue) => <Count value={issue.count} unit="events" /> },
  { id: 'users', header: 'Users', width: '5rem', sort: 'user', align: 'end', cell: (issue) => <Count value={issue.userCount} unit="users" /> },
  { id: 'firstSeen', header: 'First seen', width: '8.75rem', sort: 'new', cell: (issue, { now }) => <RelativeTime date={issue.firstSeen} now={now} /> },
  { id: 'lastSeen', header: 'Last seen', width: '8.75rem', sort: 'date', cell: (issue, { now }) => <RelativeTime date={issue.lastSeen} now={now} /> },
  { id: 'assignee', header: 'Assignee', width: 'minmax(6rem, 1fr)', cell: (issue) => assigneeLabel(issue) },
];
