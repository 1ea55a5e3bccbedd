// @vitest-environment node
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signSentryBody, verifySentrySignature } from '../../src/sentry';
import { FIXTURES } from '../core/normalize/loadFixtures';

const SECRET = 'a3f1c0ffee5ecret';
const rawBody = readFileSync(join(FIXTURES, 'webhooks/issue-created.json'), 'utf8');
// Signed by Node's own HMAC, not by the code under test, so both must agree on the bytes.
const signature = createHmac('sha256', SECRET).update(rawBody, 'utf8').digest('hex');

describe('verifySentrySignature', () => {
  it('accepts the Sentry-Hook-Signature of the raw body, as text or bytes, in any hex case', async () => {
    expect(await verifySentrySignature(rawBody, signature, SECRET)).toBe(true);
    expect(await verifySentrySignature(new TextEncoder().encode(rawBody), signature, SECRET)).toBe(true);
    expect(await verifySentrySignature(Buffer.from(rawBody, 'utf8'), ` ${signature.toUpperCase()} `, SECRET)).toBe(true);
    const bytes = new TextEncoder().encode(`xx${rawBody}`);
    expect(await verifySentrySignature(bytes.subarray(2), signature, SECRET)).toBe(true);
    expect(await verifySentrySignature(bytes.buffer, signature, SECRET)).toBe(false);
  });

  it('rejects a tampered body, including a re-serialized one', async () => {
    expect(await verifySentrySignature(rawBody.replace('"created"', '"resolved"'), signature, SECRET)).toBe(false);
    expect(await verifySentrySignature(JSON.stringify(JSON.parse(rawBody)), signature, SECRET)).toBe(false);
    expect(await verifySentrySignature(`${rawBody} `, signature, SECRET)).toBe(false);
  });

  it('rejects the wrong secret and a signature of another body', async () => {
    expect(await verifySentrySignature(rawBody, signature, `${SECRET}x`)).toBe(false);
    expect(await verifySentrySignature(rawBody, createHmac('sha256', SECRET).update('{}').digest('hex'), SECRET)).toBe(false);
  });

  it('rejects missing and malformed headers without throwing', async () => {
    const malformed = [undefined, null, '', 'sha256=', signature.slice(0, 63), `${signature}0`, `${signature.slice(0, 62)}zz`, `sha256=${signature}`, createHmac('sha1', SECRET).update(rawBody).digest('hex')];
    for (const header of malformed) expect(await verifySentrySignature(rawBody, header, SECRET)).toBe(false);
  });

  it('throws on an empty secret: a setup error, not a bad request', async () => {
    await expect(verifySentrySignature(rawBody, signature, '')).rejects.toThrow(/secret is empty/);
  });
});

describe('signSentryBody', () => {
  it("gives the same hex digest as Node's HMAC", async () => {
    expect(await signSentryBody(rawBody, SECRET)).toBe(signature);
    expect(await signSentryBody('', SECRET)).toBe(createHmac('sha256', SECRET).update('').digest('hex'));
  });
});
