/** A request body as received: its text, or its bytes. */
export type SentryRawBody = string | ArrayBuffer | ArrayBufferView;

// SHA-256 gives 32 bytes, so a valid header is exactly 64 hex digits.
const SIGNATURE_HEX = /^[0-9a-f]{64}$/i;

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto;
  if (crypto?.subtle === undefined) {
    throw new TypeError('Sentry signature: this runtime has no Web Crypto (globalThis.crypto.subtle)');
  }
  return crypto.subtle;
}

function bytesOf(body: SentryRawBody): Uint8Array<ArrayBuffer> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  const copy = new Uint8Array(body.byteLength);
  copy.set(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  return copy;
}

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function hmacKey(clientSecret: string): Promise<CryptoKey> {
  if (typeof clientSecret !== 'string' || clientSecret === '') {
    // An empty secret would "verify" bodies signed with an empty key: a misconfiguration, not a mismatch.
    throw new TypeError('Sentry signature: the client secret is empty');
  }
  return subtle().importKey('raw', new TextEncoder().encode(clientSecret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/**
 * The `Sentry-Hook-Signature` of a body: HMAC-SHA256 of the raw body keyed by the integration's
 * client secret, in lower-case hex. For tests and for local servers that replay webhooks.
 */
export async function signSentryBody(rawBody: SentryRawBody, clientSecret: string): Promise<string> {
  const key = await hmacKey(clientSecret);
  const signature = new Uint8Array(await subtle().sign('HMAC', key, bytesOf(rawBody)));
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Whether `signatureHeader` is the `Sentry-Hook-Signature` of `rawBody` under `clientSecret`.
 * Pass the body exactly as received (before any JSON parsing: re-serializing changes the bytes).
 * A missing or malformed header is `false`; an empty secret throws, since that is a setup error.
 * Uses Web Crypto, so it runs on Node 20+, Deno, Bun and edge runtimes.
 */
export async function verifySentrySignature(
  rawBody: SentryRawBody,
  signatureHeader: string | null | undefined,
  clientSecret: string,
): Promise<boolean> {
  const key = await hmacKey(clientSecret);
  const signature = typeof signatureHeader === 'string' ? signatureHeader.trim() : '';
  if (!SIGNATURE_HEX.test(signature)) return false;
  const expected = new Uint8Array(await subtle().sign('HMAC', key, bytesOf(rawBody)));
  return constantTimeEqual(expected, hexToBytes(signature));
}

/**
 * Compares every byte whatever the first difference, so the answer's timing tells an attacker
 * nothing about how many leading bytes of a forged signature were right. Lengths are public
 * (always 32 here), so a length mismatch may return early.
 */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
