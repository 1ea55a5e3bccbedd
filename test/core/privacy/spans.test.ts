import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCardNumber, maskText, splitSecrets } from '../../../src/core/privacy';

const secretsOf = (text: string) => splitSecrets(text).filter((span) => span.secret !== undefined);

describe('splitSecrets', () => {
  it('leaves a text without secrets as one plain span, and an empty text as none', () => {
    expect(splitSecrets('TypeError: undefined is not a function')).toEqual([{ text: 'TypeError: undefined is not a function' }]);
    expect(splitSecrets('')).toEqual([]);
  });

  it('splits out a Luhn-valid card number and keeps the words around it', () => {
    expect(splitSecrets('Charge failed for card 4111 1111 1111 1111 (declined)')).toEqual([
      { text: 'Charge failed for card ' },
      { text: '4111 1111 1111 1111', secret: 'card' },
      { text: ' (declined)' },
    ]);
  });

  it('knows card numbers of 13 to 19 digits and drops ids that fail Luhn or an issuer prefix', () => {
    expect(isCardNumber('4222222222222')).toBe(true); // 13-digit Visa
    expect(isCardNumber('378282246310005')).toBe(true); // Amex
    expect(isCardNumber('6011000990139424')).toBe(true); // Discover
    expect(isCardNumber('4000000000000000006')).toBe(true); // 19-digit Visa
    expect(isCardNumber('4111111111111112')).toBe(false); // fails Luhn
    expect(isCardNumber('1733232000000')).toBe(false); // a timestamp in ms
    expect(secretsOf('order 4111111111111112 at 1733232000000')).toEqual([]);
  });

  it('masks a bearer token, not the word Bearer', () => {
    expect(splitSecrets('401 for Authorization: Bearer eyJhbGciOi.J9x-y_z')).toEqual([
      { text: '401 for Authorization: Bearer ' },
      { text: 'eyJhbGciOi.J9x-y_z', secret: 'bearer' },
    ]);
    expect(secretsOf('a bearer of bad news')).toEqual([]);
  });

  it('masks the body of a private key, keeping its BEGIN and END lines', () => {
    const text = 'bad key -----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK\n-----END RSA PRIVATE KEY----- in config';
    const spans = splitSecrets(text);
    expect(secretsOf(text)).toEqual([{ text: 'MIIEow\nIBAAK', secret: 'private-key' }]);
    expect(spans.map((span) => span.text).join('')).toBe(text);
  });

  it('masks password= and token= values in a URL, and a URL password', () => {
    expect(secretsOf('GET /login?user=ada&password=hunter2&next=/ failed')).toEqual([{ text: 'hunter2', secret: 'query-secret' }]);
    expect(secretsOf('fetch https://api.test/x?token=abc123 timed out')).toEqual([{ text: 'abc123', secret: 'query-secret' }]);
    expect(secretsOf('cannot connect to postgres://app:s3cret@db:5432/app')).toEqual([{ text: 's3cret', secret: 'url-credentials' }]);
    expect(secretsOf('GET /search?q=password&page=2')).toEqual([]);
  });

  it('finds several secrets in one text, in order', () => {
    const spans = secretsOf('token=abc123;card=5555555555554444 Bearer abcdefgh1234');
    expect(spans.map((span) => span.secret)).toEqual(['query-secret', 'card', 'bearer']);
  });

  it('gives the text back when joined, and masks what maskText masks', () => {
    const piece = fc.constantFrom('Bearer abcdefgh123', '4111111111111111', '?token=zz9', ' ', 'x=1', '&', '@', '-----BEGIN PRIVATE KEY-----\nAB\n', 'é', '5');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), piece), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const spans = splitSecrets(text);
        expect(spans.map((span) => span.text).join('')).toBe(text);
        // Where maskText changes nothing, the splitter finds nothing either.
        if (maskText(text) === text) expect(spans.every((span) => span.secret === undefined)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on a non-string and does not split a huge text', () => {
    expect(splitSecrets(42 as unknown as string)).toEqual([{ text: '42' }]);
    const huge = `Bearer abcdefgh1234 ${'x'.repeat(200_000)}`;
    expect(splitSecrets(huge)).toEqual([{ text: huge }]);
  });
});
