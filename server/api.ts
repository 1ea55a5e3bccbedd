import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AlertDispatcher } from './alerts/dispatcher';
import { handleAlertApi } from './alerts/routes';
import { checkListParams, requireJsonContentType } from './apiChecks';
import { type BodyLimits, readBody } from './body';
import type { ServerDatabase } from './db';
import { findProjectEvent, listEnvironments } from './events';
import { HttpError, parseJson, sendJson } from './http';
import { listIssues } from './issueList';
import { issueToApi, loadIssue } from './issues';
import { handleIssuePageApi, withIssueDetails } from './issuePageApi';
import { deleteIssues, readIssueChanges, updateIssues } from './issueUpdate';
import { findProject, listProjects, type ProjectRow } from './projects';

/** What the Web API handlers share. */
export interface ApiContext {
  db: ServerDatabase;
  organization: string;
  limits: BodyLimits;
  /** Sends alert deliveries (resolve and assign notices, tests); absent in tools that only read. */
  alerts?: AlertDispatcher;
}

/** One API call: its parsed URL, the URL as the client addressed it, and the parts matched. */
interface ApiCall {
  context: ApiContext;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  publicUrl: URL;
}

const ORG_ISSUES = /^\/api\/0\/organizations\/([^/]+)\/issues\/?$/;
const PROJECT_ISSUES = /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/issues\/?$/;
const ORG_PROJECTS = /^\/api\/0\/organizations\/([^/]+)\/projects\/?$/;
const ORG_ENVIRONMENTS = /^\/api\/0\/organizations\/([^/]+)\/environments\/?$/;
const PROJECT_EVENT = /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/events\/([^/]+)\/?$/;
// `/api/0/issues/{id}/…` is the older spelling of the organization-scoped issue paths.
const ISSUE = /^\/api\/0\/(?:organizations\/([^/]+)\/)?issues\/(\d{1,15})\/?$/;

function checkOrganization(context: ApiContext, slug: string | undefined): void {
  if (slug !== undefined && decodeURIComponent(slug) !== context.organization) throw new HttpError(404, 'The requested resource does not exist');
}

function issueOrThrow(context: ApiContext, id: string): { row: NonNullable<ReturnType<typeof loadIssue>>; project: ProjectRow } {
  const row = loadIssue(context.db, Number(id));
  const project = row && findProject(context.db, String(row.project_id));
  if (!row || !project) throw new HttpError(404, 'Issue not found');
  return { row, project };
}

function readIds(url: URL, scope: readonly ProjectRow[], db: ServerDatabase): number[] {
  const ids = url.searchParams.getAll('id');
  if (ids.length === 0) throw new HttpError(400, 'name the issues to change with ?id=…; this server does not update by query');
  if (ids.length > 1000) throw new HttpError(400, 'at most 1000 ids per request');
  const projectIds = new Set(scope.map((project) => project.id));
  return ids.flatMap((id) => {
    if (!/^\d{1,15}$/.test(id)) throw new HttpError(400, `invalid issue id "${id.slice(0, 40)}"`);
    const row = loadIssue(db, Number(id));
    return row && projectIds.has(row.project_id) ? [row.id] : [];
  });
}

async function handleIssueCollection(call: ApiCall, scope: readonly ProjectRow[]): Promise<void> {
  const { context, request, response, url, publicUrl } = call;
  if (request.method === 'GET') {
    checkListParams(url);
    const { body, link, hits } = listIssues({ db: context.db, url, publicUrl, organization: context.organization, projects: scope, now: Date.now() });
    sendJson(request, response, 200, body, { Link: link, 'X-Hits': String(hits) });
  } else if (request.method === 'PUT') {
    const changes = readIssueChanges(parseJson((await readBody(request, context.limits)).toString('utf8'), 'body'));
    const ids = readIds(url, scope, context.db);
    if (ids.length === 0) throw new HttpError(404, 'no matching issues');
    sendJson(request, response, 200, updateIssues(context.db, ids, changes));
    context.alerts?.issuesChanged(ids, changes);
  } else if (request.method === 'DELETE') {
    deleteIssues(context.db, readIds(url, scope, context.db));
    sendJson(request, response, 204, undefined);
  } else {
    throw new HttpError(405, `Method "${request.method}" not allowed.`);
  }
}

async function handleIssue(call: ApiCall, id: string): Promise<void> {
  const { context, request, response, publicUrl } = call;
  const links = { baseUrl: publicUrl.origin, organization: context.organization };
  const { row, project } = issueOrThrow(context, id);
  if (request.method === 'GET') {
    sendJson(request, response, 200, withIssueDetails(context, issueToApi(row, project, links), true));
  } else if (request.method === 'PUT') {
    const changes = readIssueChanges(parseJson((await readBody(request, context.limits)).toString('utf8'), 'body'));
    if (changes.merge) throw new HttpError(400, 'merge issues through the bulk endpoint with several ?id=');
    updateIssues(context.db, [row.id], changes);
    context.alerts?.issuesChanged([row.id], changes);
    sendJson(request, response, 200, withIssueDetails(context, issueToApi(issueOrThrow(context, id).row, project, links), true));
  } else if (request.method === 'DELETE') {
    deleteIssues(context.db, [row.id]);
    sendJson(request, response, 202, undefined);
  } else {
    throw new HttpError(405, `Method "${request.method}" not allowed.`);
  }
}

type Route = [pattern: RegExp, handle: (call: ApiCall, match: RegExpExecArray, environments: string[]) => Promise<void> | void];

function getOnly(request: IncomingMessage): void {
  if (request.method !== 'GET') throw new HttpError(405, `Method "${request.method}" not allowed.`);
}

function projectOrThrow(context: ApiContext, idOrSlug: string): ProjectRow {
  const project = findProject(context.db, decodeURIComponent(idOrSlug));
  if (!project) throw new HttpError(404, 'Project not found');
  return project;
}

// Each pattern's first group is the organization slug (absent on the older `/api/0/issues/…`).
const ROUTES: readonly Route[] = [
  [ORG_ISSUES, (call) => handleIssueCollection(call, listProjects(call.context.db))],
  [PROJECT_ISSUES, (call, match) => handleIssueCollection(call, [projectOrThrow(call.context, match[2]!)])],
  [
    ORG_PROJECTS,
    ({ context, request, response }) => {
      getOnly(request);
      const projects = listProjects(context.db).map(({ public_key: _key, ...project }) => ({ ...project, id: String(project.id) }));
      sendJson(request, response, 200, projects);
    },
  ],
  [
    ORG_ENVIRONMENTS,
    ({ context, request, response, url }) => {
      getOnly(request);
      const visibility = url.searchParams.get('visibility') ?? 'visible';
      if (!['visible', 'hidden', 'all'].includes(visibility)) throw new HttpError(400, `Invalid value for 'visibility', valid values are: visible, hidden, all`);
      // This server hides no environment, so "hidden" is always empty.
      sendJson(request, response, 200, visibility === 'hidden' ? [] : listEnvironments(context.db));
    },
  ],
  [
    PROJECT_EVENT,
    ({ context, request, response }, match) => {
      getOnly(request);
      sendJson(request, response, 200, findProjectEvent(context.db, projectOrThrow(context, match[2]!).id, match[3]!));
    },
  ],
  [ISSUE, (call, match) => handleIssue(call, match[2]!)],
];

/** Routes a `/api/0/…` request; unknown paths are a 404 with a reason. */
export async function handleApi(context: ApiContext, request: IncomingMessage, response: ServerResponse, url: URL, publicUrl: URL): Promise<void> {
  requireJsonContentType(request);
  const call: ApiCall = { context, request, response, url, publicUrl };
  // The issue page's endpoints, issue events among them (see issuePageApi.ts).
  if (await handleIssuePageApi(call)) return;
  const environments = url.searchParams.getAll('environment').filter((name) => name !== '');
  for (const [pattern, handle] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    checkOrganization(context, match[1]);
    return handle(call, match, environments);
  }
  if (await handleAlertApi(context, request, response, url, publicUrl)) return;
  throw new HttpError(404, `no API endpoint at ${url.pathname.slice(0, 200)}`);
}
