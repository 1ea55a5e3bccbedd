import { act, renderHook } from '@testing-library/react';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { type ContextPanel, type ContextRow, normalizeEvent } from '../../src/core';
import { useContexts } from '../../src/hooks';
import { mobileEvent, scrubbedEvent } from '../../stories/ContextPanels/contextEvents';
import { FIXTURES, readJson } from '../core/normalize/loadFixtures';

const fixture = (name: string) => readJson(join(FIXTURES, 'events', name));
const FORMAT = { locale: 'en-US', timeZone: 'UTC' } as const;

function rowOf(panels: readonly ContextPanel[], key: string): ContextRow {
  const row = panels.flatMap((panel) => panel.rows).find((candidate) => candidate.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
}

describe('useContexts over real fixtures', () => {
  it('orders the known contexts of bugsink/contexts.json with labelled rows and selects the first', () => {
    const { result } = renderHook(() => useContexts(fixture('bugsink/contexts.json')));
    expect(result.current.panels.map((panel) => panel.title)).toEqual(['Device', 'Browser', 'Operating System', 'Runtime', 'Trace Details']);
    expect(result.current.selected).toBe('device');
    expect(rowOf(result.current.panels, 'device.arch')).toMatchObject({ label: 'Architecture', display: 'AMD' });
    expect(rowOf(result.current.panels, 'runtime.rawDescription')).toMatchObject({ label: 'Raw Description', display: 'Python 3.9.1' });
    expect(result.current.problems).toEqual([]);
  });

  it('keeps unknown contexts and unknown fields of the Go event, and leaves out its empty user', () => {
    const { result } = renderHook(() => useContexts(fixture('bugsink/issue-16-go.json')));
    const keys = result.current.panels.map((panel) => panel.key);
    expect(keys).toEqual(['device', 'os', 'runtime', 'trace', 'tags', 'configuration', 'sdk']);
    expect(rowOf(result.current.panels, 'configuration.config_file').display).toBe('/test/file.json');
    expect(rowOf(result.current.panels, 'runtime.go_maxprocs').display).toBe('8');
    expect(rowOf(result.current.panels, 'device.num_cpu')).toMatchObject({ label: 'num_cpu', display: '8' });
  });

  it('groups the request of glitchtip/dotnet_error.json into headers and env, and titles server contexts', () => {
    const { result } = renderHook(() => useContexts(fixture('glitchtip/dotnet_error.json')));
    const request = result.current.panels.find((panel) => panel.key === 'request');
    expect(request?.rows.filter((row) => row.group === 'headers').map((row) => row.label)).toContain('User-Agent');
    expect(rowOf(result.current.panels, 'request.env.SERVER_NAME')).toMatchObject({ group: 'env', display: 'pop-os' });
    expect(result.current.panels.map((panel) => panel.title)).toEqual(
      expect.arrayContaining(['Server Runtime', 'Server Operating System', 'HTTP Request', 'Tags']),
    );
  });

  it('reads headers sent as lists in bugsink/headers_as_lists.json and reports their problems', () => {
    const { result } = renderHook(() => useContexts(fixture('bugsink/headers_as_lists.json')));
    expect(rowOf(result.current.panels, 'request.headers.Host').display).toBe('localhost:5000');
    expect(result.current.problems.length).toBeGreaterThan(0);
    expect(result.current.problems.every((problem) => problem.path.startsWith('request.headers'))).toBe(true);
  });

  it('formats the rich mobile device: bytes, boot time, Yes / No, battery, time zone, architecture', () => {
    const { result } = renderHook(() => useContexts(mobileEvent, FORMAT));
    const { panels } = result.current;
    expect(rowOf(panels, 'device.memorySize')).toMatchObject({ label: 'Memory', display: '1.5 GiB free of 23.5 GiB' });
    expect(rowOf(panels, 'device.bootTime').display?.replace(/\u202f/g, ' ')).toBe('Nov 25, 2026, 10:00:00 AM (2 hours before the event)');
    expect(rowOf(panels, 'device.charging').display).toBe('No');
    expect(rowOf(panels, 'device.online').display).toBe('Yes');
    expect(rowOf(panels, 'device.batteryLevel').display).toBe('48%');
    expect(rowOf(panels, 'device.timezone').display).toBe('Europe/Berlin (UTC+01:00)');
    expect(rowOf(panels, 'device.arch')).toMatchObject({ label: 'Architecture', display: 'arm64e' });
    expect(rowOf(panels, 'gpu.memorySize').display).toBe('4.0 GiB');
  });

  it('gives the same panels for the canonical model as for the raw event', () => {
    const raw = renderHook(() => useContexts(mobileEvent, FORMAT)).result.current.panels;
    const canonical = renderHook(() => useContexts(normalizeEvent(mobileEvent).value, FORMAT)).result.current.panels;
    expect(canonical).toEqual(raw);
  });
});

describe('useContexts options', () => {
  it('picks and orders panels, renames labels and applies custom formatters', () => {
    const formatters = { 'device.batteryLevel': (value: unknown) => `${String(value)} percent charged` };
    const { result } = renderHook(() =>
      useContexts(mobileEvent, { panels: ['os', 'device', 'missing'], labels: { 'os.name': 'System' }, formatters }),
    );
    expect(result.current.panels.map((panel) => panel.key)).toEqual(['os', 'device']);
    expect(rowOf(result.current.panels, 'os.name').label).toBe('System');
    expect(rowOf(result.current.panels, 'device.batteryLevel').display).toBe('48 percent charged');
  });

  it('leaves out excluded panels', () => {
    const { result } = renderHook(() => useContexts(mobileEvent, { exclude: ['tags', 'user'] }));
    const keys = result.current.panels.map((panel) => panel.key);
    expect(keys).toContain('device');
    expect(keys).not.toContain('tags');
    expect(keys).not.toContain('user');
  });

  it('keeps the selected panel uncontrolled, starting from defaultValue', () => {
    const { result } = renderHook(() => useContexts(mobileEvent, { defaultValue: 'app' }));
    expect(result.current.selected).toBe('app');
    act(() => result.current.select('gpu'));
    expect(result.current.selected).toBe('gpu');
  });

  it('follows a controlled selection and reports changes without taking them over', () => {
    const onValueChange = vi.fn();
    const { result, rerender } = renderHook(({ value }) => useContexts(mobileEvent, { value, onValueChange }), {
      initialProps: { value: 'os' },
    });
    act(() => result.current.select('culture'));
    expect(onValueChange).toHaveBeenCalledWith('culture');
    expect(result.current.selected).toBe('os');
    rerender({ value: 'culture' });
    expect(result.current.selected).toBe('culture');
    rerender({ value: 'no-such-panel' });
    expect(result.current.selected).toBe('device');
  });
});

describe('useContexts secrets and scrubbed values', () => {
  it('flags [Filtered] and _meta-annotated values as scrubbed, with the reason', () => {
    const { result } = renderHook(() => useContexts(scrubbedEvent));
    const { panels, getRowView } = result.current;
    expect(getRowView(rowOf(panels, 'request.headers.X-Forwarded-For'))).toMatchObject({
      scrubbed: true,
      scrubbedReason: 'replaced by rule @ip:replace',
    });
    expect(getRowView(rowOf(panels, 'request.query.password'))).toMatchObject({ scrubbed: true, display: '[Filtered]' });
    expect(getRowView(rowOf(panels, 'user.ipAddress'))).toMatchObject({ scrubbed: true, scrubbedReason: 'removed by rule @ip' });
    expect(getRowView(rowOf(panels, 'request.headers.Content-Type')).scrubbed).toBe(false);
  });

  it('masks secrets until one is revealed, one value at a time', () => {
    const onRevealedChange = vi.fn();
    const { result } = renderHook(() => useContexts(scrubbedEvent, { onRevealedChange }));
    const auth = rowOf(result.current.panels, 'request.headers.Authorization');
    const session = rowOf(result.current.panels, 'request.cookies.sessionid');
    expect(result.current.getRowView(auth)).toMatchObject({ masked: true, revealed: false, revealable: true, display: '••••••' });
    expect(result.current.getRevealProps(auth)).toMatchObject({ 'aria-label': 'Reveal Authorization', 'aria-pressed': false });

    act(() => result.current.getRevealProps(auth).onClick());
    expect(result.current.getRowView(auth)).toMatchObject({ revealed: true, display: 'Bearer sk_live_51Hx9' });
    expect(result.current.getRowView(session)).toMatchObject({ revealed: false, display: '••••••' });
    expect(result.current.getRevealProps(auth)).toMatchObject({ 'aria-label': 'Hide Authorization', 'aria-pressed': true });
    expect([...(onRevealedChange.mock.lastCall?.[0] ?? [])]).toEqual(['request.headers.Authorization']);

    act(() => result.current.toggleReveal(auth));
    expect(result.current.getRowView(auth).revealed).toBe(false);
  });

  it('hides revealed secrets again when another event comes in', () => {
    const onRevealedChange = vi.fn();
    const { result, rerender } = renderHook(({ event }) => useContexts(event, { onRevealedChange }), { initialProps: { event: scrubbedEvent } });
    act(() => result.current.toggleReveal(rowOf(result.current.panels, 'request.headers.Authorization')));
    rerender({ event: { ...scrubbedEvent, event_id: 'b'.repeat(32) } });
    expect(result.current.revealed.size).toBe(0);
    expect(result.current.getRowView(rowOf(result.current.panels, 'request.headers.Authorization')).display).toBe('••••••');
    expect(onRevealedChange).toHaveBeenLastCalledWith(new Set());
  });

  it('takes the revealed set controlled', () => {
    const revealed = new Set(['request.cookies.sessionid']);
    const { result } = renderHook(() => useContexts(scrubbedEvent, { revealed }));
    expect(result.current.getRowView(rowOf(result.current.panels, 'request.cookies.sessionid')).display).toBe('d2f1c0a9');
    act(() => result.current.toggleReveal(rowOf(result.current.panels, 'request.cookies.sessionid')));
    expect(result.current.getRowView(rowOf(result.current.panels, 'request.cookies.sessionid')).revealed).toBe(true);
  });

  it('never reveals when the host app disables it, and drops the secret', () => {
    const { result } = renderHook(() => useContexts(scrubbedEvent, { allowReveal: false, defaultRevealed: new Set(['request.headers.Authorization']) }));
    const auth = rowOf(result.current.panels, 'request.headers.Authorization');
    expect(auth.raw).toBeUndefined();
    act(() => result.current.toggleReveal(auth));
    expect(result.current.getRowView(auth)).toMatchObject({ masked: true, revealable: false, revealed: false, display: '••••••' });
    expect(JSON.stringify(result.current.panels)).not.toContain('sk_live');
  });

  it('shows secrets plainly when masking is turned off', () => {
    const { result } = renderHook(() => useContexts(scrubbedEvent, { maskSensitive: false }));
    expect(result.current.getRowView(rowOf(result.current.panels, 'request.headers.Authorization'))).toMatchObject({
      masked: false,
      display: 'Bearer sk_live_51Hx9',
    });
  });

  it('survives input that is not an event at all', () => {
    const { result } = renderHook(() => useContexts('<script>alert(1)</script>'));
    expect(result.current.panels).toEqual([]);
    expect(result.current.selected).toBeUndefined();
    expect(result.current.problems).toHaveLength(1);
  });
});
