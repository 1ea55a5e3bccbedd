// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelopeOf, errorEvent, ingest, startTestServer, type TestServer } from '../helpers';
import { createOnlyRule, deliveriesOf, eventually, IDS, pause, sendError } from './alertSetup';
import { startReceiver } from './receiver';

// Deliveries retry on 5xx, time-outs and dead receivers, stop at a 4xx, log every attempt, and
// never hold up ingestion. Short waits here; the defaults are 5 s per attempt and 1 s / 4 s.
describe('alert deliveries: retries, time-outs and the log', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ alertDelivery: { timeoutMs: 300, retryDelaysMs: [50, 100] } });
    await ingest(server.url, '/api/2/envelope/', envelopeOf([errorEvent('Warmup', 'first event', 'warm')]));
  }, 60_000);
  afterAll(() => server.cleanUp());

  const slackRule = (url: string) => ({ conditions: [{ id: IDS.firstSeen }], actions: [{ kind: 'slack', webhookUrl: url }] });

  it('retries a 500 and logs all three attempts', async () => {
    const receiver = await startReceiver((index, _request, response) => {
      response.statusCode = index < 2 ? 500 : 200;
      response.end(index < 2 ? 'try later' : 'ok');
    });
    const rule = await createOnlyRule(server.url, slackRule(`${receiver.url}/hook`));
    await sendError(server.url, 'RetryError');
    await receiver.waitFor(3, 3000);
    const log = await eventually(async () => {
      const rows = await deliveriesOf(server.url, rule);
      expect(rows).toHaveLength(3);
      return rows;
    });
    expect(log.map((row) => [row.attempt, row.statusCode, row.status, row.final])).toEqual([
      [3, 200, 'success', true],
      [2, 500, 'failed', false],
      [1, 500, 'failed', false],
    ]);
    expect(new Set(log.map((row) => row.deliveryId)).size).toBe(1);
    expect(log[2]).toMatchObject({ responseExcerpt: 'try later', maxAttempts: 3 });
    await receiver.close();
  });

  it('does not retry a 4xx', async () => {
    const receiver = await startReceiver((_index, _request, response) => {
      response.statusCode = 404;
      response.end('no such hook');
    });
    const rule = await createOnlyRule(server.url, slackRule(`${receiver.url}/hook`));
    await sendError(server.url, 'GoneError');
    await receiver.waitFor(1);
    await pause(300);
    expect(receiver.received).toHaveLength(1);
    const log = await deliveriesOf(server.url, rule);
    expect(log).toEqual([expect.objectContaining({ attempt: 1, statusCode: 404, status: 'failed', final: true, responseExcerpt: 'no such hook' })]);
    await receiver.close();
  });

  it('times out a receiver that never answers, three times, while ingestion goes on', async () => {
    const receiver = await startReceiver(() => {
      // Never answers.
    });
    const rule = await createOnlyRule(server.url, slackRule(`${receiver.url}/hook`));
    await sendError(server.url, 'SlowError');
    // The next events are stored at once whatever the receiver does.
    const started = Date.now();
    await sendError(server.url, 'AnotherSlowError');
    expect(Date.now() - started).toBeLessThan(1000);
    const log = await eventually(async () => {
      const rows = (await deliveriesOf(server.url, rule)).filter((row) => row.final === true);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      return rows;
    }, 5000);
    expect(log[0]).toMatchObject({ status: 'failed', statusCode: null, attempt: 3, error: 'timed out after 300 ms' });
    expect(log[0]!.durationMs as number).toBeGreaterThanOrEqual(290);
    await receiver.close();
  });

  it('logs a dead receiver as failed and keeps storing events', async () => {
    const receiver = await startReceiver();
    const url = `${receiver.url}/hook`;
    await receiver.close();
    const rule = await createOnlyRule(server.url, slackRule(url));
    await sendError(server.url, 'DeadReceiverError');
    const log = await eventually(async () => {
      const rows = await deliveriesOf(server.url, rule);
      expect(rows[0]).toMatchObject({ final: true });
      return rows;
    });
    expect(log).toHaveLength(3);
    expect(String(log[0]!.error)).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('lists every project\'s attempts org-wide, filtered by status', async () => {
    const response = await fetch(`${server.url}/api/0/organizations/faultline/alert-deliveries/?status=success`, { headers: { Authorization: `Bearer ${server.apiToken}` } });
    const rows = (await response.json()) as { status: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.status === 'success')).toBe(true);
    const bad = await fetch(`${server.url}/api/0/organizations/faultline/alert-deliveries/?status=maybe`, { headers: { Authorization: `Bearer ${server.apiToken}` } });
    expect(bad.status).toBe(400);
  });
});
