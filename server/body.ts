import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { HttpError } from './http';

/** Size limits for request bodies. */
export interface BodyLimits {
  /** Bytes on the wire (compressed). @default 1 MiB */
  maxBytes: number;
  /** Bytes after decompression: the guard against gzip bombs. @default 20 MiB */
  maxDecompressedBytes: number;
}

/** Limits Sentry's own relay uses for envelopes, roughly. */
export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 1024 * 1024, maxDecompressedBytes: 20 * 1024 * 1024 };

/** Reads the raw body, answering 413 as soon as it passes the limit instead of buffering it all. */
export function readRawBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.reject(new HttpError(413, `request body is ${declared} bytes, over the ${maxBytes}-byte limit`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    request.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        // Keep draining so the client can read the 413 instead of seeing a reset connection.
        reject(new HttpError(413, `request body is over the ${maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (!failed) reject(new HttpError(400, `request body could not be read: ${error.message}`));
    });
  });
}

function inflateEither(raw: Buffer, maxOutputLength: number): Buffer {
  // Some clients send raw deflate under `deflate`, against the spec; accept both.
  try {
    return inflateSync(raw, { maxOutputLength });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return inflateRawSync(raw, { maxOutputLength });
  }
}

/** Undoes `Content-Encoding` (gzip, deflate, br), never producing more than the limit. */
export function decodeBody(raw: Buffer, encoding: string | undefined, limits: BodyLimits): Buffer {
  const name = (encoding ?? 'identity').trim().toLowerCase();
  const maxOutputLength = limits.maxDecompressedBytes;
  try {
    if (name === '' || name === 'identity') return raw;
    if (name === 'gzip' || name === 'x-gzip') return gunzipSync(raw, { maxOutputLength });
    if (name === 'deflate') return inflateEither(raw, maxOutputLength);
    if (name === 'br') return brotliDecompressSync(raw, { maxOutputLength });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new HttpError(413, `decompressed body is over the ${maxOutputLength}-byte limit`);
    }
    throw new HttpError(400, `body is not valid ${name} data: ${(error as Error).message}`);
  }
  throw new HttpError(415, `unsupported Content-Encoding "${name.slice(0, 40)}"`);
}

/** Reads and decodes a request body within the limits. */
export async function readBody(request: IncomingMessage, limits: BodyLimits): Promise<Buffer> {
  const raw = await readRawBody(request, limits.maxBytes);
  const encoding = request.headers['content-encoding'];
  return decodeBody(raw, Array.isArray(encoding) ? encoding[0] : encoding, limits);
}
