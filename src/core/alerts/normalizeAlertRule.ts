import {
  ACTION_FIELDS,
  ACTION_IDS,
  CONDITION_IDS,
  FILTER_IDS,
  LEVEL_NUMBERS,
} from './alertSentryIds';
import {
  ALERT_ACTION_KINDS,
  ALERT_INTERVALS,
  ALERT_LEVELS,
  type AlertAction,
  type AlertActionKind,
  type AlertCondition,
  type AlertFilter,
  type AlertFilterMatch,
  type AlertInterval,
  type AlertLevel,
  type AlertMatch,
  type AlertNormalized,
  type AlertRule,
} from './alertModel';
import { problemList, readKey, readList, readNumber, readText } from './readSafe';

type Add = ReturnType<typeof problemList>['add'];

const MATCHES: readonly AlertMatch[] = ['any', 'all', 'none'];
const FILTER_MATCHES: readonly AlertFilterMatch[] = ['eq', 'ne', 'co', 'nc', 'sw', 'ew', 'is', 'ns'];
const conditionKinds = Object.fromEntries(Object.entries(CONDITION_IDS).map(([kind, id]) => [id, kind])) as Record<string, AlertCondition['kind']>;
const levelsByNumber = Object.fromEntries(Object.entries(LEVEL_NUMBERS).map(([level, number]) => [number, level])) as Record<string, AlertLevel>;

function readMatch(value: unknown, path: string, add: Add): AlertMatch {
  if (MATCHES.includes(value as AlertMatch)) return value as AlertMatch;
  if (value !== undefined) add(path, '"any", "all" or "none"', value, 'repaired');
  return 'all';
}

function readCondition(raw: unknown, path: string, add: Add): AlertCondition | undefined {
  const id = readText(readKey(raw, 'id'));
  const kind = id === undefined ? undefined : conditionKinds[id];
  if (kind === undefined) {
    add(path, 'a known condition id', id ?? raw);
    return undefined;
  }
  if (kind === 'first-seen' || kind === 'regression') return { kind };
  const value = readNumber(readKey(raw, 'value'));
  const interval = readText(readKey(raw, 'interval'));
  if (value === undefined || value < 0 || !ALERT_INTERVALS.includes(interval as AlertInterval)) {
    add(path, 'a threshold and a window', raw);
    return undefined;
  }
  return { kind, value, interval: interval as AlertInterval };
}

function readFilter(raw: unknown, path: string, add: Add): AlertFilter | undefined {
  const id = readText(readKey(raw, 'id'));
  const match = readText(readKey(raw, 'match')) ?? 'eq';
  if (id === FILTER_IDS.level) {
    const level = readText(readKey(raw, 'level'));
    const name = level === undefined ? undefined : (levelsByNumber[level] ?? (ALERT_LEVELS.includes(level as AlertLevel) ? (level as AlertLevel) : undefined));
    if (name !== undefined && (match === 'eq' || match === 'gte' || match === 'lte')) return { kind: 'level', match, level: name };
  } else if (id === FILTER_IDS.tag) {
    const key = readText(readKey(raw, 'key'));
    const value = readKey(raw, 'value') ?? '';
    if (key !== undefined && typeof value === 'string' && FILTER_MATCHES.includes(match as AlertFilterMatch)) {
      return { kind: 'tag', key, match: match as AlertFilterMatch, value };
    }
  }
  add(path, 'a level or tag filter', raw);
  return undefined;
}

/** The receiver an action posts to, from its id or an explicit `kind`/`service`. */
export function actionKindOf(raw: unknown): AlertActionKind | undefined {
  const named = readText(readKey(raw, 'kind')) ?? readText(readKey(raw, 'service'));
  if (named !== undefined && ALERT_ACTION_KINDS.includes(named as AlertActionKind)) return named as AlertActionKind;
  if (named === 'webhooks') return 'webhook';
  const id = readText(readKey(raw, 'id'));
  if (id === undefined) return undefined;
  const known = ALERT_ACTION_KINDS.find((kind) => ACTION_IDS[kind] === id);
  if (known !== undefined) return known;
  return ALERT_ACTION_KINDS.find((kind) => id.toLowerCase().includes(kind));
}

function readAction(raw: unknown, path: string, add: Add): AlertAction | undefined {
  const kind = actionKindOf(raw);
  if (kind === undefined) {
    add(path, 'a webhook, Slack, Teams, Discord, PagerDuty or Opsgenie action', readKey(raw, 'id') ?? raw);
    return undefined;
  }
  const settings: Record<string, string> = {};
  const secretsSet: string[] = [];
  for (const field of ACTION_FIELDS[kind]) {
    const value = readKey(raw, field.name);
    // A secret is only ever noted as present: its value stays out of the model, so no
    // component can render what the server (wrongly) echoed back.
    if (field.secret) {
      if ((typeof value === 'string' && value !== '') || readKey(raw, `${field.name}Set`) === true) secretsSet.push(field.name);
    } else if (typeof value === 'string' && value !== '') settings[field.name] = value;
  }
  return { kind, settings, secretsSet };
}

function readItems<T>(raw: unknown, key: string, read: (item: unknown, path: string, add: Add) => T | undefined, add: Add): T[] {
  const value = readKey(raw, key);
  if (value !== undefined && value !== null && !Array.isArray(value)) add(key, 'array', value);
  return readList(value).flatMap((item, index) => read(item, `${key}[${index}]`, add) ?? []);
}

/** A Sentry project rule (`/rules/` answer item) in the kit's model. Never throws. */
export function normalizeAlertRule(raw: unknown): AlertNormalized<AlertRule> {
  const { problems, add } = problemList();
  const id = readText(readKey(raw, 'id'));
  if (id === undefined) add('id', 'string', readKey(raw, 'id'));
  const name = readText(readKey(raw, 'name'));
  if (name === undefined) add('name', 'string', readKey(raw, 'name'), 'repaired');
  const frequency = readNumber(readKey(raw, 'frequency'));
  const status = readText(readKey(raw, 'status'));
  const environment = readText(readKey(raw, 'environment'));
  const owner = readText(readKey(raw, 'owner'));
  const dateCreated = readText(readKey(raw, 'dateCreated'));
  const lastTriggered = readText(readKey(raw, 'lastTriggered'));
  const value: AlertRule = {
    id: id ?? '',
    name: name ?? 'Unnamed rule',
    conditionMatch: readMatch(readKey(raw, 'actionMatch'), 'actionMatch', add),
    filterMatch: readMatch(readKey(raw, 'filterMatch'), 'filterMatch', add),
    conditions: readItems(raw, 'conditions', readCondition, add),
    filters: readItems(raw, 'filters', readFilter, add),
    actions: readItems(raw, 'actions', readAction, add),
    frequency: frequency !== undefined && frequency >= 0 ? frequency : 30,
    status: status === 'disabled' || status === 'inactive' ? 'disabled' : 'active',
    ...(environment === undefined ? {} : { environment }),
    ...(owner === undefined ? {} : { owner }),
    ...(dateCreated === undefined ? {} : { dateCreated }),
    ...(lastTriggered === undefined ? {} : { lastTriggered }),
  };
  return { value, problems };
}

/** A list of rules; an item without an id is dropped, the rest kept. Never throws. */
export function normalizeAlertRuleList(raw: unknown): AlertNormalized<AlertRule[]> {
  const { problems, add } = problemList();
  if (!Array.isArray(raw)) add('', 'array', raw);
  const value: AlertRule[] = [];
  readList(raw).forEach((item, index) => {
    const rule = normalizeAlertRule(item);
    for (const problem of rule.problems) {
      if (problems.length < 100) problems.push({ ...problem, path: `[${index}]${problem.path === '' ? '' : `.${problem.path}`}` });
    }
    if (rule.value.id !== '') value.push(rule.value);
  });
  return { value, problems };
}
