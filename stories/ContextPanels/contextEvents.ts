// Synthetic SDK events for ContextPanels stories and tests, in the raw shape SDKs send: the
// real fixtures have no rich mobile device, no secrets and no hostile values, so these fill in.

/** A phone with everything Sentry's mobile SDKs report: memory, storage, battery, boot time, GPU, culture. */
export const mobileEvent = {
  event_id: '4f9c2a1be7d94d0f8a6b3c2d1e0f9a8b',
  timestamp: '2026-11-25T12:00:00Z',
  platform: 'cocoa',
  level: 'error',
  logentry: { formatted: 'Checkout crashed' },
  contexts: {
    device: {
      type: 'device',
      name: 'Ada’s iPhone',
      family: 'iOS',
      model: 'iPhone14,2',
      model_id: 'D63AP',
      manufacturer: 'Apple',
      arch: 'arm64e',
      processor_count: 6,
      memory_size: 25_232_932_864,
      free_memory: 1_610_612_736,
      low_memory: false,
      storage_size: 255_937_040_384,
      free_storage: 64_424_509_440,
      simulator: false,
      boot_time: '2026-11-25T10:00:00Z',
      timezone: 'Europe/Berlin',
      battery_level: 48,
      charging: false,
      online: true,
      orientation: 'portrait',
      screen_resolution: '1170x2532',
      screen_dpi: 460,
    },
    app: {
      type: 'app',
      app_start_time: '2026-11-25T11:58:00Z',
      app_identifier: 'io.faultline.demo',
      app_name: 'Faultline Demo',
      app_version: '4.2.0',
      app_build: '420',
      build_type: 'testflight',
      app_memory: 187_695_104,
      in_foreground: true,
    },
    os: { type: 'os', name: 'iOS', version: '17.1.2', build: '21B101', kernel_version: 'Darwin Kernel Version 23.1.0', rooted: false, theme: 'dark' },
    gpu: { type: 'gpu', name: 'Apple A15 GPU', vendor_name: 'Apple', memory_size: 4096, api_type: 'Metal', multi_threaded_rendering: true },
    culture: { type: 'culture', calendar: 'GregorianCalendar', display_name: 'German (Germany)', locale: 'de-DE', is_24_hour_format: true, timezone: 'Europe/Berlin' },
    trace: { type: 'trace', trace_id: '0af7651916cd43dd8448eb211c80319c', span_id: 'b7ad6b7169203331', op: 'ui.load' },
    feature_flags: { checkout_v2: true, dark_launch: 'payments' },
  },
  user: { id: '42', username: 'ada', email: 'ada@example.com' },
  tags: [
    ['environment', 'production'],
    ['release', 'io.faultline.demo@4.2.0+420'],
    ['device.family', 'iOS'],
    ['os', 'iOS 17.1.2'],
  ],
};

/** A web request with secrets to mask and values Sentry's scrubbers removed, with their `_meta`. */
export const scrubbedEvent = {
  event_id: '9a8b7c6d5e4f40312a1b2c3d4e5f6a7b',
  timestamp: '2026-11-25T12:00:00Z',
  platform: 'python',
  level: 'error',
  logentry: { formatted: 'Payment failed' },
  contexts: { browser: { type: 'browser', name: 'Firefox', version: '132.0' }, os: { type: 'os', name: 'Ubuntu', version: '24.04' } },
  request: {
    url: 'https://shop.example.com/pay?step=2',
    method: 'POST',
    query_string: [
      ['step', '2'],
      ['password', '[Filtered]'],
    ],
    headers: [
      ['Authorization', 'Bearer sk_live_51Hx9'],
      ['Content-Type', 'application/json'],
      ['X-Forwarded-For', '[Filtered]'],
    ],
    cookies: { sessionid: 'd2f1c0a9', theme: 'dark' },
  },
  user: { id: '7', ip_address: '10.0.0.1' },
  tags: [
    ['environment', 'staging'],
    ['server_name', '[Filtered]'],
  ],
  _meta: {
    request: { headers: { '2': { '1': { '': { rem: [['@ip:replace', 's', 0, 10]] } } } } },
    user: { ip_address: { '': { rem: [['@ip', 'x']] } } },
  },
};

/** Markup, script and `javascript:` URLs in every field a panel shows: all must render as text. */
export const hostileEvent = {
  event_id: '0123456789abcdef0123456789abcdef',
  timestamp: '2026-11-25T12:00:00Z',
  platform: 'javascript',
  logentry: { formatted: '<img src=x onerror=alert(1)>' },
  contexts: {
    browser: { type: 'browser', name: '<script>alert("browser")</script>', version: '"><svg onload=alert(2)>' },
    '<b>custom</b>': { type: '<i>weird</i>', '<u>field</u>': '<a href="javascript:alert(3)">click</a>', huge: 'A'.repeat(5000) },
  },
  request: { url: 'javascript:alert(document.cookie)', method: '<b>GET</b>', headers: [['X-Evil', '<script>alert(4)</script>']] },
  tags: [['<em>tag</em>', '<script>alert(5)</script>']],
};

/** An event with no contexts, user, request or tags: the empty state. */
export const emptyEvent = { event_id: 'ffffffffffffffffffffffffffffffff', timestamp: '2026-11-25T12:00:00Z', logentry: { formatted: 'Nothing else' } };
