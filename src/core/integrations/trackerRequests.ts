import { sliceWhole, wellFormed } from '../report/wholeText';
import { buildIntegrationReport, type IntegrationInput } from './issueReport';
import { IntegrationTargetError, pathSegment } from './safeUrl';
import { TRIMMED_NOTE } from './trimBody';

/** A tracker without a pre-filled create page, reached through its REST API. */
export type TrackerRequestProvider = 'bitbucket' | 'clickup' | 'asana' | 'trello';

/** How the host's server signs the request with its own credential. */
export type TrackerRequestAuth =
  /** `Authorization: Bearer <token>` (Bitbucket access tokens, Asana personal access tokens). */
  | 'bearer'
  /** `Authorization: <token>` as ClickUp personal tokens are sent. */
  | 'authorization'
  /** `key` and `token` query parameters, as Trello takes them. */
  | 'key-and-token-query';

/**
 * A create call for the host's server to send with its own credential. It holds no secret:
 * tokens never reach the page, so the page hands this to its backend, which adds `auth`.
 */
export interface TrackerRequest {
  provider: TrackerRequestProvider;
  method: 'POST';
  url: string;
  /** Headers without credentials. */
  headers: Record<string, string>;
  /** JSON body. */
  body: Record<string, unknown>;
  auth: TrackerRequestAuth;
  /** Whether the report was cut to the provider's limit. */
  trimmed: boolean;
  /** The whole report, for the clipboard. */
  fullReport: string;
}

/** A Bitbucket Cloud repository. */
export interface BitbucketTarget {
  workspace: string;
  repo: string;
  /** Issue kind. @default "bug" */
  kind?: 'bug' | 'enhancement' | 'proposal' | 'task';
  /** Issue priority. @default "major" */
  priority?: 'trivial' | 'minor' | 'major' | 'critical' | 'blocker';
}

/** A ClickUp list to add tasks to. */
export interface ClickUpTarget {
  /** Numeric list id (from the list's URL). */
  listId: string;
}

/** An Asana project to add tasks to. */
export interface AsanaTarget {
  /** Project gid. */
  projectId: string;
}

/** A Trello list to add cards to. */
export interface TrelloTarget {
  /** List id (`idList`). */
  listId: string;
}

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** Trello's card `name` and `desc` hold at most 16384 characters each. */
export const TRELLO_TEXT_LIMIT = 16_384;
/**
 * Bitbucket, ClickUp and Asana document no length limit for a description; this is the kit's
 * own bound, so a runaway event never becomes a multi-megabyte request.
 */
export const TRACKER_BODY_LIMIT = 65_536;
// Bitbucket stores an issue title in 255 characters.
const BITBUCKET_TITLE_LIMIT = 255;

function clip(text: string, limit: number): { text: string; trimmed: boolean } {
  const whole = wellFormed(text);
  if (whole.length <= limit) return { text: whole, trimmed: false };
  const note = `\n\n-- ${TRIMMED_NOTE}`;
  return { text: `${sliceWhole(whole, limit - note.length).trimEnd()}${note}`, trimmed: true };
}

const clipTitle = (title: string, limit: number) => (title.length > limit ? `${sliceWhole(title, limit - 1)}…` : title);

function id(value: string, what: string): string {
  if (!/^[\w-]+$/.test(value.trim())) throw new IntegrationTargetError('invalid-target', `${what} is not a valid id`);
  return value.trim();
}

// Every create call is a JSON POST that carries whether the report was cut and the whole report.
function trackerRequest(
  provider: TrackerRequestProvider,
  url: string,
  body: Record<string, unknown>,
  auth: TrackerRequestAuth,
  clipped: { trimmed: boolean },
  report: string,
): TrackerRequest {
  return { provider, method: 'POST', url, headers: JSON_HEADERS, body, auth, trimmed: clipped.trimmed, fullReport: wellFormed(report) };
}

/** `POST https://api.bitbucket.org/2.0/repositories/{workspace}/{repo}/issues` with the report as Markdown. */
export function bitbucketIssueRequest(input: IntegrationInput, target: BitbucketTarget): TrackerRequest {
  const report = buildIntegrationReport(input);
  const content = clip(report.markdown, TRACKER_BODY_LIMIT);
  return trackerRequest(
    'bitbucket',
    `https://api.bitbucket.org/2.0/repositories/${pathSegment(target.workspace, 'Bitbucket workspace')}/${pathSegment(target.repo, 'Bitbucket repository')}/issues`,
    {
      title: clipTitle(wellFormed(report.title), BITBUCKET_TITLE_LIMIT),
      content: { raw: content.text, markup: 'markdown' },
      kind: target.kind ?? 'bug',
      priority: target.priority ?? 'major',
    },
    'bearer',
    content,
    report.markdown,
  );
}

/** `POST https://api.clickup.com/api/v2/list/{list_id}/task` with the report as Markdown. */
export function clickUpTaskRequest(input: IntegrationInput, target: ClickUpTarget): TrackerRequest {
  const report = buildIntegrationReport(input);
  const content = clip(report.markdown, TRACKER_BODY_LIMIT);
  const url = `https://api.clickup.com/api/v2/list/${id(target.listId, 'ClickUp list')}/task`;
  return trackerRequest('clickup', url, { name: wellFormed(report.title), markdown_content: content.text }, 'authorization', content, report.markdown);
}

/** `POST https://app.asana.com/api/1.0/tasks` in the project, the report as plain-text notes. */
export function asanaTaskRequest(input: IntegrationInput, target: AsanaTarget): TrackerRequest {
  const report = buildIntegrationReport(input);
  const notes = clip(report.text, TRACKER_BODY_LIMIT);
  const body = { data: { name: wellFormed(report.title), notes: notes.text, projects: [id(target.projectId, 'Asana project')] } };
  return trackerRequest('asana', 'https://app.asana.com/api/1.0/tasks', body, 'bearer', notes, report.text);
}

/** `POST https://api.trello.com/1/cards` on the list, the report as the card's Markdown description. */
export function trelloCardRequest(input: IntegrationInput, target: TrelloTarget): TrackerRequest {
  const report = buildIntegrationReport(input);
  const desc = clip(report.markdown, TRELLO_TEXT_LIMIT);
  const body: Record<string, unknown> = { idList: id(target.listId, 'Trello list'), name: clipTitle(wellFormed(report.title), TRELLO_TEXT_LIMIT), desc: desc.text, pos: 'top' };
  // Trello attaches `urlSource` to the card; the permalink is already http(s) only.
  if (report.permalink !== undefined) body.urlSource = report.permalink;
  return trackerRequest('trello', 'https://api.trello.com/1/cards', body, 'key-and-token-query', desc, report.markdown);
}
