import type { AlertDelivery, AlertNormalized, AlertRuleFiring, DeliveryStatus } from './alertModel';
import { actionKindOf } from './normalizeAlertRule';
import { problemList, readKey, readList, readNumber, readText } from './readSafe';

/** How much of a receiver's answer a delivery keeps for display. */
export const RESPONSE_EXCERPT_LIMIT = 2000;

/**
 * A receiver URL safe to show: scheme, host and the first path segment, the rest as `…`;
 * user info and query dropped. Chat webhook URLs carry their credential in the path
 * (`/services/T0/B0/secret`), so only the host tells a reader which receiver it was.
 */
export function maskReceiverUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '…';
    const [first] = url.pathname.split('/').filter((part) => part !== '');
    const path = first === undefined ? '/' : `/${first}/…`;
    return `${url.protocol}//${url.host}${path}`;
  } catch {
    return '…';
  }
}

function readStatus(raw: unknown, statusCode: number | undefined): DeliveryStatus {
  const status = readText(readKey(raw, 'status'));
  if (status === 'success' || status === 'failed' || status === 'pending') return status;
  if (status === 'ok' || status === 'delivered') return 'success';
  if (status === 'error' || status === 'failure') return 'failed';
  if (statusCode === undefined) return 'pending';
  return statusCode >= 200 && statusCode < 300 ? 'success' : 'failed';
}

/** One delivery attempt, from the server's log. Never throws; `undefined` without an id. */
export function normalizeDelivery(raw: unknown): AlertDelivery | undefined {
  const id = readText(readKey(raw, 'id'));
  if (id === undefined) return undefined;
  const statusCode = readNumber(readKey(raw, 'statusCode') ?? readKey(raw, 'responseCode'));
  const durationMs = readNumber(readKey(raw, 'durationMs') ?? readKey(raw, 'duration'));
  const attempt = readNumber(readKey(raw, 'attempt'));
  const excerpt = readKey(raw, 'responseExcerpt') ?? readKey(raw, 'response');
  const error = readText(readKey(raw, 'error'));
  const receiver = readKey(raw, 'receiver') ?? readKey(raw, 'url');
  const ruleId = readText(readKey(raw, 'ruleId') ?? readKey(raw, 'rule'));
  const ruleName = readText(readKey(raw, 'ruleName'));
  const dateCreated = readText(readKey(raw, 'dateCreated') ?? readKey(raw, 'date'));
  const action = actionKindOf({ kind: readKey(raw, 'action') ?? readKey(raw, 'actionKind'), id: readKey(raw, 'actionId') });
  return {
    id,
    action: action ?? 'unknown',
    // Masked again here: a server that logs the full URL must still not show its secret.
    receiver: maskReceiverUrl(receiver),
    status: readStatus(raw, statusCode),
    attempt: attempt !== undefined && attempt >= 1 ? Math.floor(attempt) : 1,
    test: readKey(raw, 'test') === true,
    final: readKey(raw, 'final') !== false,
    ...(ruleId === undefined ? {} : { ruleId }),
    ...(ruleName === undefined ? {} : { ruleName }),
    ...(statusCode === undefined ? {} : { statusCode }),
    ...(durationMs === undefined || durationMs < 0 ? {} : { durationMs }),
    ...(typeof excerpt === 'string' && excerpt !== '' ? { responseExcerpt: excerpt.slice(0, RESPONSE_EXCERPT_LIMIT) } : {}),
    ...(error === undefined ? {} : { error: error.slice(0, RESPONSE_EXCERPT_LIMIT) }),
    ...(dateCreated === undefined ? {} : { dateCreated }),
  };
}

/** The delivery log: a list, or `{ data: [...] }`. Items without an id are dropped. */
export function normalizeDeliveryList(raw: unknown): AlertNormalized<AlertDelivery[]> {
  const { problems, add } = problemList();
  const list = Array.isArray(raw) ? raw : readKey(raw, 'data');
  if (!Array.isArray(list)) add('', 'array', raw);
  const value: AlertDelivery[] = [];
  readList(list).forEach((item, index) => {
    const delivery = normalizeDelivery(item);
    if (delivery === undefined) add(`[${index}]`, 'a delivery with an id', item);
    else value.push(delivery);
  });
  return { value, problems };
}

/** A rule's history (Sentry's `group-history`): which issues it fired for, how often. */
export function normalizeRuleHistory(raw: unknown): AlertNormalized<AlertRuleFiring[]> {
  const { problems, add } = problemList();
  if (!Array.isArray(raw)) add('', 'array', raw);
  const value = readList(raw).flatMap((item, index): AlertRuleFiring[] => {
    const group = readKey(item, 'group');
    const count = readNumber(readKey(item, 'count'));
    const issueId = readText(readKey(group, 'id') ?? readKey(item, 'issueId'));
    if (issueId === undefined && count === undefined) {
      add(`[${index}]`, 'an issue and a count', item);
      return [];
    }
    const issueTitle = readText(readKey(group, 'title') ?? readKey(item, 'issueTitle'));
    const eventId = readText(readKey(item, 'eventId'));
    const lastTriggered = readText(readKey(item, 'lastTriggered'));
    return [{
      count: count ?? 1,
      ...(issueId === undefined ? {} : { issueId }),
      ...(issueTitle === undefined ? {} : { issueTitle }),
      ...(eventId === undefined ? {} : { eventId }),
      ...(lastTriggered === undefined ? {} : { lastTriggered }),
    }];
  });
  return { value, problems };
}
