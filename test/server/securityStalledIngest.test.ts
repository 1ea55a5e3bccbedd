// @vitest-environment node
import { connect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { apiFetch, envelopeOf, errorEvent, useSuiteServer } from './helpers';

// Issue 12, point 6: "a read during a stalled ingest". SDK clients that open an envelope post and
// then stop sending (a phone losing signal, a hostile script) must not hold up the Web API.
describe('a read during a stalled ingest', () => {
  const suite = useSuiteServer({ headersTimeoutMs: 5_000, requestTimeoutMs: 10_000 });
  const sockets: Socket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.destroy();
  });

  /** Opens an envelope post, sends its headers and half its gzip body, then stalls. */
  function stalledPost(): Promise<void> {
    const events = Array.from({ length: 200 }, (_, i) => errorEvent('StallError', `stalled ${i}`, 'send', 'app/stall.js', { extra: { filler: 'x'.repeat(2000) } }));
    const body = gzipSync(envelopeOf(events));
    const port = Number(new URL(suite.server.url).port);
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/1/envelope/?sentry_key=public HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Encoding: gzip\r\n` +
            `Content-Type: application/x-sentry-envelope\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        socket.write(body.subarray(0, body.length >> 1), () => resolve());
      });
      socket.on('error', reject);
      sockets.push(socket);
    });
  }

  it('answers API reads at once while 8 envelope posts hang half sent', async () => {
    await Promise.all(Array.from({ length: 8 }, stalledPost));
    const timings: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const response = await apiFetch(`${suite.org}/issues/?query=&limit=25`);
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      timings.push(performance.now() - started);
    }
    // Generous for a loaded CI box; a read queued behind a stalled body would wait the 10 s request timeout.
    expect(Math.max(...timings)).toBeLessThan(2_000);
    // And ingestion still works for others meanwhile.
    const ok = await fetch(`${suite.server.url}/api/1/envelope/?sentry_key=public`, { method: 'POST', body: envelopeOf([errorEvent('StallError', 'after the stall', 'send')]) });
    expect(ok.status).toBe(200);
  });
});
