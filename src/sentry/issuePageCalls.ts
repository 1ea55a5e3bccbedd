import type { IssueActivity, NormalizeResult } from '../core/model';
import {
  normalizeIssueActivity,
  normalizeIssueStats,
  normalizeIssueTag,
  normalizeIssueTags,
  normalizeIssueTagValues,
  normalizeMemberList,
  normalizeReleaseList,
  normalizeTeamList,
} from '../core/normalize';
import type { SentryIssuePageCalls } from './issuePageTypes';
import { issueIds, pageOf, resultOf, segment } from './requestParts';
import type { SentryRequest, SentryResponse } from './transport';
import type { IssueRef } from './types';

/** A note as the comments endpoints answer it: one activity entry, or nothing on an empty body. */
function noteOf(body: unknown): NormalizeResult<IssueActivity | undefined> {
  if (body === undefined) return { value: undefined, problems: [] };
  const { value, problems } = normalizeIssueActivity([body]);
  return { value: value[0], problems: problems.map((problem) => ({ ...problem, path: problem.path.replace(/^\[0\]\.?/, '') || '$' })) };
}

function notePaths(params: IssueRef & { noteId?: string }) {
  const base = `/api/0/organizations/${segment('organization', params.organization)}/issues/${segment('issueId', params.issueId)}`;
  return { issue: base, comments: `${base}/comments/`, note: () => `${base}/comments/${segment('noteId', params.noteId)}/` };
}

function noteText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') throw new TypeError('Sentry client: a note needs some text');
  return text;
}

/** The issue page's calls over a client's transport. */
export function issuePageCalls(send: (request: SentryRequest) => Promise<SentryResponse>): SentryIssuePageCalls {
  const org = (organization: string) => `/api/0/organizations/${segment('organization', organization)}`;
  return {
    async listIssueTags(params, call) {
      const { issue } = notePaths(params);
      const response = await send({ method: 'GET', path: `${issue}/tags/`, query: { environment: params.environment }, signal: call?.signal });
      return resultOf(response, normalizeIssueTags(response.body));
    },
    async getIssueTag(params, call) {
      const { issue } = notePaths(params);
      const path = `${issue}/tags/${segment('key', params.key)}/`;
      const response = await send({ method: 'GET', path, query: { environment: params.environment }, signal: call?.signal });
      return resultOf(response, normalizeIssueTag(response.body));
    },
    async listIssueTagValues(params, call) {
      const { issue } = notePaths(params);
      const path = `${issue}/tags/${segment('key', params.key)}/values/`;
      const response = await send({ method: 'GET', path, query: { environment: params.environment, cursor: params.cursor }, signal: call?.signal });
      return pageOf(response, normalizeIssueTagValues(response.body));
    },
    async listIssueActivity(params, call) {
      const response = await send({ method: 'GET', path: `${notePaths(params).issue}/activities/`, signal: call?.signal });
      return resultOf(response, normalizeIssueActivity(response.body));
    },
    async createIssueNote(params, call) {
      const body = { text: noteText(params.text) };
      const response = await send({ method: 'POST', path: notePaths(params).comments, body, signal: call?.signal });
      return resultOf(response, noteOf(response.body));
    },
    async updateIssueNote(params, call) {
      const body = { text: noteText(params.text) };
      const response = await send({ method: 'PUT', path: notePaths(params).note(), body, signal: call?.signal });
      return resultOf(response, noteOf(response.body));
    },
    async deleteIssueNote(params, call) {
      const response = await send({ method: 'DELETE', path: notePaths(params).note(), signal: call?.signal });
      return { url: response.url, status: response.status };
    },
    async listMembers(params, call) {
      const query = { query: params.query, cursor: params.cursor };
      const response = await send({ method: 'GET', path: `${org(params.organization)}/members/`, query, signal: call?.signal });
      return pageOf(response, normalizeMemberList(response.body));
    },
    async listTeams(params, call) {
      const query = { query: params.query, cursor: params.cursor };
      const response = await send({ method: 'GET', path: `${org(params.organization)}/teams/`, query, signal: call?.signal });
      return pageOf(response, normalizeTeamList(response.body));
    },
    async listReleases(params, call) {
      const project = typeof params.project === 'string' || typeof params.project === 'number' ? [params.project] : params.project;
      const query = { project, query: params.query, environment: params.environment, cursor: params.cursor, per_page: params.perPage };
      const response = await send({ method: 'GET', path: `${org(params.organization)}/releases/`, query, signal: call?.signal });
      return pageOf(response, normalizeReleaseList(response.body));
    },
    async getIssueStats(params, call) {
      if (!['24h', '14d', '30d'].includes(params.statsPeriod)) throw new TypeError('Sentry client: statsPeriod must be 24h, 14d or 30d');
      const query = { groups: issueIds(params.issueIds, 1), statsPeriod: params.statsPeriod, environment: params.environment };
      const response = await send({ method: 'GET', path: `${org(params.organization)}/issues-stats/`, query, signal: call?.signal });
      return resultOf(response, normalizeIssueStats(response.body));
    },
  };
}
