import { join } from 'node:path';
import { FIXTURES, readJson } from '../core/normalize/loadFixtures';
import { type Handler, type ReceivedRequest, sendJson } from './httpServer';

/** The repo's Web API issue example, as the issues endpoint sends it. */
export const apiIssues = readJson(join(FIXTURES, 'api/issues-list.json')) as Record<string, unknown>[];

/** The repo's Web API event example (with `entries`). */
export const apiEvent = readJson(join(FIXTURES, 'api/event-entries.json')) as Record<string, unknown>;

/** `count` issues shaped like the fixture's first, with ids `1`…`count` and titles `Issue n`. */
export function makeIssues(count: number): Record<string, unknown>[] {
  const template = apiIssues[0] ?? {};
  return Array.from({ length: count }, (_, index) => ({ ...template, id: String(index + 1), shortId: `PROJ-${index + 1}`, title: `Issue ${index + 1}` }));
}

/** A `Link` header as Sentry writes it, for a list at `url` with offset cursors. */
export function sentryLink(url: string, offset: number, limit: number, total: number): string {
  const previous = `0:${Math.max(0, offset - limit)}:1`;
  const next = `0:${offset + limit}:0`;
  return [
    `<${url}?&cursor=${previous}>; rel="previous"; results="${offset > 0}"; cursor="${previous}"`,
    `<${url}?&cursor=${next}>; rel="next"; results="${offset + limit < total}"; cursor="${next}"`,
  ].join(', ');
}

/** The offset a cursor such as `0:25:0` stands for. */
export function offsetOf(request: ReceivedRequest): number {
  const cursor = request.query.get('cursor');
  const offset = cursor === null ? 0 : Number(cursor.split(':')[1]);
  return Number.isFinite(offset) ? offset : 0;
}

/**
 * The issues endpoint of an organization over `issues`: filters `query` by title substring,
 * pages with `limit` (default 3) and Sentry's offset cursors, and sends `X-Hits`.
 */
export function issuesRoute(issues: Record<string, unknown>[]): Handler {
  return (request, response) => {
    if (!/^\/api\/0\/(organizations\/[^/]+|projects\/[^/]+\/[^/]+)\/issues\/$/.test(request.path)) {
      sendJson(response, 404, { detail: 'The requested resource does not exist' });
      return;
    }
    const query = request.query.get('query') ?? '';
    const matching = issues.filter((issue) => String(issue.title).toLowerCase().includes(query.toLowerCase()));
    const limit = Number(request.query.get('limit') ?? 3);
    const offset = offsetOf(request);
    const url = `http://127.0.0.1${request.path}`;
    sendJson(response, 200, matching.slice(offset, offset + limit), {
      Link: sentryLink(url, offset, limit, matching.length),
      'X-Hits': String(matching.length),
    });
  };
}
