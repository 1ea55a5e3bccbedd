import { describe, expect, it, vi } from 'vitest';
import { buildContextPanels } from '../../../src/core/contexts';
import { normalizeEvent } from '../../../src/core';

const eventWith = (raw: unknown) => normalizeEvent(raw).value;

describe('panels build their rows when read', () => {
  it('counts 100,000 rows without building them and builds a slice on demand', () => {
    const big: Record<string, string> = { type: 'bulk' };
    for (let i = 0; i < 100_000; i++) big[`key${i}`] = `value ${i}`;
    const headers = Array.from({ length: 100_000 }, (_, i) => [`X-${i}`, `v${i}`]);
    const maskSensitive = vi.fn(() => false);
    const panels = buildContextPanels(eventWith({ contexts: { bulk: big }, request: { headers } }), { maskSensitive });
    const bulk = panels.find((panel) => panel.key === 'bulk');
    const request = panels.find((panel) => panel.key === 'request');
    expect(bulk?.rowCount).toBe(100_000);
    expect(request?.groups.map((group) => [group.group, group.size])).toEqual([['headers', 100_000]]);
    expect(maskSensitive).not.toHaveBeenCalled();
    expect(request?.groups[0]?.slice(99_998, 100_005).map((row) => row.label)).toEqual(['X-99998', 'X-99999']);
    expect(maskSensitive).toHaveBeenCalledTimes(2);
    expect(bulk?.groups[0]?.slice(0, 2).map((row) => [row.key, row.display])).toEqual([
      ['bulk.key0', 'value 0'],
      ['bulk.key1', 'value 1'],
    ]);
  });

  it('numbers repeated keys in panel order and keeps a group together under one heading', () => {
    const request = buildContextPanels(
      eventWith({
        request: { method: 'GET', headers: [['Accept', 'a'], ['Accept', 'b']], cookies: [['id', '1']], note: 'n' },
      }),
    ).find((panel) => panel.key === 'request');
    expect(request?.groups.map((group) => group.group)).toEqual([undefined, 'headers', 'cookies']);
    // The request's own fields and its extra keys share the untitled group, as before.
    expect(request?.groups[0]?.slice(0, 10).map((row) => row.key)).toEqual(['request.method', 'request.note']);
    expect(request?.groups[1]?.slice(1, 2)[0]?.key).toBe('request.headers.Accept#2');
    expect(request?.rows.map((row) => row.key)).toEqual([
      'request.method',
      'request.headers.Accept',
      'request.headers.Accept#2',
      'request.cookies.id',
      'request.note',
    ]);
    // A row is built once: slicing again gives the same object.
    expect(request?.groups[1]?.slice(0, 1)[0]).toBe(request?.rows[1]);
  });
});
