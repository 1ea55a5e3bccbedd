import type { Json } from './fieldChecks';

const frame = (fn: string, lineno: number) => ({ function: fn, filename: 'app/pump.py', module: 'app.pump', lineno, in_app: true });

/**
 * An SDK event carrying every field `WHERE` knows, including those no real fixture carries
 * (threads, a bare stack trace, dist, ingestion errors, `debug_meta` beyond images), with
 * hostile text where a field is free text: markup must stay text, links only http(s).
 */
export const EVERY_FIELD: Json = {
  event_id: '0123456789abcdef0123456789abcdef',
  timestamp: '2026-11-25T11:58:00Z',
  level: 'warning',
  platform: 'python',
  logger: '<img src=x onerror="window.__pwned=1">',
  transaction: '/pumps/<id>',
  server_name: 'station-2',
  release: 'pumps@4.1.0',
  dist: '<b>build-17</b>',
  environment: 'production',
  culprit: 'app.pump in regulate',
  logentry: { message: 'Pressure %s out of range', params: ['<script>window.__pwned=1</script>'] },
  exception: { values: [{ type: 'PressureError', value: 'pressure out of range', stacktrace: { frames: [frame('regulate', 12)] } }] },
  threads: {
    values: [
      { id: 1, name: 'main', crashed: true, stacktrace: { frames: [frame('run', 3)] } },
      { id: 2, name: 'sensor-poller', stacktrace: { frames: [frame('poll', 40)] } },
    ],
  },
  stacktrace: { frames: [frame('watchdog', 7)] },
  breadcrumbs: { values: [{ category: 'sensor', message: 'pressure read', timestamp: '2026-11-25T11:57:59Z' }] },
  contexts: {
    os: { name: 'Linux', version: '6.8', kernel_version: '6.8.0-45', type: 'os' },
    station: { site: 'north', data: { valves: 4 }, extra: { shift: 'night' } },
  },
  tags: [['site', 'north'], ['javascript:alert(1)', 'x']],
  user: { id: '42', email: 'ops@example.invalid', geo: { city: 'Ghent', country_code: 'BE' }, role: 'operator' },
  request: {
    method: 'POST',
    url: 'javascript:alert(1)',
    headers: { 'User-Agent': 'curl/8.5', Authorization: 'Bearer secret' },
    env: { REMOTE_ADDR: '198.51.100.7' },
    cookies: { session: 'abc' },
    data: { target: 90 },
  },
  sdk: { name: 'sentry.python', version: '2.19.0' },
  extra: { 'valve.count': 4, '<i>note</i>': 'kept as text' },
  modules: { django: '5.1', requests: '2.32.3' },
  fingerprint: ['{{ default }}', 7],
  debug_meta: { images: [{ type: 'elf', code_file: '/usr/lib/libpump.so', debug_id: 'a0a06268-4495-092d-1756-e30ba2dff37d' }], sdk_info: { sdk_name: 'linux' } },
  errors: [{ type: 'invalid_data', name: 'contexts.gpu' }],
  _meta: { request: { headers: { Authorization: { '': { rem: [['@password:filter', 's', 0, 10]], len: 13 } } } } },
  '<svg onload=alert(1)>': 'an unknown field named in markup',
};
