import { describe, expect, it } from 'vitest';
import { isSecretKey, MASKED, maskText, normalizeKeyName, passesLuhn } from '../../../src/core/privacy';

describe('isSecretKey (Relay default key rules)', () => {
  it.each([
    'password',
    'PASSWORD',
    'db.password',
    'DB_PASSWORD',
    'dbPassword',
    'passwd',
    'mysql_pwd',
    'client_secret',
    'api_key',
    'apiKey',
    'x-api-key',
    'X_API_KEY',
    'apikey',
    'access_token',
    'csrftoken',
    'Authorization',
    'Proxy-Authorization',
    'X-Auth-Token',
    'credentials',
    'sessionid',
    'PHPSESSID',
    'user_session',
    'Cookie',
    'Set-Cookie',
    '_csrf',
    'xsrf-token',
    'private_key',
    'privateKey',
    'privatekey',
    'otp',
    'two-factor',
  ])('%s is a secret', (name) => {
    expect(isSecretKey(name)).toBe(true);
  });

  it.each(['id', 'user_id', 'email', 'username', 'ip_address', 'Content-Type', 'Accept', 'theme', 'page', 'monkey', 'keyboard', 'hotp_count', ''])(
    '%s is not a secret',
    (name) => {
      expect(isSecretKey(name)).toBe(false);
    },
  );

  it('normalizes camelCase, dots, dashes and spaces to one shape', () => {
    expect(normalizeKeyName('dbPassword')).toBe('db_password');
    expect(normalizeKeyName('db.api-key')).toBe('db_api_key');
    expect(normalizeKeyName('X-Api-Key')).toBe('x_api_key');
  });
});

describe('passesLuhn', () => {
  it('accepts valid card numbers with or without separators and refuses near misses', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111 1111 1111 1111')).toBe(true);
    expect(passesLuhn('5500-0000-0000-0004')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('1234')).toBe(false);
  });
});

describe('maskText (Relay default value rules)', () => {
  it('masks Luhn-valid card numbers of the known networks, with separators', () => {
    expect(maskText('paid with 4111 1111 1111 1111 today')).toBe(`paid with ${MASKED} today`);
    expect(maskText('visa 4111-1111-1111-1111')).toBe(`visa ${MASKED}`);
    expect(maskText('amex 378282246310005')).toBe(`amex ${MASKED}`);
    expect(maskText('mc 5555555555554444')).toBe(`mc ${MASKED}`);
  });

  it('keeps numbers that fail Luhn or have no card prefix', () => {
    expect(maskText('order 4111111111111112')).toBe('order 4111111111111112');
    expect(maskText('ts 1700000000000000')).toBe('ts 1700000000000000');
    expect(maskText('id 12345')).toBe('id 12345');
  });

  it('masks bearer tokens, in any case, keeping the scheme', () => {
    expect(maskText('Authorization: Bearer abc.def-ghi')).toBe(`Authorization: Bearer ${MASKED}`);
    expect(maskText('bearer    xyz123456')).toBe(`bearer    ${MASKED}`);
    expect(maskText('BEARER eyJ0eXAi.eyJzdWIi.c2ln==')).toBe(`BEARER ${MASKED}`);
    // Prose is no token: Relay would mask "of"; the kit asks for 8+ token characters.
    expect(maskText('a bearer of bad news')).toBe('a bearer of bad news');
  });

  it('masks the body of PEM private keys, also one cut short, and keeps public keys', () => {
    const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\ndef==\n-----END RSA PRIVATE KEY-----';
    expect(maskText(`key: ${key} end`)).toBe(`key: -----BEGIN RSA PRIVATE KEY-----\n${MASKED}\n-----END RSA PRIVATE KEY----- end`);
    expect(maskText('-----BEGIN PRIVATE KEY-----\nMIIcut')).not.toContain('MIIcut');
    expect(maskText('-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIenc\n-----END ENCRYPTED PRIVATE KEY-----')).not.toContain('MIIenc');
    const pub = '-----BEGIN PUBLIC KEY-----\nMIIpub\n-----END PUBLIC KEY-----';
    expect(maskText(pub)).toBe(pub);
  });

  it('masks URL passwords, token-like users and query parameters with secret names', () => {
    expect(maskText('https://ada:s3cret@db.example.com/x')).toBe(`https://ada:${MASKED}@db.example.com/x`);
    expect(maskText('https://ghp_abc@github.com/o/r')).toBe(`https://${MASKED}@github.com/o/r`);
    expect(maskText('https://x.io/a?token=abc&page=2#frag')).toBe(`https://x.io/a?token=${MASKED}&page=2#frag`);
    expect(maskText('https://x.io/a?page=2&api_key=k1&Password=p')).toBe(`https://x.io/a?page=2&api_key=${MASKED}&Password=${MASKED}`);
    expect(maskText('https://x.io/a?access%5Ftoken=abc')).toBe(`https://x.io/a?access%5Ftoken=${MASKED}`);
    expect(maskText('token=abc&step=2')).toBe(`token=${MASKED}&step=2`);
    expect(maskText('https://x.io/a?page=2&q=token')).toBe('https://x.io/a?page=2&q=token');
    expect(maskText('Server=db;Database=shop;Password=pw1;')).toBe(`Server=db;Database=shop;Password=${MASKED};`);
    // A .NET assembly name's public key token is no secret (and no query parameter).
    const assembly = 'System.Private.CoreLib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
    expect(maskText(assembly)).toBe(assembly);
  });

  it('returns the same string when nothing is secret, and is idempotent', () => {
    const plain = 'GET /api/orders → 200';
    expect(maskText(plain)).toBe(plain);
    const once = maskText('https://u:p@h.io/?token=t Bearer b 4111111111111111');
    expect(maskText(once)).toBe(once);
  });

  it('stays fast on huge text', () => {
    const huge = `${'a=1&'.repeat(200_000)}token=t ${'4'.repeat(100_000)} ${'-----BEGIN PRIVATE KEY-----'.repeat(1000)}`;
    const start = performance.now();
    const out = maskText(huge);
    expect(out).toContain(`token=${MASKED}`);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
