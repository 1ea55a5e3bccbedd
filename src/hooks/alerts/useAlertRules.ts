import { useCallback, useState } from 'react';
import { type AlertRule, duplicateAlertRule } from '../../core/alerts';
import type { Problem } from '../../core/model';
import type { SentryClient, SentryPage } from '../../sentry';
import { useSentryRequest } from '../sentry/useSentryRequest';

/** Options of `useAlertRules`: a client and the project whose rules to list. */
export interface UseAlertRulesOptions {
  /** The client to call; no request runs without one. Keep it stable. */
  client: SentryClient | undefined;
  organization: string;
  project: string;
}

/** What `useAlertRules` gives: the rules for `AlertRuleList`, their state and row actions. */
export interface UseAlertRulesResult {
  rules: AlertRule[];
  problems: Problem[];
  error: Error | undefined;
  loading: boolean;
  refetch: () => void;
  /** Ids of rules a delete or duplicate is under way for. */
  busy: ReadonlySet<string>;
  /** Deletes a rule, then reloads the list; rejects with the API's error. */
  deleteRule: (rule: AlertRule) => Promise<void>;
  /**
   * Saves a copy named `name`, then reloads. Secrets are not copied (they stay with the
   * original), so a server refuses a copy whose actions need one: open `duplicateAlertRule(rule)`
   * in the editor instead to add them.
   */
  duplicateRule: (rule: AlertRule, name: string) => Promise<AlertRule>;
}

const NO_RULES: AlertRule[] = [];
const NO_PROBLEMS: Problem[] = [];

/** A project's issue alert rules, with delete and duplicate that reload the list. */
export function useAlertRules({ client, organization, project }: UseAlertRulesOptions): UseAlertRulesResult {
  const key = organization === '' || project === '' ? undefined : JSON.stringify([organization, project]);
  const { result, error, loading, refetch } = useSentryRequest<SentryPage<AlertRule>>(
    client,
    key,
    (signal) => {
      if (client === undefined) return Promise.reject(new TypeError('useAlertRules: no client'));
      return client.listAlertRules({ organization, project }, { signal });
    },
    true,
  );
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const track = useCallback(async <T>(id: string, work: () => Promise<T>): Promise<T> => {
    setBusy((previous) => new Set(previous).add(id));
    try {
      return await work();
    } finally {
      setBusy((previous) => {
        const next = new Set(previous);
        next.delete(id);
        return next;
      });
    }
  }, []);

  const deleteRule = useCallback(
    async (rule: AlertRule) => {
      if (client === undefined) throw new TypeError('useAlertRules: no client');
      await track(rule.id, () => client.deleteAlertRule({ organization, project, ruleId: rule.id }));
      refetch();
    },
    [client, organization, project, refetch, track],
  );

  const duplicateRule = useCallback(
    async (rule: AlertRule, name: string) => {
      if (client === undefined) throw new TypeError('useAlertRules: no client');
      const created = await track(rule.id, () => client.createAlertRule({ organization, project, rule: duplicateAlertRule(rule, name) }));
      refetch();
      return created.data;
    },
    [client, organization, project, refetch, track],
  );

  return { rules: result?.data ?? NO_RULES, problems: result?.problems ?? NO_PROBLEMS, error, loading, refetch, busy, deleteRule, duplicateRule };
}
