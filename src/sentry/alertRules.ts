import {
  type AlertDelivery,
  normalizeAlertRule,
  normalizeAlertRuleList,
  normalizeDeliveryList,
  normalizeRuleHistory,
  toSentryRulePayload,
} from '../core/alerts';
import type { SentryAlertRuleCalls } from './alertRuleTypes';
import { pageOf, resultOf, segment } from './requestParts';
import type { SentryRequest, SentryResponse } from './transport';

const projectPath = (params: { organization: string; project: string }) =>
  `/api/0/projects/${segment('organization', params.organization)}/${segment('project', params.project)}`;

const rulePath = (params: { organization: string; project: string; ruleId: string }) => `${projectPath(params)}/rules/${segment('ruleId', params.ruleId)}/`;

function deliveriesOf(body: unknown): AlertDelivery[] {
  if (typeof body !== 'object' || body === null) return [];
  const list = Array.isArray(body) ? body : (body as { deliveries?: unknown }).deliveries;
  return normalizeDeliveryList(list ?? []).value;
}

/**
 * The alert rule calls over a client's transport: Sentry's project rules API
 * (`/api/0/projects/{org}/{project}/rules/`), its rule history and `rule-actions` test
 * endpoint, and the local server's delivery log. `createSentryClient` spreads them in.
 */
export function alertRuleCalls(send: (request: SentryRequest) => Promise<SentryResponse>): SentryAlertRuleCalls {
  return {
    async listAlertRules(params, call) {
      const response = await send({ method: 'GET', path: `${projectPath(params)}/rules/`, signal: call?.signal });
      return pageOf(response, normalizeAlertRuleList(response.body));
    },
    async getAlertRule(params, call) {
      const response = await send({ method: 'GET', path: rulePath(params), signal: call?.signal });
      return resultOf(response, normalizeAlertRule(response.body));
    },
    async createAlertRule(params, call) {
      const response = await send({ method: 'POST', path: `${projectPath(params)}/rules/`, body: toSentryRulePayload(params.rule), signal: call?.signal });
      return resultOf(response, normalizeAlertRule(response.body));
    },
    async updateAlertRule(params, call) {
      const response = await send({ method: 'PUT', path: rulePath(params), body: toSentryRulePayload(params.rule), signal: call?.signal });
      return resultOf(response, normalizeAlertRule(response.body));
    },
    async deleteAlertRule(params, call) {
      const response = await send({ method: 'DELETE', path: rulePath(params), signal: call?.signal });
      return { url: response.url, status: response.status };
    },
    async getAlertRuleHistory(params, call) {
      const response = await send({
        method: 'GET',
        path: `${rulePath(params)}group-history/`,
        query: { statsPeriod: params.statsPeriod, cursor: params.cursor, per_page: params.limit },
        signal: call?.signal,
      });
      return pageOf(response, normalizeRuleHistory(response.body));
    },
    async listAlertDeliveries(params, call) {
      const response = await send({
        method: 'GET',
        path: `${projectPath(params)}/alert-deliveries/`,
        query: { rule: params.ruleId, status: params.status, cursor: params.cursor, per_page: params.limit },
        signal: call?.signal,
      });
      return pageOf(response, normalizeDeliveryList(response.body));
    },
    async sendTestNotification(params, call) {
      const { actions } = toSentryRulePayload({
        name: params.name ?? 'Test alert',
        conditionMatch: 'any',
        filterMatch: 'all',
        conditions: [],
        filters: [],
        actions: params.actions,
        frequency: 30,
        status: 'active',
      });
      const response = await send({ method: 'POST', path: `${projectPath(params)}/rule-actions/`, body: { name: params.name ?? 'Test alert', actions, ...(params.ruleId === undefined ? {} : { ruleId: params.ruleId }) }, signal: call?.signal });
      return { deliveries: deliveriesOf(response.body), raw: response.body, url: response.url, status: response.status };
    },
  };
}
