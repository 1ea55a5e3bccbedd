import { describe, expect, it } from 'vitest';
import { buildContextPanels, getContextTitle } from '../../../src/core/contexts';
import { makeEvent } from '../breadcrumbs/makeEvent';

const event = makeEvent({
  contexts: {
    gpu: { type: 'gpu', name: 'Apple M1', vendorName: 'Apple', memorySize: 4096, multiThreadedRendering: true, id: 0 },
    culture: { type: 'culture', locale: 'de-AT', is24HourFormat: true, timezone: 'Bogus/Zone' },
    trace: { type: 'trace', traceId: 'abc', op: 'http.server', status: 'internal_error' },
    device: { type: 'device', processorFrequency: 2400, batteryTemperature: 31, screenDpi: 460, bootTime: 'not a time', storageSize: 64 * 1024 ** 3, freeStorage: 10 * 1024 ** 3, freeMemory: 1024 },
    app: { type: 'app', appMemory: 52 * 1024 ** 2, inForeground: false },
    cloud_resource: { type: 'cloud_resource', data: { 'cloud.provider': 'aws', nothing: null } },
    'server-runtime': { type: 'runtime', name: 'node', version: '20.11.0' },
  },
});
const rows = new Map(buildContextPanels(event).flatMap((panel) => panel.rows.map((row) => [row.key, row] as const)));

describe('other known context types', () => {
  it.each([
    ['gpu.name', 'Apple M1'],
    ['gpu.memorySize', '4.0 GiB'],
    ['gpu.multiThreadedRendering', 'Yes'],
    ['gpu.id', '0'],
    ['culture.is24HourFormat', 'Yes'],
    ['culture.timezone', 'Bogus/Zone'],
    ['trace.op', 'http.server'],
    ['trace.status', 'internal_error'],
    ['device.processorFrequency', '2.4 GHz'],
    ['device.batteryTemperature', '31 °C'],
    ['device.screenDpi', '460 dpi'],
    ['device.bootTime', 'not a time'],
    ['device.storageSize', '10.0 GiB free of 64.0 GiB'],
    ['device.freeStorage', '10.0 GiB'],
    ['device.freeMemory', '1.0 KiB'],
    ['app.appMemory', '52.0 MiB'],
    ['app.inForeground', 'No'],
    ['cloud_resource.cloud.provider', 'aws'],
    ['cloud_resource.nothing', 'null'],
    ['server-runtime.version', '20.11.0'],
  ])('%s → %s', (key, display) => {
    expect(rows.get(key)?.display).toBe(display);
  });

  it('titles panels of contexts keyed apart from their type', () => {
    const titles = Object.fromEntries(buildContextPanels(event).map((panel) => [panel.key, panel.title]));
    expect(titles).toMatchObject({ gpu: 'Graphics Processing Unit', cloud_resource: 'Cloud Resource', 'server-runtime': 'Server Runtime' });
    expect(getContextTitle('myCustomThing', 'myCustomThing')).toBe('My Custom Thing');
  });

  it('names an unknown context whose type differs from its key', () => {
    const custom = makeEvent({ contexts: { state: { type: 'redux', data: { count: 1 } } } });
    const [panel] = buildContextPanels(custom);
    expect(panel?.type).toBe('redux');
    expect(panel?.rows.map((row) => [row.key, row.display])).toEqual([
      ['state.type', 'redux'],
      ['state.count', '1'],
    ]);
  });
});
