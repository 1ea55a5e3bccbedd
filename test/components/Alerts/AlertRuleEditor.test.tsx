import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AlertRuleEditor } from '../../../src/components';
import { type AlertRule, normalizeAlertRule } from '../../../src/core/alerts';
import { useAlertRule } from '../../../src/hooks/alerts';
import { sampleRules } from '../../../stories/Alerts/alertSamples';
import { createFakeAlertApi } from '../../../stories/Alerts/fakeAlertApi';

function Editor({ api, rule, onSaved }: { api: ReturnType<typeof createFakeAlertApi>; rule?: AlertRule; onSaved?: (rule: AlertRule) => void }) {
  const editor = useAlertRule({ client: api.client, organization: 'acme', project: 'web', rule, onSaved });
  return <AlertRuleEditor editor={editor} environments={['production', 'staging']} />;
}

describe('AlertRuleEditor', () => {
  it('ties each problem to its field as a sentence and focuses the first', async () => {
    const user = userEvent.setup();
    const api = createFakeAlertApi();
    render(<Editor api={api} />);
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByRole('textbox', { name: 'URL of action 1' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save rule' }));
    const name = screen.getByRole('textbox', { name: 'Rule name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Give the rule a name.');
    expect(name).toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'URL of action 1' })).toHaveAccessibleDescription('Enter a full http:// or https:// address.');
    expect(screen.getByLabelText('Signing secret of action 1')).toHaveAccessibleDescription('Fill this in: the receiver needs it.');
    expect(api.requests).toHaveLength(0);
  });

  it('builds a rule by keyboard and saves it in the API shape', async () => {
    const user = userEvent.setup();
    const api = createFakeAlertApi();
    const onSaved = vi.fn();
    render(<Editor api={api} onSaved={onSaved} />);
    await user.type(screen.getByRole('textbox', { name: 'Rule name' }), 'New errors');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Condition 1' }), 'An issue has more than N events');
    await user.clear(screen.getByRole('spinbutton', { name: 'Threshold of condition 1' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Threshold of condition 1' }), '50');
    await user.click(screen.getByRole('button', { name: 'Add a filter' }));
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Receiver of action 1' }), 'Slack');
    const secret = screen.getByLabelText('Webhook URL of action 1');
    expect(secret).toHaveAttribute('type', 'password');
    await user.type(secret, 'http://127.0.0.1:9/slack');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(api.requests.at(-1)?.body).toMatchObject({
      name: 'New errors',
      conditions: [{ id: 'sentry.rules.conditions.event_frequency.EventFrequencyCondition', value: 50, interval: '1h' }],
      filters: [{ id: 'sentry.rules.filters.level.LevelFilter', match: 'gte', level: '40' }],
      actions: [{ kind: 'slack', webhookUrl: 'http://127.0.0.1:9/slack' }],
    });
    // The saved secret is not shown back: the field is empty, its placeholder says it is kept.
    const after = screen.getByLabelText('Webhook URL of action 1');
    expect(after).toHaveValue('');
    expect(after).toHaveAttribute('placeholder', 'Saved. Leave empty to keep it.');
  });

  it('reverts changes and shows the test notification result', async () => {
    const user = userEvent.setup();
    const api = createFakeAlertApi({ rules: sampleRules });
    const rule = normalizeAlertRule(sampleRules[0]).value;
    render(<Editor api={api} rule={rule} />);
    expect(screen.queryByDisplayValue(/hooks\.slack\.com|shh/)).toBeNull();
    const name = screen.getByRole('textbox', { name: 'Rule name' });
    await user.type(name, ' (edited)');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revert changes' }));
    expect(name).toHaveValue('New errors to the team');
    await user.click(screen.getByRole('button', { name: 'Send a test notification' }));
    const status = screen.getAllByRole('status').find((element) => element.getAttribute('data-slot') === 'result');
    await waitFor(() => expect(within(status as HTMLElement).getByText(/Webhook: delivered \(HTTP 200\) in 42 ms/)).toBeInTheDocument());
    expect(within(status as HTMLElement).getByText(/Slack: delivered/)).toBeInTheDocument();
    expect(api.requests.at(-1)).toMatchObject({ method: 'POST', body: { ruleId: '1' } });
  });
});
