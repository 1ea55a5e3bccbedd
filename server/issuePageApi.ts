import type { IncomingMessage, ServerResponse } from 'node:http';
import { countNotes, createNote, deleteNote, listActivity, readNoteText, updateNote } from './activity';
import type { ApiContext } from './api';
import { readBody } from './body';
import { HttpError, parseJson, sendJson } from './http';
import { getIssueEventWithNeighbours, listIssueEventPage } from './issueEvents';
import { LOCAL_USER, loadIssue } from './issues';
import { loadIssueState, statusDetailsToApi } from './issueState';
import { issueStats, listReleases } from './issueStats';
import { listMembers, listTeams } from './members';
import { pageLink, readCursorOffset, readLimit } from './pagination';
import { listProjects } from './projects';
import { getIssueTag, listIssueTags, listIssueTagValues, readTagKey } from './tags';

/** One request to the issue page's endpoints. */
export interface IssuePageCall {
  context: ApiContext;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  publicUrl: URL;
}

type Handler = (call: IssuePageCall, match: RegExpExecArray, environments: string[]) => Promise<void> | void;

const ORG = String.raw`^\/api\/0\/organizations\/([^/]+)`;
// `/api/0/issues/{id}/…` is the older spelling of the organization-scoped issue paths.
const ISSUE = String.raw`^\/api\/0\/(?:organizations\/([^/]+)\/)?issues\/(\d{1,15})`;

function decoded(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new HttpError(400, 'path is not valid percent-encoding');
  }
}

function method(call: IssuePageCall, ...allowed: string[]): string {
  const name = call.request.method ?? 'GET';
  if (!allowed.includes(name)) throw new HttpError(405, `Method "${name}" not allowed.`);
  return name;
}

function issueId(call: IssuePageCall, raw: string): number {
  const row = loadIssue(call.context.db, Number(raw));
  if (!row) throw new HttpError(404, 'Issue not found');
  return row.id;
}

/** A whole list answered one page at a time, with Sentry's `Link` header. */
function sendPage(call: IssuePageCall, all: readonly unknown[], fallbackLimit: number): void {
  const limit = call.url.searchParams.has('per_page') ? perPage(call.url) : readLimit(call.url, fallbackLimit);
  const offset = readCursorOffset(call.url);
  sendJson(call.request, call.response, 200, all.slice(offset, offset + limit), { Link: pageLink(call.publicUrl, offset, limit, all.length) });
}

function perPage(url: URL): number {
  const text = url.searchParams.get('per_page') ?? '';
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new HttpError(400, `per_page must be a positive whole number, got "${text.slice(0, 40)}"`);
  return Math.min(value, 100);
}

async function readJsonBody(call: IssuePageCall): Promise<unknown> {
  return parseJson((await readBody(call.request, call.context.limits)).toString('utf8'), 'body');
}

const ROUTES: readonly [RegExp, Handler][] = [
  [
    // Sentry's "who am I" for the token's user: the portal needs it for "Assign to me" and to
    // know which notes are its own to edit.
    /^\/api\/0\/users\/me\/?$/,
    (call) => {
      method(call, 'GET');
      const { id, name, email } = LOCAL_USER;
      sendJson(call.request, call.response, 200, { id, name, username: email, email, isActive: true });
    },
  ],
  [
    new RegExp(`${ORG}\\/members\\/?$`),
    (call) => {
      method(call, 'GET');
      sendPage(call, listMembers(call.context.db, (call.url.searchParams.get('query') ?? '').slice(0, 200)), 100);
    },
  ],
  [
    new RegExp(`${ORG}\\/teams\\/?$`),
    (call) => {
      method(call, 'GET');
      sendPage(call, listTeams(call.context.db, (call.url.searchParams.get('query') ?? '').slice(0, 200)), 100);
    },
  ],
  [
    new RegExp(`${ORG}\\/releases\\/?$`),
    (call, _match, environments) => {
      method(call, 'GET');
      sendPage(call, listReleases(call.context.db, call.url, environments, listProjects(call.context.db)), 25);
    },
  ],
  [
    new RegExp(`${ORG}\\/issues-stats\\/?$`),
    (call, _match, environments) => {
      method(call, 'GET');
      sendJson(call.request, call.response, 200, issueStats(call.context.db, call.url, environments, listProjects(call.context.db)));
    },
  ],
  [
    new RegExp(`${ISSUE}\\/tags\\/?$`),
    (call, match, environments) => {
      method(call, 'GET');
      sendJson(call.request, call.response, 200, listIssueTags(call.context.db, issueId(call, match[2]!), environments));
    },
  ],
  [
    new RegExp(`${ISSUE}\\/tags\\/([^/]+)\\/?$`),
    (call, match, environments) => {
      method(call, 'GET');
      sendJson(call.request, call.response, 200, getIssueTag(call.context.db, issueId(call, match[2]!), readTagKey(match[3]!), environments));
    },
  ],
  [
    new RegExp(`${ISSUE}\\/tags\\/([^/]+)\\/values\\/?$`),
    (call, match, environments) => {
      method(call, 'GET');
      sendPage(call, listIssueTagValues(call.context.db, issueId(call, match[2]!), readTagKey(match[3]!), environments), 100);
    },
  ],
  [
    new RegExp(`${ISSUE}\\/activities\\/?$`),
    (call, match) => {
      method(call, 'GET');
      sendJson(call.request, call.response, 200, { activity: listActivity(call.context.db, issueId(call, match[2]!)) });
    },
  ],
  [
    new RegExp(`${ISSUE}\\/comments\\/?$`),
    async (call, match) => {
      method(call, 'POST');
      const id = issueId(call, match[2]!);
      const text = readNoteText(await readJsonBody(call));
      sendJson(call.request, call.response, 201, createNote(call.context.db, id, LOCAL_USER.id, text));
    },
  ],
  [
    new RegExp(`${ISSUE}\\/comments\\/([^/]+)\\/?$`),
    async (call, match) => {
      const verb = method(call, 'PUT', 'DELETE');
      const id = issueId(call, match[2]!);
      if (verb === 'DELETE') {
        deleteNote(call.context.db, id, match[3]!, LOCAL_USER.id);
        sendJson(call.request, call.response, 204, undefined);
        return;
      }
      const text = readNoteText(await readJsonBody(call));
      sendJson(call.request, call.response, 200, updateNote(call.context.db, id, match[3]!, LOCAL_USER.id, text));
    },
  ],
  [
    new RegExp(`${ISSUE}\\/events\\/?$`),
    (call, match, environments) => {
      method(call, 'GET');
      const page = listIssueEventPage(call.context.db, issueId(call, match[2]!), environments, call.url, call.publicUrl);
      sendJson(call.request, call.response, 200, page.items, { Link: page.link, 'X-Hits': String(page.hits) });
    },
  ],
  [
    new RegExp(`${ISSUE}\\/events\\/([^/]+)\\/?$`),
    (call, match, environments) => {
      method(call, 'GET');
      const event = getIssueEventWithNeighbours(call.context.db, issueId(call, match[2]!), decoded(match[3]!), environments);
      sendJson(call.request, call.response, 200, event);
    },
  ],
];

/**
 * Answers the issue page's endpoints (members, teams, releases, issue stats, tags, activity,
 * notes, events with search and neighbours); `false` for any other path. The caller has checked
 * the token; organization slugs are checked here.
 */
export async function handleIssuePageApi(call: IssuePageCall): Promise<boolean> {
  for (const [pattern, handle] of ROUTES) {
    const match = pattern.exec(call.url.pathname);
    if (!match) continue;
    if (match[1] !== undefined && decoded(match[1]) !== call.context.organization) throw new HttpError(404, 'The requested resource does not exist');
    const environments = call.url.searchParams.getAll('environment').filter((name) => name !== '');
    await handle(call, match, environments);
    return true;
  }
  return false;
}

/** An issue's details as `GET /issues/{id}/` answers them: the stored state, notes count and activity. */
export function withIssueDetails(context: ApiContext, issue: Record<string, unknown>, details: boolean): Record<string, unknown> {
  const id = Number(issue.id);
  const state = loadIssueState(context.db, id);
  const extra: Record<string, unknown> = {
    statusDetails: statusDetailsToApi(context.db, state.details),
    isSubscribed: state.isSubscribed,
    hasSeen: state.hasSeen,
    numComments: countNotes(context.db, id),
  };
  if (details) extra.activity = listActivity(context.db, id);
  return { ...issue, ...extra };
}
