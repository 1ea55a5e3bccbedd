import type { AlertAction, AlertDelivery, AlertRule, AlertRuleDraft, AlertRuleFiring, DeliveryStatus } from '../core/alerts';
import type { SentryCallOptions, SentryPage, SentryResult } from './types';

/** A project whose alert rules a call reads or changes. */
export interface ProjectRef {
  organization: string;
  project: string;
}

/** One rule of a project. */
export interface AlertRuleRef extends ProjectRef {
  ruleId: string;
}

/** A rule to create. */
export interface CreateAlertRuleParams extends ProjectRef {
  rule: AlertRuleDraft;
}

/** A rule to overwrite (Sentry's `PUT` replaces the whole rule). */
export interface UpdateAlertRuleParams extends AlertRuleRef {
  rule: AlertRuleDraft;
}

/** Which page of a rule's history. */
export interface AlertRuleHistoryParams extends AlertRuleRef {
  /** Relative window such as `24h` or `14d`. @default the server's (Sentry: 14d) */
  statsPeriod?: string;
  cursor?: string;
  limit?: number;
}

/** Which page of the delivery log. */
export interface ListAlertDeliveriesParams extends ProjectRef {
  /** Only this rule's deliveries. @default every rule */
  ruleId?: string;
  /** Only attempts that ended so. @default every status */
  status?: DeliveryStatus;
  cursor?: string;
  limit?: number;
}

/** Actions to try once with a sample issue, before or without saving the rule. */
export interface SendTestNotificationParams extends ProjectRef {
  /** The actions to try, secrets typed in the editor included. */
  actions: AlertAction[];
  /** The rule's name, shown in the sample notification. @default "Test alert" */
  name?: string;
  /** The saved rule these actions belong to: secrets left blank are taken from it. @default none */
  ruleId?: string;
}

/** What a test notification did: each attempt, when the server reports them. */
export interface TestNotificationResult {
  deliveries: AlertDelivery[];
  raw: unknown;
  url: string;
  status: number;
}

/** The alert rule calls of `SentryClient`. */
export interface SentryAlertRuleCalls {
  /** A project's issue alert rules. */
  listAlertRules(params: ProjectRef, options?: SentryCallOptions): Promise<SentryPage<AlertRule>>;
  /** One rule. */
  getAlertRule(params: AlertRuleRef, options?: SentryCallOptions): Promise<SentryResult<AlertRule>>;
  /** Creates a rule; answers with it as stored. */
  createAlertRule(params: CreateAlertRuleParams, options?: SentryCallOptions): Promise<SentryResult<AlertRule>>;
  /** Overwrites a rule; secrets left blank keep their stored values. */
  updateAlertRule(params: UpdateAlertRuleParams, options?: SentryCallOptions): Promise<SentryResult<AlertRule>>;
  /** Deletes a rule. */
  deleteAlertRule(params: AlertRuleRef, options?: SentryCallOptions): Promise<{ url: string; status: number }>;
  /** The issues a rule fired for (Sentry's `group-history`). */
  getAlertRuleHistory(params: AlertRuleHistoryParams, options?: SentryCallOptions): Promise<SentryPage<AlertRuleFiring>>;
  /** The delivery log: every attempt to post to a receiver, newest first. */
  listAlertDeliveries(params: ListAlertDeliveriesParams, options?: SentryCallOptions): Promise<SentryPage<AlertDelivery>>;
  /** Sends the actions once with a sample issue (Sentry's `rule-actions`). */
  sendTestNotification(params: SendTestNotificationParams, options?: SentryCallOptions): Promise<TestNotificationResult>;
}
