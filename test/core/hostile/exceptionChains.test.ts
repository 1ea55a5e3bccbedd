import { describe, expect, it } from 'vitest';
import {
  buildIntegrationReport,
  formatRawEvent,
  getExceptionChain,
  gitHubNewIssueUrl,
  gitLabNewIssueUrl,
  jiraNewIssueUrl,
  limitExceptionChain,
  MAX_SHOWN_EXCEPTIONS,
  normalizeEvent,
  toJiraWiki,
  toMarkdown,
  toSlackMessage,
  toText,
} from '../../../src/core';
import type { Event } from '../../../src/core/model';
import { chainedExceptionsEvent, flatExceptionsEvent } from './hugeEvents';

const COUNT = 10_000;
const chained = normalizeEvent(chainedExceptionsEvent(COUNT)).value;
const flat = normalizeEvent(flatExceptionsEvent(COUNT)).value;
const NOTE = `… ${(COUNT - MAX_SHOWN_EXCEPTIONS).toLocaleString('en-US')} more exceptions not shown: the event's raw JSON lists every one.`;

describe('normalizing 10,000 exceptions', () => {
  it('links a 10,000-deep mechanism chain with depths in linear time', () => {
    const started = performance.now();
    const { value } = normalizeEvent(chainedExceptionsEvent(COUNT));
    // Walking each exception up to the root took 50 million steps (5 s); one walk each is linear.
    expect(performance.now() - started).toBeLessThan(3000);
    const depths = value.exceptions.map((exception) => exception.depth);
    expect(Math.max(...(depths as number[]))).toBe(COUNT - 1);
    expect(value.exceptions.find((exception) => exception.type === 'Error0')?.depth).toBe(0);
    expect(value.exceptions.find((exception) => exception.type === 'Error9999')?.depth).toBe(COUNT - 1);
  });

  it('gives exceptions whose parent ids loop the list length as depth, and ends', () => {
    const values = [0, 1, 2].map((id) => ({ type: `Loop${id}`, mechanism: { type: 'chained', exception_id: id, parent_id: (id + 1) % 3 } }));
    const { value } = normalizeEvent({ exception: { values: [...values, { type: 'Under', mechanism: { type: 'x', exception_id: 7, parent_id: 0 } }] } });
    expect(value.exceptions.map((exception) => exception.depth)).toEqual([4, 4, 4, 4]);
    expect(getExceptionChain(value).entries).toHaveLength(4);
  });
});

describe.each([
  ['chained', chained, 'Error0'],
  ['flat', flat, `Error${COUNT - 1}`],
] as const)('%s: 10,000 exceptions through every part of core', (_, event: Event, raised) => {
  it('getExceptionChain places every exception, raised first, without recursion', () => {
    const chain = getExceptionChain(event);
    expect(chain.entries).toHaveLength(COUNT);
    expect(chain.raised?.exception.type).toBe(raised);
    expect(Math.max(...chain.entries.map((entry) => entry.depth))).toBe(COUNT - 1);
  });

  it(`limitExceptionChain keeps the first ${MAX_SHOWN_EXCEPTIONS} in raised order and counts the rest`, () => {
    const chain = getExceptionChain(event);
    const limited = limitExceptionChain(chain);
    expect(limited.entries.map((entry) => entry.index)).toEqual(chain.entries.slice(0, MAX_SHOWN_EXCEPTIONS).map((entry) => entry.index));
    expect(limited.omitted).toBe(COUNT - MAX_SHOWN_EXCEPTIONS);
    const last = limited.entries[MAX_SHOWN_EXCEPTIONS - 1];
    expect(last?.children).toEqual([]);
  });

  it('formatRawEvent, toMarkdown, toText and toJiraWiki finish and say where the rest are', () => {
    for (const text of [formatRawEvent(event), toMarkdown(event), toText(event), toJiraWiki(event)]) {
      expect(text).toContain(raised);
      expect(text).toContain(NOTE);
    }
  });

  it('Slack, GitHub, GitLab, Jira and the integration report finish', () => {
    expect(JSON.stringify(toSlackMessage({ event }))).toContain(raised);
    expect(buildIntegrationReport({ event }).markdown).toContain(NOTE);
    for (const link of [
      gitHubNewIssueUrl({ event }, { owner: 'acme', repo: 'shop' }),
      gitLabNewIssueUrl({ event }, { baseUrl: 'https://gitlab.example.com', project: 'acme/shop' }),
      jiraNewIssueUrl({ event }, { site: 'https://acme.atlassian.net', projectKey: 'SHOP', projectId: '10000' }),
    ]) {
      expect(link.url.startsWith('https://')).toBe(true);
    }
  });
});
