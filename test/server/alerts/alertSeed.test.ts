// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, startTestServer, type TestServer } from '../helpers';
import { eventually, rulesUrl, sendError } from './alertSetup';
import { startReceiver } from './receiver';

// The seed's example rule points at the portal's receiver page; with the portal down, events are
// still stored and the log shows the failed attempts.
describe('seeded example rule', () => {
  let server: TestServer;
  beforeAll(async () => {
    const gone = await startReceiver();
    await gone.close();
    server = await startTestServer({ seed: true, seedAlertReceiver: { baseUrl: gone.url }, alertDelivery: { timeoutMs: 300, retryDelaysMs: [20, 40] } });
  }, 60_000);
  afterAll(() => server.cleanUp());

  it('posts to the receiver page URLs, and a receiver that is down only fails deliveries', async () => {
    const rules = (await (await apiFetch(rulesUrl(server.url))).json()) as { id: string; name: string; actions: { kind: string; url?: string; webhookUrl?: string }[] }[];
    expect(rules).toHaveLength(1);
    expect(rules[0]!.actions.map((action) => action.kind)).toEqual(['webhook', 'slack']);
    expect(rules[0]!.actions[0]!.url).toMatch(/\/receiver\/webhook$/);
    await sendError(server.url, 'SeededRuleError');
    const log = await eventually(async () => {
      const rows = (await (await apiFetch(`${rulesUrl(server.url)}${rules[0]!.id}/deliveries/`)).json()) as { final: boolean; status: string }[];
      expect(rows.filter((row) => row.final)).toHaveLength(2);
      return rows;
    });
    expect(log.every((row) => row.status === 'failed')).toBe(true);
  });
});
