import type { Problem } from '../model';

/** When a rule's conditions hold: any one of them, all of them, or none. */
export type AlertMatch = 'any' | 'all' | 'none';

/** A trigger of an issue alert rule, in Sentry's condition ids. */
export type AlertConditionKind = 'first-seen' | 'regression' | 'event-frequency' | 'user-frequency';

/** The windows Sentry's frequency conditions accept. */
export const ALERT_INTERVALS = ['1m', '5m', '15m', '1h', '1d', '1w', '30d'] as const;

/** A frequency condition's window. */
export type AlertInterval = (typeof ALERT_INTERVALS)[number];

/** One trigger: a new issue, a regression, or more than `value` events or users in `interval`. */
export interface AlertCondition {
  kind: AlertConditionKind;
  /** Threshold of a frequency condition. */
  value?: number;
  /** Window of a frequency condition. */
  interval?: AlertInterval;
}

/** How a tag filter compares: equal, not equal, contains, does not contain, starts or ends with, is set, is not set. */
export type AlertFilterMatch = 'eq' | 'ne' | 'co' | 'nc' | 'sw' | 'ew' | 'is' | 'ns';

/** The event levels a level filter names, lowest first. */
export const ALERT_LEVELS = ['debug', 'info', 'warning', 'error', 'fatal'] as const;

/** An event level as a level filter names it. */
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** A filter on the event: its level, or one of its tags. */
export type AlertFilter =
  | { kind: 'level'; match: 'eq' | 'gte' | 'lte'; level: AlertLevel }
  | { kind: 'tag'; key: string; match: AlertFilterMatch; value: string };

/** The receivers an action posts to. */
export const ALERT_ACTION_KINDS = ['webhook', 'slack', 'msteams', 'discord', 'pagerduty', 'opsgenie'] as const;

/** A receiver an action posts to. */
export type AlertActionKind = (typeof ALERT_ACTION_KINDS)[number];

/** A setting of an action; a secret one is sent to the server and never read back in clear. */
export interface AlertActionField {
  name: string;
  /** Whether it holds a credential (a key, or a URL that works as one). */
  secret: boolean;
  /** Whether it must be an http(s) URL. */
  url: boolean;
  /** Whether the action needs it. */
  required: boolean;
}

/** One action of a rule. */
export interface AlertAction {
  kind: AlertActionKind;
  /** Settings in clear (URLs that are not credentials, team names). */
  settings: Record<string, string>;
  /** Names of secret settings the server holds; their values never reach the page. */
  secretsSet: string[];
  /** New secret values typed in the editor, sent on save and then dropped. */
  secrets?: Record<string, string>;
}

/** Whether a rule runs. */
export type AlertRuleStatus = 'active' | 'disabled';

/** An issue alert rule in Sentry's model. */
export interface AlertRule {
  id: string;
  name: string;
  /** How the conditions combine (Sentry's `actionMatch`). */
  conditionMatch: AlertMatch;
  /** How the filters combine (Sentry's `filterMatch`). */
  filterMatch: AlertMatch;
  conditions: AlertCondition[];
  filters: AlertFilter[];
  actions: AlertAction[];
  /** Fewest minutes between two alerts for one issue. */
  frequency: number;
  /** Environment the rule watches; all when absent. */
  environment?: string;
  /** Team or user that owns the rule, such as `team:1`. */
  owner?: string;
  dateCreated?: string;
  /** When the rule last fired, if the server says. */
  lastTriggered?: string;
  status: AlertRuleStatus;
}

/** One time a rule fired for an issue. */
export interface AlertRuleFiring {
  issueId?: string;
  issueTitle?: string;
  eventId?: string;
  count: number;
  lastTriggered?: string;
}

/** How a delivery attempt ended. */
export type DeliveryStatus = 'success' | 'failed' | 'pending';

/** One attempt to post an action's payload to its receiver. */
export interface AlertDelivery {
  id: string;
  ruleId?: string;
  ruleName?: string;
  action: AlertActionKind | 'unknown';
  /** The receiver's URL with credentials masked. */
  receiver: string;
  status: DeliveryStatus;
  statusCode?: number;
  durationMs?: number;
  /** 1 for the first try, then each retry. */
  attempt: number;
  /** Start of the receiver's answer. */
  responseExcerpt?: string;
  /** Why no answer came: a time-out or a connection error. */
  error?: string;
  /** Whether another attempt follows this one. */
  final: boolean;
  dateCreated?: string;
  /** Whether this was a test notification. */
  test: boolean;
}

/** A normalizer's answer. */
export interface AlertNormalized<T> {
  value: T;
  problems: Problem[];
}
