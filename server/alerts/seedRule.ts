import type { ServerDatabase } from '../db';
import { CONDITION, FILTER } from './ruleIds';
import { readRuleInput } from './ruleInput';
import { insertRule, maskSecret } from './ruleStore';

/** Where the portal's built-in receiver listens, and the secret its webhook page verifies with. */
export interface ExampleReceiver {
  /** Such as `http://127.0.0.1:5173`; the rule posts to `<baseUrl>/receiver/<kind>`. */
  baseUrl: string;
  /** @default "faultline-example-secret" */
  webhookSecret?: string;
}

/**
 * The seed's example rule: new error issues to the portal's receiver page, as a signed webhook
 * and a Slack message, so a fresh portal shows alerts end to end. A receiver that is not running
 * only makes failed deliveries in the log.
 */
export function seedExampleRule(db: ServerDatabase, projectId: number, receiver: ExampleReceiver): void {
  const base = receiver.baseUrl.replace(/\/+$/, '');
  const input = readRuleInput(
    {
      name: 'Example: new errors to the portal receiver',
      actionMatch: 'all',
      conditions: [{ id: CONDITION.firstSeen }],
      filters: [{ id: FILTER.level, match: 'gte', level: '40' }],
      actions: [
        { kind: 'webhook', url: `${base}/receiver/webhook`, secret: receiver.webhookSecret ?? 'faultline-example-secret' },
        { kind: 'slack', webhookUrl: `${base}/receiver/slack` },
      ],
      frequency: 30,
    },
    [],
    maskSecret,
  );
  insertRule(db, projectId, input, Date.now());
}
