// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getJson, useSuiteServer } from './helpers';

type ApiIssue = { id: string; stats?: Record<string, [number, number][]> };

describe('issue list periods: 1h, 24h, 7d, 14d, 30d and start / end', () => {
  const suite = useSuiteServer({ seed: true });

  it.each([
    ['1h', 12],
    ['24h', 24],
    ['7d', 7],
    ['14d', 14],
    ['30d', 30],
  ])('statsPeriod=%s answers that series with %i buckets', async (period, buckets) => {
    const { status, body } = await getJson<ApiIssue[]>(`${suite.org}/issues/?query=&limit=5&statsPeriod=${period}`);
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThan(0);
    for (const issue of body) expect(issue.stats?.[period]).toHaveLength(buckets);
  });

  it('takes an ordered ISO start / end pair', async () => {
    const { status } = await getJson(`${suite.org}/issues/?query=&start=2026-01-01T00:00:00.000Z&end=2026-01-02T00:00:00.000Z`);
    expect(status).toBe(200);
  });

  it.each([
    ['start=2026-01-02T00:00:00Z&end=2026-01-01T00:00:00Z', /start must be before end/],
    ['start=2026-01-01T00:00:00Z', /give both/],
    ['start=yesterday&end=2026-01-01T00:00:00Z', /invalid start .*yesterday/],
  ])('answers 400 for %s', async (params, message) => {
    const { status, body } = await getJson<{ detail: string }>(`${suite.org}/issues/?query=&${params}`);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(message);
  });
});
