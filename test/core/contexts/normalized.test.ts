import { describe, expect, it } from 'vitest';
import { buildContextPanels, type ContextRow } from '../../../src/core/contexts';
import { normalizeEvent } from '../../../src/core/normalize';

// An SDK-shaped event with Sentry's `_meta` tree: the normalizer flattens it, the panels must find it.
const input = {
  event_id: 'a'.repeat(32),
  timestamp: '2024-03-04T12:00:00Z',
  platform: 'python',
  message: 'boom',
  contexts: {
    device: { type: 'device', model_id: 'N841AP', memory_size: 8 * 1024 ** 3, free_memory: 2 * 1024 ** 3, boot_time: '2024-03-04T10:00:00Z' },
    client_os: { type: 'os', name: 'Windows', version: '11' },
  },
  request: {
    url: 'https://shop.example.com/pay',
    method: 'POST',
    headers: [
      ['Authorization', '[Filtered]'],
      ['X-Request-Id', 'r-1'],
      ['X-Csrf-Token', 't-1'],
    ],
    cookies: { sessionid: 's-1', theme: 'dark' },
  },
  user: { id: 7, ip_address: '10.0.0.1' },
  tags: [['release', '1.0'], ['server', '[Filtered]']],
  extra: { order: { id: 3 } },
  _meta: {
    contexts: { device: { model_id: { '': { rem: [['@custom', 's']] } } } },
    request: { headers: { '0': { '1': { '': { rem: [['@password:filter', 's']] } } } } },
    user: { ip_address: { '': { rem: [['@ip', 'x']] } } },
    tags: { '1': { '1': { '': { rem: [['@common', 's']] } } } },
    extra: { order: { '': { len: 4096 } } },
  },
};

describe('panels of a normalized SDK event', () => {
  const { value: event } = normalizeEvent(input);
  const panels = buildContextPanels(event, { locale: 'en-US', timeZone: 'UTC' });
  const rows = new Map<string, ContextRow>(panels.flatMap((panel) => panel.rows.map((row) => [row.key, row] as const)));

  it('lays out the panels', () => {
    expect(panels.map((panel) => panel.key)).toEqual(['device', 'user', 'request', 'tags', 'client_os', 'extra']);
  });

  it('formats the device from snake_case input', () => {
    expect(rows.get('device.memorySize')?.display).toBe('2.0 GiB free of 8.0 GiB');
    expect(rows.get('device.bootTime')?.display?.replace(/\u202f/g, ' ')).toBe('Mar 4, 2024, 10:00:00 AM (2 hours before the event)');
  });

  it("flags values Sentry's _meta annotates, wherever the normalizer put them", () => {
    expect(rows.get('device.modelId')?.flags).toMatchObject({ scrubbed: true, meta: { rem: [['@custom', 's']] } });
    expect(rows.get('request.headers.Authorization')?.flags).toMatchObject({ scrubbed: true, meta: { rem: [['@password:filter', 's']] } });
    expect(rows.get('user.ipAddress')?.flags).toMatchObject({ scrubbed: true });
    expect(rows.get('tags.server')?.flags).toMatchObject({ scrubbed: true, meta: { rem: [['@common', 's']] } });
    expect(rows.get('extra.order')?.flags).toMatchObject({ scrubbed: true, meta: { len: 4096 } });
    expect(rows.get('request.headers.X-Request-Id')?.flags).toEqual({});
  });

  it('masks secrets from list and object shaped pairs', () => {
    expect(rows.get('request.headers.X-Csrf-Token')?.flags).toMatchObject({ masked: true, revealable: true });
    expect(rows.get('request.cookies.sessionid')?.raw).toBe('s-1');
    expect(rows.get('request.cookies.theme')?.display).toBe('dark');
  });
});
