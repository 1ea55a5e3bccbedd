/**
 * A synthetic SDK event that carries every kind of secret Relay's default rules catch, each in
 * a place the kit shows or exports: breadcrumb data and messages, a request URL with a
 * password and a token, query string, headers, cookies, env and body, a custom context, extra,
 * frame variables, tags and user fields. `SECRETS` lists the secret texts, so tests can check
 * that none of them shows or leaves the kit unmasked. Hostile text rides along.
 */
export const SECRETS = {
  password: 'hunter2',
  urlToken: 'tok9f8e7d6c5b4a',
  urlPassword: 'uP4ssW0rdX',
  dbPassword: 'pgSup3rS3cretQ',
  dbApiKey: 'akLive51HxQ2Zz',
  extraSecret: 'xs0bf6a1c2d3e4',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl',
  card: '4111 1111 1111 1111',
  pemBody: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7',
  sessionCookie: 'sess77aa88bb99cc',
  apiKeyHeader: 'hdrKey42abcdef',
  envPassword: 'envPw0rd-7311',
  frameVar: 'fvS3cr3tValue9',
  tagToken: 'tagTok123xyz89',
  userToken: 'usrAuth555kkll',
  nestedPass: 'nestedPassQQ11',
} as const;

const PEM = `-----BEGIN PRIVATE KEY-----\n${SECRETS.pemBody}\nZmFrZSBrZXkgYm9keSBmb3IgdGVzdHM=\n-----END PRIVATE KEY-----`;

/** The event, as a JavaScript SDK would send it. */
export const secretsEvent = {
  event_id: '5ec7e75ec7e74d0b9a1c2d3e4f5a6b7c',
  platform: 'javascript',
  level: 'error',
  timestamp: '2026-03-04T12:00:00.000Z',
  logger: 'checkout',
  logentry: { formatted: `Charge failed for card ${SECRETS.card} <img src=x onerror=alert(1)>` },
  exception: {
    values: [
      {
        type: 'PaymentError',
        value: 'Card declined',
        stacktrace: {
          frames: [
            {
              function: 'charge',
              filename: 'src/checkout.js',
              lineno: 42,
              colno: 7,
              in_app: true,
              vars: { amount: 1999, api_key: SECRETS.frameVar, currency: 'EUR' },
            },
          ],
        },
      },
    ],
  },
  breadcrumbs: {
    values: [
      { timestamp: '2026-03-04T11:59:57.000Z', category: 'auth', message: 'login form submitted', data: { username: 'ada', password: SECRETS.password } },
      {
        timestamp: '2026-03-04T11:59:58.000Z',
        type: 'http',
        category: 'fetch',
        data: { method: 'GET', url: `https://api.example.com/v1/orders?token=${SECRETS.urlToken}&page=2`, status_code: 200 },
      },
      { timestamp: '2026-03-04T11:59:59.000Z', category: 'console', level: 'warning', message: `retrying with Authorization: Bearer ${SECRETS.bearer}` },
    ],
  },
  request: {
    method: 'POST',
    url: `https://ada:${SECRETS.urlPassword}@shop.example.com/checkout?token=${SECRETS.urlToken}&step=2`,
    query_string: `token=${SECRETS.urlToken}&step=2`,
    headers: { Authorization: `Bearer ${SECRETS.bearer}`, 'X-Api-Key': SECRETS.apiKeyHeader, Accept: 'text/html' },
    cookies: { sessionid: SECRETS.sessionCookie, theme: 'dark' },
    env: { DB_PASSWORD: SECRETS.envPassword, SERVER_NAME: 'web-1' },
    data: { card_holder: 'Ada Lovelace', card: SECRETS.card, note: '<script>alert(1)</script>' },
  },
  contexts: {
    db: { host: 'db.internal', password: SECRETS.dbPassword, api_key: SECRETS.dbApiKey },
    keys: { signing_pem: PEM, fingerprint: 'SHA256:abc' },
  },
  extra: {
    secret_value: SECRETS.extraSecret,
    order_id: 'ord_1',
    nested: { service: { credentials: { user: 'svc', pass: SECRETS.nestedPass } } },
  },
  tags: { api_token: SECRETS.tagToken, browser: 'Chrome 120' },
  user: { id: '42', email: 'ada@example.com', username: 'ada', auth_token: SECRETS.userToken },
};
