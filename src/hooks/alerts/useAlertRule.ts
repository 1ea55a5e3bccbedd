import { useCallback, useMemo, useRef, useState } from 'react';
import {
  type AlertDelivery,
  type AlertRule,
  type AlertRuleDraft,
  type AlertRuleProblem,
  emptyAlertRuleDraft,
  validateAlertRuleDraft,
} from '../../core/alerts';
import type { SentryClient } from '../../sentry';
import { serverFieldErrors } from './serverFieldErrors';

/** Options of `useAlertRule`. */
export interface UseAlertRuleOptions {
  /** The client that saves and tests; without one, save and test reject. */
  client: SentryClient | undefined;
  organization: string;
  project: string;
  /** The rule to edit, or the draft to start from (a duplicate). @default an empty new rule */
  rule?: AlertRule | AlertRuleDraft;
  /** Called with the rule as stored after a save. */
  onSaved?: (rule: AlertRule) => void;
}

/** A test notification's outcome. */
export type AlertTestState =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; deliveries: AlertDelivery[] }
  | { state: 'error'; error: Error };

/** The editor's state: the draft, what is wrong with it, and save, rollback and test. */
export interface UseAlertRuleResult {
  draft: AlertRuleDraft;
  /** Changes the draft: `update((draft) => ({ ...draft, name }))`. */
  update: (change: (draft: AlertRuleDraft) => AlertRuleDraft) => void;
  /** Whether the draft differs from the rule as last loaded or saved. */
  dirty: boolean;
  /** Every reason the draft cannot be saved. */
  problems: AlertRuleProblem[];
  /** Whether to show `problems`: after the first save attempt, so a new form is not all red. */
  showProblems: boolean;
  /** The server's own words about fields it refused, by field path. */
  serverErrors: Record<string, string>;
  /** Saves the draft; resolves `undefined` without a request when the draft has problems. */
  save: () => Promise<AlertRule | undefined>;
  saving: boolean;
  /** Why the last save failed. */
  saveError: Error | undefined;
  /** Puts the draft back as last loaded or saved. */
  rollback: () => void;
  /** Sends the draft's actions once with a sample issue. */
  sendTest: () => Promise<void>;
  test: AlertTestState;
}

const draftOf = (rule: AlertRule | AlertRuleDraft | undefined): AlertRuleDraft => {
  if (rule === undefined) return emptyAlertRuleDraft();
  const { dateCreated: _created, lastTriggered: _last, ...draft } = rule as AlertRule;
  return draft;
};

// Secrets typed in the draft count as changes; the key order is the draft's own.
const sameDraft = (a: AlertRuleDraft, b: AlertRuleDraft) => JSON.stringify(a) === JSON.stringify(b);

/** The editor state of one alert rule: a draft with validation, dirty tracking, save, rollback and test. */
export function useAlertRule({ client, organization, project, rule, onSaved }: UseAlertRuleOptions): UseAlertRuleResult {
  const [baseline, setBaseline] = useState<AlertRuleDraft>(() => draftOf(rule));
  const [draft, setDraft] = useState<AlertRuleDraft>(baseline);
  const sourceKey = JSON.stringify(draftOf(rule));
  const [source, setSource] = useState(sourceKey);
  const [showProblems, setShowProblems] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error | undefined>();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [test, setTest] = useState<AlertTestState>({ state: 'idle' });
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  // A different rule passed in starts over, as a key change would; the same rule in a new
  // object (a parent re-render) keeps the edits.
  if (sourceKey !== source) {
    const next = draftOf(rule);
    setSource(sourceKey);
    setBaseline(next);
    setDraft(next);
    setShowProblems(false);
    setSaveError(undefined);
    setServerErrors({});
    setTest({ state: 'idle' });
  }

  const problems = useMemo(() => validateAlertRuleDraft(draft), [draft]);
  const update = useCallback((change: (draft: AlertRuleDraft) => AlertRuleDraft) => setDraft((previous) => change(previous)), []);

  const save = async () => {
    setShowProblems(true);
    if (problems.length > 0) return undefined;
    if (client === undefined) throw new TypeError('useAlertRule: no client');
    setSaving(true);
    setSaveError(undefined);
    setServerErrors({});
    try {
      const params = { organization, project, rule: draft };
      const result = draft.id === undefined ? await client.createAlertRule(params) : await client.updateAlertRule({ ...params, ruleId: draft.id });
      const stored = draftOf(result.data);
      setBaseline(stored);
      setDraft(stored);
      setShowProblems(false);
      onSavedRef.current?.(result.data);
      return result.data;
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      setSaveError(failure);
      setServerErrors(serverFieldErrors(failure));
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  const sendTest = async () => {
    if (client === undefined) {
      setTest({ state: 'error', error: new TypeError('useAlertRule: no client') });
      return;
    }
    setTest({ state: 'sending' });
    try {
      const result = await client.sendTestNotification({ organization, project, actions: draft.actions, name: draft.name || undefined, ruleId: draft.id });
      setTest({ state: 'done', deliveries: result.deliveries });
    } catch (error) {
      setTest({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };

  const rollback = useCallback(() => {
    setDraft(baseline);
    setShowProblems(false);
    setServerErrors({});
  }, [baseline]);

  return { draft, update, dirty: !sameDraft(draft, baseline), problems, showProblems, serverErrors, save, saving, saveError, rollback, sendTest, test };
}
