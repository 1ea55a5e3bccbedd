import type { Event, Issue } from '../core/model';
import { normalizeEvent, normalizeIssue, normalizeIssueList } from '../core/normalize';
import { readEnvironmentList } from './environments';
import { alertRuleCalls } from './alertRules';
import { issuePageCalls } from './issuePageCalls';
import { normalizeEventList } from './normalizeEventList';
import { issueIds, pageOf, segment } from './requestParts';
import { resolveRetryOptions } from './retry';
import { type SentryQueryValue, type SentryRequest, sendRequest, type TransportConfig } from './transport';
import type {
  IssueIdsParams,
  ListIssueEventsParams,
  ListIssuesParams,
  SentryCallOptions,
  SentryClient,
  SentryClientOptions,
  SentryIterateOptions,
  SentryPage,
  UpdateIssuesParams,
} from './types';

const DEFAULT_MAX_RESPONSE_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_PAGES = 100;

const STATUS_FIELDS = new Set(['status', 'statusDetails', 'substatus']);

/** The query of a bulk update: its ids, or (for status changes only) the search it matches. */
function updateTarget(
  ids: UpdateIssuesParams['ids'],
  matching: UpdateIssuesParams['matching'],
  changes: Record<string, unknown>,
): Record<string, SentryQueryValue> {
  if (matching === undefined || (ids !== undefined && ids.length > 0)) return { id: issueIds(ids, 1) };
  if (typeof matching.query !== 'string') throw new TypeError('Sentry client: matching.query must be a string');
  const other = Object.keys(changes).filter((field) => !STATUS_FIELDS.has(field));
  if (other.length > 0) throw new TypeError(`Sentry client: only status changes can target matching issues, not ${other.join(', ')}`);
  return { query: matching.query, project: matching.projectIds, environment: matching.environment };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `nextCursor` page by page; stops at the last page, at `maxPages`, or on a repeated cursor. */
async function* iteratePages<P extends { cursor?: string }, T>(
  load: (params: P, options: SentryCallOptions) => Promise<SentryPage<T>>,
  params: P,
  options: SentryIterateOptions | undefined,
): AsyncGenerator<SentryPage<T>, void, undefined> {
  const maxPages = Math.max(1, Math.floor(options?.maxPages ?? DEFAULT_MAX_PAGES));
  const seen = new Set<string>();
  let cursor = params.cursor;
  for (let count = 0; count < maxPages; count++) {
    const page = await load({ ...params, cursor }, { signal: options?.signal });
    yield page;
    // A server that hands back a cursor already followed would otherwise page forever.
    if (page.nextCursor === undefined || seen.has(page.nextCursor)) return;
    if (cursor !== undefined) seen.add(cursor);
    seen.add(page.nextCursor);
    cursor = page.nextCursor;
  }
}

/**
 * A Sentry Web API client. The host decides how the token travels: a server passes
 * `headers: { Authorization: 'Bearer …' }`; a browser calls its own backend proxy as `baseUrl`
 * so the token never reaches the page. Every failure rejects with a `SentryApiError`.
 */
export function createSentryClient(options: SentryClientOptions): SentryClient {
  if (typeof options?.baseUrl !== 'string') throw new TypeError('Sentry client: baseUrl must be a string');
  const platformFetch = globalThis.fetch;
  if (options.fetch === undefined && typeof platformFetch !== 'function') {
    throw new TypeError('Sentry client: this runtime has no fetch; pass options.fetch');
  }
  const config: TransportConfig = {
    baseUrl: options.baseUrl,
    // Browsers throw "Illegal invocation" when fetch is called detached from its global.
    fetch: options.fetch ?? ((url, init) => platformFetch.call(globalThis, url, init)),
    headers: options.headers,
    retry: resolveRetryOptions(options.retry),
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
  };
  const send = (request: SentryRequest) => sendRequest(config, request);

  const listIssues = async (params: ListIssuesParams, call?: SentryCallOptions): Promise<SentryPage<Issue>> => {
    const org = segment('organization', params.organization);
    const path = params.project === undefined ? `/api/0/organizations/${org}/issues/` : `/api/0/projects/${org}/${segment('project', params.project)}/issues/`;
    const response = await send({
      method: 'GET',
      path,
      signal: call?.signal,
      query: {
        query: params.query,
        sort: params.sort,
        environment: params.environment,
        statsPeriod: params.statsPeriod,
        start: params.start,
        end: params.end,
        cursor: params.cursor,
        limit: params.limit,
        project: params.project === undefined ? params.projectIds : undefined,
      },
    });
    return pageOf(response, normalizeIssueList(response.body));
  };

  const listIssueEvents = async (params: ListIssueEventsParams, call?: SentryCallOptions): Promise<SentryPage<Event>> => {
    const response = await send({
      method: 'GET',
      path: `/api/0/organizations/${segment('organization', params.organization)}/issues/${segment('issueId', params.issueId)}/events/`,
      signal: call?.signal,
      query: {
        full: params.full === undefined ? undefined : String(params.full),
        environment: params.environment,
        statsPeriod: params.statsPeriod,
        start: params.start,
        end: params.end,
        query: params.query,
        cursor: params.cursor,
        limit: params.limit,
      },
    });
    return pageOf(response, normalizeEventList(response.body));
  };

  const bulkPath = (organization: string) => `/api/0/organizations/${segment('organization', organization)}/issues/`;

  return {
    baseUrl: options.baseUrl,
    ...issuePageCalls(send),
    ...alertRuleCalls(send),
    listIssues,
    iterateIssues: (params, call) => iteratePages(listIssues, params, call),
    async getIssue(params, call) {
      const response = await send({
        method: 'GET',
        path: `/api/0/organizations/${segment('organization', params.organization)}/issues/${segment('issueId', params.issueId)}/`,
        signal: call?.signal,
      });
      const { value, problems } = normalizeIssue(response.body);
      return { data: value, problems, raw: response.body, url: response.url, status: response.status };
    },
    async getIssueEvent(params, call) {
      const response = await send({
        method: 'GET',
        path: `/api/0/organizations/${segment('organization', params.organization)}/issues/${segment('issueId', params.issueId)}/events/${segment('eventId', params.eventId)}/`,
        signal: call?.signal,
        query: { environment: params.environment },
      });
      const { value, problems } = normalizeEvent(response.body);
      return { data: value, problems, raw: response.body, url: response.url, status: response.status };
    },
    listIssueEvents,
    iterateIssueEvents: (params, call) => iteratePages(listIssueEvents, params, call),
    async updateIssues(params: UpdateIssuesParams, call) {
      const { organization, ids, matching, ...fields } = params;
      const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      if (Object.keys(changes).length === 0) throw new TypeError('Sentry client: updateIssues needs at least one field to change');
      const response = await send({ method: 'PUT', path: bulkPath(organization), query: updateTarget(ids, matching, changes), body: changes, signal: call?.signal });
      return { changes: isRecord(response.body) ? response.body : undefined, raw: response.body, url: response.url, status: response.status };
    },
    async mergeIssues(params: IssueIdsParams, call) {
      const response = await send({ method: 'PUT', path: bulkPath(params.organization), query: { id: issueIds(params.ids, 2) }, body: { merge: true }, signal: call?.signal });
      const merge = isRecord(response.body) && isRecord(response.body.merge) ? response.body.merge : {};
      const parent = typeof merge.parent === 'string' || typeof merge.parent === 'number' ? String(merge.parent) : undefined;
      const children = Array.isArray(merge.children) ? merge.children.filter((id) => typeof id === 'string' || typeof id === 'number').map(String) : [];
      return { parent, children, raw: response.body, url: response.url, status: response.status };
    },
    async deleteIssues(params: IssueIdsParams, call) {
      const response = await send({ method: 'DELETE', path: bulkPath(params.organization), query: { id: issueIds(params.ids, 1) }, signal: call?.signal });
      return { url: response.url, status: response.status };
    },
    async listEnvironments(params, call) {
      const response = await send({
        method: 'GET',
        path: `/api/0/organizations/${segment('organization', params.organization)}/environments/`,
        signal: call?.signal,
        query: { visibility: params.visibility },
      });
      const { value, problems } = readEnvironmentList(response.body);
      return { data: value, problems, raw: response.body, url: response.url, status: response.status };
    },
  };
}
