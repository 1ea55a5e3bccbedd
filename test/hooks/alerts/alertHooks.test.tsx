import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAlertRule, useAlertRules, useDeliveryLog } from '../../../src/hooks/alerts';
import { sampleDeliveries, sampleRules } from '../../../stories/Alerts/alertSamples';
import { createFakeAlertApi } from '../../../stories/Alerts/fakeAlertApi';

const where = { organization: 'acme', project: 'web' };

describe('useAlertRules', () => {
  it('lists rules, deletes and duplicates, reloading after each', async () => {
    const api = createFakeAlertApi({ rules: sampleRules });
    const { result } = renderHook(() => useAlertRules({ client: api.client, ...where }));
    await waitFor(() => expect(result.current.rules).toHaveLength(2));
    const first = result.current.rules[0]!;
    await act(() => result.current.duplicateRule(first, 'Copy of it'));
    await waitFor(() => expect(result.current.rules.map((rule) => rule.name)).toContain('Copy of it'));
    const posted = api.requests.find((request) => request.method === 'POST')?.body as { actions: Record<string, unknown>[] };
    // The copy goes without the original's secrets.
    expect(JSON.stringify(posted)).not.toContain('shh');
    await act(() => result.current.deleteRule(first));
    await waitFor(() => expect(result.current.rules.map((rule) => rule.id)).not.toContain('1'));
  });

  it('reports a failing server as an error', async () => {
    const api = createFakeAlertApi({ failWith: 500 });
    const { result } = renderHook(() => useAlertRules({ client: api.client, ...where }));
    await waitFor(() => expect(result.current.error).toBeDefined());
    expect(result.current.rules).toEqual([]);
  });
});

describe('useAlertRule', () => {
  it('holds back a save until the draft is valid, then creates the rule', async () => {
    const api = createFakeAlertApi();
    const onSaved = vi.fn();
    const { result } = renderHook(() => useAlertRule({ client: api.client, ...where, onSaved }));
    expect(result.current.showProblems).toBe(false);
    await act(async () => expect(await result.current.save()).toBeUndefined());
    expect(result.current.showProblems).toBe(true);
    expect(result.current.problems.map((problem) => problem.field)).toEqual(['name', 'actions']);
    expect(api.requests).toHaveLength(0);
    act(() => result.current.update((draft) => ({ ...draft, name: 'Hook', actions: [{ kind: 'slack', settings: {}, secretsSet: [], secrets: { webhookUrl: 'http://127.0.0.1:9/s' } }] })));
    expect(result.current.dirty).toBe(true);
    await act(async () => {
      await result.current.save();
    });
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Hook', id: '100' }));
    expect(result.current.dirty).toBe(false);
    expect(result.current.draft.actions[0]).toEqual({ kind: 'slack', settings: {}, secretsSet: ['webhookUrl'] });
  });

  it('rolls back to the loaded rule and keeps edits when the parent passes the same rule again', async () => {
    const api = createFakeAlertApi({ rules: sampleRules });
    const rule = { id: '1', name: 'Rule', conditionMatch: 'any' as const, filterMatch: 'all' as const, conditions: [], filters: [], actions: [], frequency: 30, status: 'active' as const };
    const { result, rerender } = renderHook((props: { rule: typeof rule }) => useAlertRule({ client: api.client, ...where, rule: props.rule }), { initialProps: { rule } });
    act(() => result.current.update((draft) => ({ ...draft, name: 'Changed' })));
    rerender({ rule: { ...rule } });
    expect(result.current.draft.name).toBe('Changed');
    act(() => result.current.rollback());
    expect(result.current.draft.name).toBe('Rule');
    expect(result.current.dirty).toBe(false);
  });

  it("puts the server's field errors by field, and sends a test notification", async () => {
    const api = createFakeAlertApi({ testStatus: 500 });
    const { result } = renderHook(() => useAlertRule({ client: api.client, ...where }));
    act(() => result.current.update((draft) => ({ ...draft, name: 'x', actions: [{ kind: 'webhook', settings: { url: 'http://127.0.0.1:9/h' }, secretsSet: [], secrets: { secret: 's' } }] })));
    await act(() => result.current.sendTest());
    expect(result.current.test).toMatchObject({ state: 'done', deliveries: [{ action: 'webhook', status: 'failed', statusCode: 500 }] });
    const refusing = createFakeAlertApi({ refuse: { 'actions[0].webhookUrl': ['The URL must not point at a private address.'] } });
    const second = renderHook(() => useAlertRule({ client: refusing.client, ...where }));
    act(() => second.result.current.update((draft) => ({ ...draft, name: 'y', actions: [{ kind: 'slack', settings: {}, secretsSet: ['webhookUrl'] }] })));
    await act(async () => {
      expect(await second.result.current.save()).toBeUndefined();
    });
    expect(second.result.current.saveError).toBeDefined();
    expect(second.result.current.serverErrors).toEqual({ 'actions.0.webhookUrl': 'The URL must not point at a private address.' });
    expect(second.result.current.dirty).toBe(true);
  });
});

describe('useDeliveryLog', () => {
  it('filters by rule and status and polls while visible', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const api = createFakeAlertApi({ deliveries: sampleDeliveries });
      const { result } = renderHook(() => useDeliveryLog({ client: api.client, ...where, ruleId: '1', status: 'failed', pollInterval: 1000 }));
      await waitFor(() => expect(result.current.deliveries.map((delivery) => delivery.id)).toEqual(['30']));
      const before = api.requests.length;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2100);
      });
      expect(api.requests.length).toBeGreaterThan(before);
      expect(api.requests.at(-1)?.path).toBe('/api/0/projects/acme/web/alert-deliveries/?rule=1&status=failed');
    } finally {
      vi.useRealTimers();
    }
  });
});
