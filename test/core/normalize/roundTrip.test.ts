import { describe, expect, it } from 'vitest';
import { normalizeEvent, normalizeIssue } from '../../../src/core';
import { eventFixtures, FIXTURES, folderFixtures } from './loadFixtures';

const webhooks = folderFixtures(`${FIXTURES}/webhooks`);

describe('canonical JSON round-trips unchanged', () => {
  it.each(eventFixtures())('%s', (_name, input) => {
    const first = normalizeEvent(input).value;
    const again = normalizeEvent(JSON.parse(JSON.stringify(first)));
    expect(again.problems).toEqual([]);
    expect(again.value).toEqual(first);
  });

  it.each(webhooks.filter(([, body]) => JSON.stringify(body).includes('"error"') || JSON.stringify(body).includes('"event"')))(
    'webhook event %s',
    (_name, body) => {
      const first = normalizeEvent(body).value;
      const again = normalizeEvent(first);
      expect(again.problems).toEqual([]);
      expect(again.value).toEqual(first);
    },
  );

  it.each(webhooks.filter(([name]) => name.startsWith('issue') || name.startsWith('activity')))('webhook issue %s', (_name, body) => {
    const first = normalizeIssue(body).value;
    const again = normalizeIssue(JSON.parse(JSON.stringify(first)));
    expect(again.problems).toEqual([]);
    expect(again.value).toEqual(first);
  });
});
