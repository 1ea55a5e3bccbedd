import type { Issue } from '../../core/model';
import { maskText } from '../../core/privacy';
import { SecretText } from '../KeyValueList/SecretText';

/** The badges Sentry shows next to an issue's title, in its order. */
export function getIssueBadges(issue: Issue): { key: string; label: string }[] {
  const badges: { key: string; label: string }[] = [];
  if (issue.substatus === 'new') badges.push({ key: 'new', label: 'New' });
  if (issue.substatus === 'regressed') badges.push({ key: 'regressed', label: 'Regressed' });
  if (issue.substatus === 'escalating') badges.push({ key: 'escalating', label: 'Escalating' });
  if (issue.status === 'resolved') badges.push({ key: 'resolved', label: 'Resolved' });
  if (issue.status === 'ignored') badges.push({ key: 'ignored', label: 'Ignored' });
  if (issue.isBookmarked) badges.push({ key: 'bookmarked', label: 'Bookmarked' });
  return badges;
}

/** Status badges of an issue, or nothing. */
export function IssueBadges({ issue }: { issue: Issue }) {
  const badges = getIssueBadges(issue);
  if (badges.length === 0) return null;
  return (
    <span data-slot="badges" title={badges.map((badge) => badge.label).join(', ')}>
      {badges.map((badge) => (
        <span key={badge.key} data-slot="badge" data-badge={badge.key}>
          {badge.label}
        </span>
      ))}
    </span>
  );
}

/** The title cell: exception type and value (or the title), linked to `href` when there is one. */
export function IssueTitle({ issue, href }: { issue: Issue; href: string | undefined }) {
  const type = typeof issue.metadata?.type === 'string' ? issue.metadata.type : undefined;
  const value = typeof issue.metadata?.value === 'string' ? issue.metadata.value : undefined;
  const text = type ? (
    <>
      <span data-slot="issue-type">{type}</span>
      {value ? (
        <span data-slot="issue-value">
          <SecretText text={value} />
        </span>
      ) : null}
    </>
  ) : (
    <span data-slot="issue-type">{issue.title ? <SecretText text={issue.title} /> : 'Untitled issue'}</span>
  );
  return (
    <span data-slot="title">
      {href ? (
        // Rows are reached with the arrow keys; a tab stop per link would trap keyboard users in 100k rows.
        <a href={href} tabIndex={-1} data-slot="title-link">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}

/** The culprit on its own line under the title, as Sentry's stream shows it; nothing when there is none. */
export function IssueCulprit({ issue }: { issue: Issue }) {
  if (!issue.culprit) return null;
  return (
    <span data-slot="culprit" title={maskText(issue.culprit)}>
      <SecretText text={issue.culprit} />
    </span>
  );
}

/** The project as a compact badge; the whole name in its tooltip. */
export function ProjectBadge({ issue }: { issue: Issue }) {
  const name = issue.project?.slug ?? issue.project?.name ?? issue.project?.id;
  if (!name) return <span data-slot="empty-cell">—</span>;
  return (
    <span data-slot="project-badge" title={name}>
      {name}
    </span>
  );
}

/** The short id (`WEB-FRONTEND-1E`) as a compact monospace badge. */
export function ShortIdBadge({ issue }: { issue: Issue }) {
  const shortId = issue.shortId ?? issue.id;
  return (
    <span data-slot="short-id" title={shortId}>
      {shortId}
    </span>
  );
}

/** Who the issue is assigned to, teams with a `#`. */
export function assigneeLabel(issue: Issue): string {
  const assignee = issue.assignedTo;
  if (!assignee) return 'Unassigned';
  return assignee.type === 'team' ? `#${assignee.name}` : assignee.name || assignee.email || assignee.id;
}

const compact = /* @__PURE__ */ new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** A count in short form (`12.3K`), exact in its title. */
export function Count({ value, unit }: { value: number; unit: string }) {
  const safe = Number.isFinite(value) ? value : 0;
  return (
    <span data-slot="count" title={`${safe.toLocaleString('en')} ${unit}`}>
      {compact.format(safe)}
      <span className="fl-visually-hidden"> {unit}</span>
    </span>
  );
}
