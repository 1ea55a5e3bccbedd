import {
  createIssueIndex,
  createIssueSearcher,
  getIssueSortOrder,
  type Issue,
  normalizeIssue,
  parseIssueQuery,
  resolveIssueSort,
} from '../src/core';
import type { ServerDatabase } from './db';
import { HttpError } from './http';
import { issueQuerySql, issueSortSql } from './issueQuerySql';
import { loadIssueTags } from './issueSearchStore';
import { type IssueRow, issueToApi, LOCAL_USER, loadIssuePage, loadIssues, loadStats, STATS_PERIODS } from './issues';
import { pageLink, paginate, readCursorOffset, readLimit } from './pagination';
import type { ProjectRow } from './projects';

/** What the list endpoints need to answer. */
export interface IssueListRequest {
  db: ServerDatabase;
  url: URL;
  /** `url` on the host the client used, for `Link` and `permalink`. */
  publicUrl: URL;
  organization: string;
  projects: readonly ProjectRow[];
  now: number;
  /** `kit` answers with the kit's search over normalized issues: the reference the SQL path is tested against, and the bench's "before". @default "auto" */
  strategy?: 'auto' | 'kit';
}

// Sentry lists unresolved issues when no query is given; an explicit empty query lists all.
const DEFAULT_QUERY = 'is:unresolved';
const DEFAULT_LIMIT = 25;

/**
 * Lists issues with Sentry's query syntax, sort, environment filter, stats period and cursor
 * pagination, in SQL over stored search columns; it answers as the kit's own search
 * (`createIssueSearcher`) does over the same issues, so the local server and the portal's
 * search box agree (test/server/issueListSql.test.ts compares them).
 */
export function listIssues(request: IssueListRequest): { body: Record<string, unknown>[]; link: string; hits: number } {
  const { db, url, publicUrl, organization, projects, now } = request;
  const sortName = url.searchParams.get('sort') || 'date';
  const sort = resolveIssueSort(sortName);
  if (!sort) throw new HttpError(400, `invalid sort "${sortName.slice(0, 40)}": use date, new, freq, user or priority`);
  const statsPeriod = url.searchParams.get('statsPeriod') ?? '24h';
  if (statsPeriod !== '' && !STATS_PERIODS[statsPeriod]) throw new HttpError(400, `invalid statsPeriod "${statsPeriod.slice(0, 20)}": use 24h, 14d or ""`);
  const limit = readLimit(url, DEFAULT_LIMIT);
  const query = url.searchParams.get('query') ?? DEFAULT_QUERY;
  if (query.length > 4000) throw new HttpError(400, 'query is longer than 4000 characters');
  const environments = url.searchParams.getAll('environment').filter((name) => name !== '');

  const wanted = url.searchParams.getAll('project').filter((id) => id !== '' && id !== '-1');
  const scope = wanted.length === 0 ? projects : projects.filter((project) => wanted.includes(String(project.id)));
  const byId = new Map(scope.map((project) => [project.id, project]));
  const projectIds = scope.map((project) => project.id);
  const links = { baseUrl: publicUrl.origin, organization };

  const parsed = parseIssueQuery(query);
  const error = parsed.errors[0];
  if (error) throw new HttpError(400, `Error parsing search query: ${error.message} (at character ${error.position})`);

  let pageRows: IssueRow[];
  let link: string;
  let hits: number;
  if (request.strategy !== 'kit') {
    // SQL filters, sorts, counts and pages over the stored search columns and tag table.
    const plan = issueQuerySql(parsed, { now, projects: scope, me: LOCAL_USER });
    const offset = readCursorOffset(url);
    const page = loadIssuePage(db, { projectIds, environments }, { ...plan, orderBy: issueSortSql(sort) }, { offset, limit });
    pageRows = page.rows;
    hits = page.total;
    link = pageLink(publicUrl, offset, limit, hits);
  } else {
    // The reference the SQL path is tested against: the kit's search over every issue in scope,
    // normalized with its stored tags.
    const rows = loadIssues(db, projectIds, environments);
    const tags = loadIssueTags(db, rows.map((row) => row.id));
    const issues: Issue[] = rows.map(
      (row) => normalizeIssue({ ...issueToApi(row, byId.get(row.project_id)!, links), tags: tags.get(row.id) ?? [] }).value,
    );
    const index = createIssueIndex(issues);
    const result = createIssueSearcher(index).search(query, { now, me: LOCAL_USER }, { order: getIssueSortOrder(issues, sort) });
    const page = paginate(Array.from(result.positions), url, publicUrl, limit);
    pageRows = page.items.map((position) => rows[position]!);
    link = page.link;
    hits = result.positions.length;
  }
  const stats = loadStats(
    db,
    pageRows.map((row) => row.id),
    statsPeriod,
    now,
    environments,
  );
  const body = pageRows.map((row) =>
    issueToApi(row, byId.get(row.project_id)!, links, statsPeriod ? { period: statsPeriod, series: stats.get(row.id) ?? [] } : undefined),
  );
  return { body, link, hits };
}
