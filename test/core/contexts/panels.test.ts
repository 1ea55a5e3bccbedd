import { describe, expect, it } from 'vitest';
import { buildContextPanels, type ContextPanel } from '../../../src/core/contexts';
import type { Event } from '../../../src/core/model';
import { makeEvent } from '../breadcrumbs/makeEvent';

const GiB = 1024 ** 3;

const event: Event = makeEvent({
  timestamp: '2024-03-04T12:00:00.000Z',
  contexts: {
    react: { type: 'react', data: { version: '19.0.0', flags: { concurrent: true }, roots: [1, 2] } },
    os: { type: 'os', name: 'iOS', version: '17.4', build: '21E219', kernelVersion: 'Darwin 23.4.0', rooted: false },
    device: {
      type: 'device',
      family: 'iOS',
      model: 'iPhone14,5',
      modelId: 'D17AP',
      arch: 'arm64e',
      memorySize: 23.5 * GiB,
      freeMemory: 1.5 * GiB,
      storageSize: 128 * GiB,
      simulator: true,
      bootTime: '2024-03-04T10:00:00.000Z',
      timezone: 'Europe/Vienna',
      batteryLevel: 48,
      charging: false,
      online: true,
      lowMemory: false,
      orientation: 'portrait',
      screenResolution: '1170x2532',
      screenDensity: 3,
      extra: { thermal_state: 'nominal' },
    },
    app: {
      type: 'app',
      appId: 'A1',
      appStartTime: '2024-03-04T11:58:00.000Z',
      deviceAppHash: 'abc123',
      buildType: 'app-store',
      appIdentifier: 'io.example.shop',
      appName: 'Shop',
      appVersion: '2.1.0',
      appBuild: '421',
      viewNames: ['Cart', 'Checkout'],
    },
    browser: { type: 'browser', name: 'Safari', version: '17.4' },
    runtime: { type: 'runtime', name: 'CPython', version: '3.12.1' },
    client_os: { type: 'os', name: 'Windows', version: '11' },
    trace: { type: 'trace', traceId: 'a'.repeat(32), spanId: 'b'.repeat(16) },
  },
  user: { id: '42', email: 'ada@example.com', ipAddress: '10.0.0.1', geo: { city: 'Vienna', countryCode: 'AT' }, extra: { plan: 'pro' } },
  tags: [
    { key: 'release', value: '2.1.0' },
    { key: 'browser', value: 'Safari 17.4' },
  ],
});

const panelsByKey = (panels: ContextPanel[]) => new Map(panels.map((panel) => [panel.key, panel]));
const rowOf = (panels: ContextPanel[], key: string) => panels.flatMap((panel) => panel.rows).find((row) => row.key === key);

describe('buildContextPanels order and titles', () => {
  it('puts known panels first, then user and tags, then other contexts in event order', () => {
    expect(buildContextPanels(event).map((panel) => panel.key)).toEqual([
      'device',
      'app',
      'browser',
      'os',
      'runtime',
      'trace',
      'user',
      'tags',
      'react',
      'client_os',
    ]);
  });

  it('titles panels', () => {
    const titles = Object.fromEntries(buildContextPanels(event).map((panel) => [panel.key, panel.title]));
    expect(titles).toMatchObject({ device: 'Device', os: 'Operating System', client_os: 'Client Operating System', react: 'React', trace: 'Trace Details' });
  });

  it('picks and orders panels on request', () => {
    expect(buildContextPanels(event, { panels: ['os', 'device', 'gpu', 'os', 'react'] }).map((panel) => panel.key)).toEqual(['os', 'device', 'react']);
  });

  it('leaves out excluded panels, in the default order or a picked one', () => {
    const all = buildContextPanels(event).map((panel) => panel.key);
    const rest = buildContextPanels(event, { exclude: ['device', 'tags'] }).map((panel) => panel.key);
    expect(rest).toEqual(all.filter((key) => key !== 'device' && key !== 'tags'));
    expect(buildContextPanels(event, { panels: ['os', 'device'], exclude: ['os'] }).map((panel) => panel.key)).toEqual(['device']);
  });
});

describe('buildContextPanels formatting', () => {
  const panels = buildContextPanels(event, { locale: 'en-US', timeZone: 'UTC' });

  it.each([
    ['device.family', 'Family', 'iOS'],
    ['device.model', 'Model', 'iPhone14,5'],
    ['device.modelId', 'Model ID', 'D17AP'],
    ['device.arch', 'Architecture', 'arm64e'],
    ['device.memorySize', 'Memory', '1.5 GiB free of 23.5 GiB'],
    ['device.freeMemory', 'Free Memory', '1.5 GiB'],
    ['device.storageSize', 'Storage', '128.0 GiB'],
    ['device.simulator', 'Simulator', 'Yes'],
    ['device.charging', 'Charging', 'No'],
    ['device.online', 'Online', 'Yes'],
    ['device.lowMemory', 'Low Memory', 'No'],
    ['device.batteryLevel', 'Battery Level', '48%'],
    ['device.orientation', 'Orientation', 'portrait'],
    ['device.screenResolution', 'Screen Resolution', '1170x2532'],
    ['device.screenDensity', 'Screen Density', '3'],
    ['device.timezone', 'Time Zone', 'Europe/Vienna (UTC+01:00)'],
    ['device.bootTime', 'Boot Time', 'Mar 4, 2024, 10:00:00 AM (2 hours before the event)'],
    ['device.thermal_state', 'thermal_state', 'nominal'],
    ['app.appId', 'ID', 'A1'],
    ['app.appStartTime', 'Start Time', 'Mar 4, 2024, 11:58:00 AM (2 minutes before the event)'],
    ['app.deviceAppHash', 'Device App Hash', 'abc123'],
    ['app.buildType', 'Build Type', 'app-store'],
    ['app.appIdentifier', 'Bundle ID', 'io.example.shop'],
    ['app.appName', 'Name', 'Shop'],
    ['app.appVersion', 'Version', '2.1.0'],
    ['app.appBuild', 'Build', '421'],
    ['browser.name', 'Name', 'Safari'],
    ['browser.version', 'Version', '17.4'],
    ['os.name', 'Name', 'iOS'],
    ['os.version', 'Version', '17.4'],
    ['os.kernelVersion', 'Kernel Version', 'Darwin 23.4.0'],
    ['os.build', 'Build', '21E219'],
    ['os.rooted', 'Rooted', 'No'],
    ['runtime.name', 'Name', 'CPython'],
    ['runtime.version', 'Version', '3.12.1'],
    ['client_os.name', 'Name', 'Windows'],
    ['user.ipAddress', 'IP Address', '10.0.0.1'],
    ['user.geo', 'Geography', 'Vienna, AT'],
    ['user.plan', 'plan', 'pro'],
    ['tags.release', 'release', '2.1.0'],
  ])('%s → %s: %s', (key, label, display) => {
    const row = rowOf(panels, key);
    expect(row?.label).toBe(label);
    expect(row?.display?.replace(/\u202f/g, ' ')).toBe(display);
  });

  it('keeps raw values next to the display', () => {
    expect(rowOf(panels, 'device.memorySize')).toMatchObject({ value: 23.5 * GiB, raw: 23.5 * GiB, flags: {} });
  });

  it('keeps nested values structured', () => {
    const flags = rowOf(panels, 'react.flags');
    expect(flags?.value).toEqual({ concurrent: true });
    expect(flags?.display).toBeUndefined();
    expect(rowOf(panels, 'react.roots')?.value).toEqual([1, 2]);
    expect(rowOf(panels, 'app.viewNames')?.value).toEqual(['Cart', 'Checkout']);
    expect(rowOf(panels, 'react.version')?.display).toBe('19.0.0');
  });

  it('shows a row per field the context carries and nothing for absent fields', () => {
    const device = panelsByKey(panels).get('device');
    expect(device?.rows).toHaveLength(18);
    expect(device?.rows.some((row) => row.key === 'device.name')).toBe(false);
  });
});

describe('buildContextPanels options', () => {
  it('renames labels by row key or by type and field', () => {
    const panels = buildContextPanels(event, { labels: { 'device.model': 'Handset', 'os.name': 'System' } });
    expect(rowOf(panels, 'device.model')?.label).toBe('Handset');
    expect(rowOf(panels, 'os.name')?.label).toBe('System');
    expect(rowOf(panels, 'client_os.name')?.label).toBe('System');
  });

  it('uses custom formatters and falls back when they return undefined', () => {
    const panels = buildContextPanels(event, {
      formatters: {
        'device.memorySize': (value) => (typeof value === 'number' ? `${Math.round(value / 1e9)} GB` : undefined),
        'os.version': () => undefined,
        'client_os.version': (value, row) => `v${String(value)} (${row.key})`,
      },
    });
    expect(rowOf(panels, 'device.memorySize')?.display).toBe('25 GB');
    expect(rowOf(panels, 'os.version')?.display).toBe('17.4');
    expect(rowOf(panels, 'client_os.version')?.display).toBe('v11 (client_os.version)');
  });

  it('keeps a context keyed like an event panel next to it', () => {
    const clash = makeEvent({ user: { id: '1' }, contexts: { user: { type: 'user', data: { role: 'admin' } } } });
    const panels = buildContextPanels(clash);
    expect(panels.map((panel) => panel.key)).toEqual(['user', 'contexts.user']);
    expect(rowOf(panels, 'user.role')?.value).toBe('admin');
  });

  it('ends with additional data and the SDK', () => {
    const withExtra = makeEvent({
      contexts: { custom: { type: 'custom', data: { a: 1 } } },
      extraData: { cart: { items: 3 }, 'sys.argv': ['app.py'] },
      sdk: { name: 'sentry.python', version: '2.0.0', integrations: ['django'], extra: { origin: 'cli' } },
    });
    const panels = buildContextPanels(withExtra);
    expect(panels.map((panel) => [panel.key, panel.title])).toEqual([
      ['custom', 'Custom'],
      ['extra', 'Additional Data'],
      ['sdk', 'SDK'],
    ]);
    expect(rowOf(panels, 'extra.cart')).toMatchObject({ value: { items: 3 }, display: undefined });
    expect(rowOf(panels, 'extra.sys.argv')?.value).toEqual(['app.py']);
    expect(rowOf(panels, 'sdk.name')?.display).toBe('sentry.python');
    expect(rowOf(panels, 'sdk.integrations')?.value).toEqual(['django']);
    expect(rowOf(panels, 'sdk.origin')?.display).toBe('cli');
  });

  it('gives an event without contexts no panels', () => {
    expect(buildContextPanels(makeEvent())).toEqual([]);
  });
});
