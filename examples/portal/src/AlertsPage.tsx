import { AlertRuleEditor, AlertRuleList, DeliveryLog } from 'faultline';
import { useAlertRule, useAlertRules, useDeliveryLog } from 'faultline/hooks';
import { type AlertRule, type AlertRuleDraft, duplicateAlertRule, emptyAlertRuleDraft } from 'faultline/schema';
import { useState } from 'react';
import { ORGANIZATION, sentryClient } from './config';
import { useEnvironments } from './useEnvironments';

// The local server's seeded projects; against a real Sentry, type another slug.
const PROJECTS = ['web-frontend', 'api-backend'];
// A retry's later attempts arrive within seconds (server/alerts/README.md): poll that often.
const LOG_POLL_MS = 2000;

/** Where each receiver kind of the portal's built-in receiver listens. */
function receiverUrl(kind: string): string {
  return `http://127.0.0.1:${window.location.port}/receiver/${kind}`;
}

/** A new rule that notifies the built-in webhook receiver, so a first rule works as it is. */
function starterDraft(): AlertRuleDraft {
  return {
    ...emptyAlertRuleDraft(),
    filters: [{ kind: 'level', match: 'gte', level: 'error' }],
    actions: [{ kind: 'webhook', settings: { url: receiverUrl('webhook') }, secretsSet: [], secrets: { secret: 'faultline-local-receiver' } }],
  };
}

function Editor({ project, rule, onDone }: { project: string; rule: AlertRule | AlertRuleDraft; onDone: () => void }) {
  const environments = useEnvironments();
  const editor = useAlertRule({ client: sentryClient, organization: ORGANIZATION, project, rule, onSaved: onDone });
  return (
    <section aria-labelledby="rule-editor-title">
      <h2 id="rule-editor-title">{rule.id === undefined ? 'New alert rule' : 'Edit alert rule'}</h2>
      <AlertRuleEditor editor={editor} environments={environments} onCancel={onDone} />
    </section>
  );
}

/** Alert rules of a project: the list, an editor for one, and the delivery log, against the API. */
export function AlertsPage() {
  const [project, setProject] = useState(PROJECTS[0] as string);
  const [editing, setEditing] = useState<AlertRule | AlertRuleDraft | undefined>();
  const rules = useAlertRules({ client: sentryClient, organization: ORGANIZATION, project });
  const log = useDeliveryLog({ client: sentryClient, organization: ORGANIZATION, project, pollInterval: LOG_POLL_MS });

  const done = () => {
    setEditing(undefined);
    rules.refetch();
    log.refresh();
  };

  return (
    <div className="portal-alerts">
      <div className="portal-page-header">
        <h1>Alerts</h1>
        <label className="portal-filters">
          Project
          <select value={project} onChange={(event) => setProject(event.target.value)}>
            {PROJECTS.map((slug) => (
              <option key={slug} value={slug}>
                {slug}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="fl-button" onClick={() => setEditing(starterDraft())}>
          New alert rule
        </button>
      </div>
      <p className="portal-muted">
        The built-in receiver takes every action at <code>{receiverUrl('')}&lt;kind&gt;</code> (webhook, slack, msteams, discord, pagerduty,
        opsgenie; webhook signing secret <code>faultline-local-receiver</code>) and shows what arrived on the <a href="#/receiver">Receiver</a> page.
      </p>
      {editing !== undefined && <Editor key={editing.id ?? 'new'} project={project} rule={editing} onDone={done} />}
      <AlertRuleList
        rules={rules.rules}
        loading={rules.loading}
        error={rules.error}
        onRetry={rules.refetch}
        busy={rules.busy}
        onEdit={(rule) => setEditing(rule)}
        onDuplicate={(rule, name) => setEditing(duplicateAlertRule(rule, name))}
        onDelete={rules.deleteRule}
      />
      <section aria-labelledby="delivery-log-title">
        <h2 id="delivery-log-title">Delivery log</h2>
        <DeliveryLog deliveries={log.deliveries} rules={rules.rules} loading={log.loading} error={log.error} onRefresh={log.refresh} />
      </section>
    </div>
  );
}
