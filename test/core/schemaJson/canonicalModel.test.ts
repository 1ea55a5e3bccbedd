import { describe, expect, it } from 'vitest';
import type { Event, Issue } from '../../../src/core/model';
import { errorPaths, validatorFor } from './schemaValidator';

const event: Event = {
  schema: 'faultline.event/1',
  eventId: 'fc6d8c0c43fc4630ad850ee518f1b9d0',
  title: 'ValueError: bad input',
  culprit: 'app.views in handle',
  level: 'error',
  platform: 'python',
  timestamp: '2024-03-19T11:50:26.499Z',
  release: { version: 'shop@1.2.3', shortVersion: '1.2.3' },
  environment: 'production',
  fingerprint: ['{{ default }}', '42'],
  message: { formatted: 'bad input 7', message: 'bad input %s', params: [7] },
  exceptions: [
    { id: 1, parentId: 0, relation: 'cause', depth: 1, type: 'KeyError', value: "'x'" },
    {
      id: 0,
      depth: 0,
      type: 'ValueError',
      value: 'bad input',
      module: 'app.errors',
      mechanism: { type: 'generic', handled: false, exceptionId: 0 },
      stacktrace: {
        frames: [
          { function: 'main', filename: 'app.py', lineNo: 3, colNo: 1, inApp: true, preContext: ['a'], contextLine: 'b', vars: { n: 1 } },
          { function: 'lib', package: '/usr/lib/libc.so', instructionAddr: '0x1a2b', extra: { native: false } },
        ],
        framesOmitted: [2, 9],
        registers: { rip: '0x1' },
      },
    },
  ],
  threads: [{ id: 1, name: 'main', crashed: true, current: true, main: true, stacktrace: { frames: [] } }],
  breadcrumbs: [{ timestamp: '2024-03-19T11:50:25.000Z', type: 'http', category: 'xhr', level: 'info', data: { status_code: 500 } }],
  contexts: {
    device: { type: 'device', family: 'iPhone', model: 'iPhone', brand: 'Apple', batteryLevel: 80, bootTime: '2024-03-19T08:00:00.000Z' },
    os: { type: 'os', name: 'iOS', version: '17.1.2' },
    client_os: { type: 'os', name: 'Windows', version: '10' },
    browser: { type: 'browser', name: 'Mobile Safari', version: '17.1.2' },
    gpu: { type: 'gpu', name: 'Apple GPU', vendorId: '0x106b', id: 0 },
    react: { type: 'react', data: { version: '19.0.0' } },
  },
  tags: [{ key: 'browser', value: 'Mobile Safari 17.1.2' }],
  user: { id: '42', ipAddress: '127.0.0.1', geo: { countryCode: 'AT' }, extra: { plan: 'pro' } },
  request: {
    url: 'https://example.com/cart',
    method: 'POST',
    query: [['id', '1']],
    headers: [
      ['Accept', '*/*'],
      ['Accept', 'text/html'],
    ],
    cookies: [['session', '[Filtered]']],
    data: { items: 2 },
  },
  sdk: { name: 'sentry.python', version: '2.20.0', integrations: ['django'], packages: [{ name: 'pypi:sentry-sdk', version: '2.20.0' }] },
  debugImages: [{ type: 'macho', codeFile: '/app/App', debugId: 'abc', imageAddr: '0x1000', imageSize: 4096 }],
  meta: { 'request.headers.Authorization': { rem: [['@password:filter', 's', 0, 10]], len: 32 } },
  extra: { spans: [] },
};

const issue: Issue = {
  schema: 'faultline.issue/1',
  id: '1',
  shortId: 'PUMP-STATION-1',
  title: 'This is an example Python exception',
  status: 'ignored',
  substatus: 'archived_until_condition_met',
  priority: 'medium',
  level: 'error',
  count: 150,
  userCount: 12,
  firstSeen: '2018-11-06T21:19:55.000Z',
  project: { id: '2', slug: 'pump-station' },
  assignedTo: { type: 'user', id: '1', name: 'John Doe', email: 'john.doe@example.com' },
  stats: { '24h': [[1541455200, 473]] },
  firstRelease: { version: '17642328ead24b51867165985996d04b29310337', dateCreated: '2018-11-06T21:19:55.146Z' },
  extra: { shareId: '123def456abc' },
};

describe('FaultlineEvent', () => {
  const validate = validatorFor('FaultlineEvent');

  it('accepts a canonical event using every part of the model', () => {
    expect(validate(event), JSON.stringify(validate.errors)).toBe(true);
    expect(validatorFor()(event)).toBe(true);
  });

  it('accepts the smallest canonical event', () => {
    const smallest: Event = { schema: 'faultline.event/1', title: '<unlabeled event>', exceptions: [], threads: [], breadcrumbs: [], contexts: {}, tags: [] };
    expect(validate(smallest)).toBe(true);
  });

  it.each([
    ['/', { ...event, schema: 'faultline.event/2' }],
    ['', { ...event, event_id: 'snake_case is input, not canonical' }],
    ['/exceptions/0', { ...event, exceptions: [{ id: 0 }] }],
    ['/exceptions/0/relation', { ...event, exceptions: [{ id: 1, depth: 1, relation: 'chained' }] }],
    ['/timestamp', { ...event, timestamp: '19 March 2024' }],
    ['/request/headers/0', { ...event, request: { headers: [['Accept']] } }],
    ['/contexts/device', { ...event, contexts: { device: { type: 'device', battery_level: 80 } } }],
    ['/contexts/custom', { ...event, contexts: { custom: { type: 'device', data: {} } } }],
    ['/breadcrumbs/0/level', { ...event, breadcrumbs: [{ level: 'warn' }] }],
  ])('rejects a broken event at %s', (path, broken) => {
    expect(validate(broken)).toBe(false);
    const paths = errorPaths(validate.errors);
    expect(paths.some((p) => p === path || (path === '/' && p === '/schema'))).toBe(true);
  });
});

describe('FaultlineIssue', () => {
  const validate = validatorFor('FaultlineIssue');

  it('accepts a canonical issue', () => {
    expect(validate(issue), JSON.stringify(validate.errors)).toBe(true);
    expect(validatorFor()(issue)).toBe(true);
  });

  it.each([
    ['/count', { ...issue, count: '150' }],
    ['/status', { ...issue, status: 'archived' }],
    ['', { ...issue, userCount: undefined }],
    ['/stats/24h/0', { ...issue, stats: { '24h': [[1, 2, 3]] } }],
    ['/assignedTo/type', { ...issue, assignedTo: { type: 'bot', id: '1', name: 'x' } }],
  ])('rejects a broken issue at %s', (path, broken) => {
    expect(validate(JSON.parse(JSON.stringify(broken)))).toBe(false);
    expect(errorPaths(validate.errors)).toContain(path);
  });
});
