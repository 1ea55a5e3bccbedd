import { IssueList, type IssueListPeriod, type IssueStatsPeriod } from 'faultline';
import { useSentryIssues } from 'faultline/hooks';
import type { Issue } from 'faultline/schema';
import { createSentryBulkActionHandler } from 'faultline/sentry';
import { useEffect, useMemo, useState } from 'react';
import { ORGANIZATION, PAGE_SIZE, sentryClient } from './config';
import { navigate, type Route } from './route';
import { useEnvironments } from './useEnvironments';

type IssuesRoute = Extract<Route, { page: 'issues' }>;

// The sorts the API takes; IssueList's own sort menu offers them, and the hash keeps the choice.
const SORT_VALUES = new Set<string>(['date', 'new', 'freq', 'user', 'priority']);
// How long typing pauses before a complete query applies (Enter applies at once); then the server is asked.
const SEARCH_DELAY_MS = 350;
const STATS_PERIODS = new Set<string>(['1h', '24h', '7d', '14d', '30d']);

/** The hash's `period`: a relative period, or a custom range as an ISO 8601 interval (`start/end`). */
function readPeriod(value: string): IssueListPeriod {
  if (STATS_PERIODS.has(value)) return { statsPeriod: value as IssueStatsPeriod };
  const [start = '', end = '', extra] = value.split('/');
  // Date.parse gives NaN for junk, and NaN < x is false: only a real, ordered range passes.
  return extra === undefined && Date.parse(start) < Date.parse(end) ? { start, end } : { statsPeriod: '24h' };
}

const writePeriod = (period: IssueListPeriod) => ('statsPeriod' in period ? period.statsPeriod : `${period.start}/${period.end}`);

/** The link to an issue's page here: a hash route, so it opens in a new tab too. */
function portalIssueUrl(issueId: string): string {
  return `#/issues/${encodeURIComponent(issueId)}/`;
}

const issueHref = (issue: Issue) => portalIssueUrl(issue.id);

/** The issue stream: search, sort, environment and period, pages by cursor, bulk actions over the API. */
export function IssuesPage({ route }: { route: IssuesRoute }) {
  const sort = (SORT_VALUES.has(route.sort) ? route.sort : 'date') as 'date' | 'new' | 'freq' | 'user' | 'priority';
  const period = readPeriod(route.period);
  // The graph shows the period's own series; a custom range shows the last 24 hours'.
  const graphPeriod = 'statsPeriod' in period ? period.statsPeriod : '24h';
  const [draft, setDraft] = useState(route.query);
  const known = useEnvironments();
  // A linked environment the API does not list (yet) stays choosable.
  const environments = route.environment && !known.includes(route.environment) ? [route.environment, ...known] : known;
  // The hash is the source of truth: back / forward or a pasted link replaces what was typed.
  useEffect(() => setDraft(route.query), [route.query]);
  // The list commits a query once it is complete and typing pauses, or on Enter; only then is the server asked.
  const commitQuery = (query: string) => {
    if (query !== route.query) navigate({ ...route, query, cursor: '' }, { replace: true });
  };

  const issues = useSentryIssues({
    client: sentryClient,
    organization: ORGANIZATION,
    query: route.query,
    sort,
    environment: route.environment || undefined,
    ...('statsPeriod' in period ? { statsPeriod: period.statsPeriod } : { start: period.start, end: period.end }),
    cursor: route.cursor || undefined,
    limit: PAGE_SIZE,
  });
  const { refetch } = issues;
  const onBulkAction = useMemo(() => {
    const handler = createSentryBulkActionHandler(sentryClient, { organization: ORGANIZATION, environment: route.environment || undefined });
    return async (...args: Parameters<typeof handler>) => {
      try {
        await handler(...args);
      } finally {
        // Whatever the server kept, the page shows it next (a resolved issue leaves `is:unresolved`).
        refetch();
      }
    };
  }, [route.environment, refetch]);

  const change = (patch: Partial<IssuesRoute>) => navigate({ ...route, cursor: '', ...patch });
  const openIssue = (issue: Issue) => navigate({ page: 'issue', issueId: issue.id, event: 'recommended' });

  return (
    <section aria-labelledby="issues-heading" className="portal-page">
      <div className="portal-page-header">
        <h1 id="issues-heading">Issues</h1>
        <p className="portal-muted" aria-live="polite">
          {issues.loading ? 'Loading issues…' : issues.hits !== undefined ? `${issues.hits} issues match` : ''}
        </p>
      </div>
      <form className="portal-filters" aria-label="Issue filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Environment{' '}
          <select value={route.environment} onChange={(event) => change({ environment: event.target.value })}>
            <option value="">All environments</option>
            {environments.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </form>
      <IssueList
        issues={issues.data}
        // Titles link to the issue's page in this portal rather than to the API's permalink.
        getIssueHref={issueHref}
        loading={issues.loading && issues.data.length === 0}
        error={issues.error}
        query={draft}
        onQueryChange={setDraft}
        onQueryCommit={commitQuery}
        searchDebounceMs={SEARCH_DELAY_MS}
        period={period}
        onPeriodChange={(next) => change({ period: writePeriod(next) })}
        // The list is the page's content: the page scrolls, not a box inside it.
        scrollMode="window"
        sort={sort}
        onSortChange={(next) => change({ sort: next })}
        statsPeriod={graphPeriod}
        totalMatching={issues.hits}
        onBulkAction={onBulkAction}
        onIssueOpen={openIssue}
      />
      <nav className="portal-pager" aria-label="Pages">
        <button type="button" disabled={!issues.previousCursor || issues.loading} onClick={() => navigate({ ...route, cursor: issues.previousCursor ?? '' })}>
          Previous page
        </button>
        <button type="button" disabled={!issues.nextCursor || issues.loading} onClick={() => navigate({ ...route, cursor: issues.nextCursor ?? '' })}>
          Next page
        </button>
      </nav>
    </section>
  );
}
