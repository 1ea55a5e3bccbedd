import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUserAgent } from '../../../src/core/userAgent';
import { validatorFor } from './schemaValidator';

const REAL_USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
];

describe('parseUserAgent output against schema.json', () => {
  const context = validatorFor('Context');

  it('produces contexts that are valid canonical Context values', () => {
    let checked = 0;
    for (const ua of REAL_USER_AGENTS) {
      for (const derived of Object.values(parseUserAgent(ua))) {
        expect(context(derived), JSON.stringify(context.errors)).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it('never produces an invalid context for arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (ua) => {
        for (const derived of Object.values(parseUserAgent(ua))) expect(context(derived)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
