import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyLimits, readBody } from '../body';
import type { ServerDatabase } from '../db';
import { HttpError, isRecord, parseJson, sendJson } from '../http';
import { pageLink, readCursorOffset } from '../pagination';
import { findProject, type ProjectRow } from '../projects';
import { listDeliveries } from './deliveryLog';
import type { AlertDispatcher } from './dispatcher';
import { readRuleInput, RuleInputError, type StoredAction } from './ruleInput';
import { deleteRule, findRule, insertRule, maskSecret, ruleToApi, updateRule } from './ruleStore';
import { firingHistory, groupHistory } from './history';

/** What the alert endpoints need from the API context. */
export interface AlertApiContext {
  db: ServerDatabase;
  organization: string;
  limits: BodyLimits;
  alerts?: AlertDispatcher;
}

const P = '^/api/0/projects/([^/]+)/([^/]+)';
const RULES = new RegExp(`${P}/rules/?$`);
const RULE = new RegExp(`${P}/rules/(\\d{1,15})/?$`);
const RULE_PART = new RegExp(`${P}/rules/(\\d{1,15})/(group-history|history|deliveries|test)/?$`);
const RULE_ACTIONS = new RegExp(`${P}/rule-actions/?$`);
const PROJECT_DELIVERIES = new RegExp(`${P}/alert-deliveries/?$`);
const ORG_DELIVERIES = /^\/api\/0\/organizations\/([^/]+)\/alert-deliveries\/?$/;

/** `per_page` (Sentry's) or `limit`, 1–100; then the offset from `cursor`. */
function readPage(url: URL): { limit: number; offset: number } {
  const text = url.searchParams.get('per_page') ?? url.searchParams.get('limit');
  const limit = text === null || text === '' ? 100 : Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new HttpError(400, `per_page must be a positive whole number, got "${String(text).slice(0, 40)}"`);
  return { limit: Math.min(limit, 100), offset: readCursorOffset(url) };
}

function method(request: IncomingMessage, allowed: readonly string[]): string {
  const name = request.method ?? 'GET';
  if (!allowed.includes(name)) throw new HttpError(405, `Method "${name}" not allowed.`);
  return name;
}

async function readJsonBody(request: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  return parseJson((await readBody(request, limits)).toString('utf8'), 'body');
}

/** Runs a validation and answers 400 with every reason by path when it fails. */
function validated<T>(response: ServerResponse, request: IncomingMessage, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    sendJson(request, response, 400, { detail: error.message, errors: error.errors });
    return undefined;
  }
}

function sendPage(request: IncomingMessage, response: ServerResponse, publicUrl: URL, page: { limit: number; offset: number }, result: { items: unknown[]; total: number }): void {
  sendJson(request, response, 200, result.items, { Link: pageLink(publicUrl, page.offset, page.limit, result.total), 'X-Hits': String(result.total) });
}

/**
 * Answers the alert endpoints (see server/alerts/README.md); false when the path is not one of
 * them, so the caller goes on to its own routes.
 */
export async function handleAlertApi(context: AlertApiContext, request: IncomingMessage, response: ServerResponse, url: URL, publicUrl: URL): Promise<boolean> {
  const path = url.pathname;
  const org = ORG_DELIVERIES.exec(path);
  if (org) {
    checkOrg(context, org[1]!);
    method(request, ['GET']);
    const page = readPage(url);
    sendPage(request, response, publicUrl, page, listDeliveries(context.db, { ...page, ...deliveryFilters(url) }));
    return true;
  }
  const match = RULE_PART.exec(path) ?? RULE.exec(path) ?? RULES.exec(path) ?? RULE_ACTIONS.exec(path) ?? PROJECT_DELIVERIES.exec(path);
  if (!match) return false;
  checkOrg(context, match[1]!);
  const project = findProject(context.db, decodeURIComponent(match[2]!));
  if (!project) throw new HttpError(404, 'Project not found');
  if (RULES.test(path)) await handleRules(context, request, response, project);
  else if (RULE.test(path)) await handleRule(context, request, response, project, match[3]!);
  else if (RULE_ACTIONS.test(path)) await handleRuleActions(context, request, response, project);
  else if (PROJECT_DELIVERIES.test(path)) {
    method(request, ['GET']);
    const page = readPage(url);
    sendPage(request, response, publicUrl, page, listDeliveries(context.db, { ...page, ...deliveryFilters(url), projectId: project.id }));
  } else {
    const rule = findRule(context.db, project.id, match[3]!);
    if (!rule) throw new HttpError(404, 'Rule not found');
    const part = match[4]!;
    if (part === 'test') {
      method(request, ['POST']);
      const ids = await dispatcher(context).test(project, rule.name, rule.actions, rule.id);
      sendJson(request, response, 200, { deliveries: listDeliveries(context.db, { ids, offset: 0, limit: 100 }).items });
      return true;
    }
    method(request, ['GET']);
    const page = readPage(url);
    const result =
      part === 'deliveries'
        ? listDeliveries(context.db, { ...page, ...deliveryFilters(url), ruleId: rule.id, projectId: project.id })
        : part === 'history'
          ? firingHistory(context.db, rule.id, project, page)
          : groupHistory(context.db, rule.id, project, page);
    sendPage(request, response, publicUrl, page, result);
  }
  return true;
}

function checkOrg(context: AlertApiContext, slug: string): void {
  if (decodeURIComponent(slug) !== context.organization) throw new HttpError(404, 'The requested resource does not exist');
}

function dispatcher(context: AlertApiContext): AlertDispatcher {
  if (!context.alerts) throw new HttpError(503, 'alert deliveries are not running on this server');
  return context.alerts;
}

function deliveryFilters(url: URL): { ruleId?: number; status?: string } {
  const rule = url.searchParams.get('rule');
  const status = url.searchParams.get('status');
  if (rule !== null && rule !== '' && !/^\d{1,15}$/.test(rule)) throw new HttpError(400, 'rule must be a rule id');
  return { ...(rule ? { ruleId: Number(rule) } : {}), ...(status ? { status } : {}) };
}

async function handleRules(context: AlertApiContext, request: IncomingMessage, response: ServerResponse, project: ProjectRow): Promise<void> {
  if (method(request, ['GET', 'POST']) === 'GET') {
    const rules = context.db.prepare('SELECT id FROM alert_rules WHERE project_id = ? ORDER BY id').all(project.id) as { id: number }[];
    sendJson(request, response, 200, rules.map(({ id }) => ruleToApi(findRule(context.db, project.id, String(id))!, project)));
    return;
  }
  const body = await readJsonBody(request, context.limits);
  const input = validated(response, request, () => readRuleInput(body, [], maskSecret));
  if (input) sendJson(request, response, 201, ruleToApi(insertRule(context.db, project.id, input, Date.now()), project));
}

async function handleRule(context: AlertApiContext, request: IncomingMessage, response: ServerResponse, project: ProjectRow, id: string): Promise<void> {
  const rule = findRule(context.db, project.id, id);
  if (!rule) throw new HttpError(404, 'Rule not found');
  const verb = method(request, ['GET', 'PUT', 'DELETE']);
  if (verb === 'GET') sendJson(request, response, 200, ruleToApi(rule, project));
  else if (verb === 'DELETE') {
    deleteRule(context.db, rule.id);
    sendJson(request, response, 202, undefined);
  } else {
    const body = await readJsonBody(request, context.limits);
    const input = validated(response, request, () => readRuleInput(body, rule.actions, maskSecret));
    if (input) sendJson(request, response, 200, ruleToApi(updateRule(context.db, rule.id, input), project));
  }
}

/** Sentry's test shape: `{ name?, actions, ruleId? }`; secrets left out come from `ruleId`'s stored actions. */
async function handleRuleActions(context: AlertApiContext, request: IncomingMessage, response: ServerResponse, project: ProjectRow): Promise<void> {
  method(request, ['POST']);
  const body = await readJsonBody(request, context.limits);
  if (!isRecord(body)) throw new HttpError(400, 'body must be a JSON object');
  const ruleId = Object.hasOwn(body, 'ruleId') ? String(body.ruleId) : undefined;
  const stored = ruleId === undefined ? undefined : findRule(context.db, project.id, ruleId);
  if (ruleId !== undefined && !stored) throw new HttpError(404, 'Rule not found');
  const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name.trim().slice(0, 256) : 'Test alert';
  const input = validated(response, request, () =>
    readRuleInput({ name, actionMatch: 'all', actions: Object.hasOwn(body, 'actions') ? body.actions : undefined }, stored?.actions ?? [], maskSecret),
  );
  if (!input) return;
  const actions: StoredAction[] = input.actions;
  const ids = await dispatcher(context).test(project, name, actions, stored?.id ?? null);
  sendJson(request, response, 200, { deliveries: listDeliveries(context.db, { ids, offset: 0, limit: 100 }).items });
}
