import { isObject, type JsonObject } from './reader';

/** What kind of document an input is. */
export type NormalizeInputKind =
  | 'event'
  | 'api-event'
  | 'issue'
  | 'webhook'
  | 'canonical-event'
  | 'canonical-issue'
  | 'unknown';

/** Whether an object reads as an issue (group) of the Web API or a webhook. */
function looksLikeIssue(input: JsonObject): boolean {
  if ('event_id' in input || 'eventID' in input || 'exception' in input || 'entries' in input) return false;
  return 'shortId' in input || ('status' in input && 'count' in input) || ('firstSeen' in input && 'lastSeen' in input);
}

/**
 * Tells Sentry's input shapes apart: an SDK or stored event, a Web API event (`entries`,
 * camelCase ids), a Web API issue, an integration webhook body, or Faultline's canonical JSON.
 */
export function detectInput(input: unknown): NormalizeInputKind {
  if (!isObject(input)) return 'unknown';
  if (input.schema === 'faultline.event/1') return 'canonical-event';
  if (input.schema === 'faultline.issue/1') return 'canonical-issue';
  if (typeof input.action === 'string' && isObject(input.data)) return 'webhook';
  if (Array.isArray(input.entries) || 'eventID' in input || 'groupID' in input || 'dateCreated' in input) {
    return 'api-event';
  }
  if (looksLikeIssue(input)) return 'issue';
  return 'event';
}

/** The event inside a webhook body (`data.error` or `data.event`), if any. */
export function webhookEvent(input: JsonObject): { event: JsonObject; path: string } | undefined {
  const data = input.data;
  if (!isObject(data)) return undefined;
  if (isObject(data.error)) return { event: data.error, path: 'data.error' };
  if (isObject(data.event)) return { event: data.event, path: 'data.event' };
  return undefined;
}

/** The issue inside a webhook body (`data.issue`), if any. */
export function webhookIssue(input: JsonObject): JsonObject | undefined {
  const data = input.data;
  return isObject(data) && isObject(data.issue) ? data.issue : undefined;
}
