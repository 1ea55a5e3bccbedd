import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipSlack, escapeSlack, SLACK_LIMITS, type SlackBlock, toSlackBlocks, toSlackMessage, toSlackText } from '../../../src/core/integrations';
import { normalizeEvent, normalizeIssueList } from '../../../src/core/normalize';
import issuesList from '../../fixtures/api/issues-list.json';
import pythonEvent from '../../fixtures/events/sentry/python-http-error.json';

const event = normalizeEvent(pythonEvent).value;
const issue = normalizeIssueList(issuesList).value[0];
if (issue === undefined) throw new Error('issues-list fixture has no issue');

/** Every text a block carries, for limit and escaping checks. */
function texts(block: SlackBlock): { kind: string; text: string }[] {
  switch (block.type) {
    case 'header':
      return [{ kind: 'header', text: block.text.text }];
    case 'section':
      return [
        ...(block.text === undefined ? [] : [{ kind: 'section', text: block.text.text }]),
        ...(block.fields ?? []).map((field) => ({ kind: 'field', text: field.text })),
      ];
    case 'actions':
      return block.elements.map((button) => ({ kind: 'button', text: button.text.text }));
  }
}

describe('escapeSlack', () => {
  it('escapes the three characters Slack parses, ampersand first', () => {
    expect(escapeSlack('<!channel> & <@U123|x> &amp;')).toBe('&lt;!channel&gt; &amp; &lt;@U123|x&gt; &amp;amp;');
  });
});

describe('toSlackBlocks', () => {
  it('builds header, fields, exception, frames and a permalink button from a real event and issue', () => {
    const blocks = toSlackBlocks({ event, issue });
    expect(blocks.map((block) => block.type)).toEqual(['header', 'section', 'section', 'section', 'actions']);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: event.title } });
    const fields = (blocks[1] as Extract<SlackBlock, { type: 'section' }>).fields?.map((field) => field.text) ?? [];
    expect(fields).toContain(`*Level*\n${event.level ?? issue.level}`);
    expect(fields).toContain(`*Events*\n${issue.count}`);
    expect(fields.some((field) => field.startsWith('*Environment*'))).toBe(event.environment !== undefined);
    const exception = event.exceptions[event.exceptions.length - 1];
    expect((blocks[2] as { text: { text: string } }).text.text).toContain(escapeSlack(`${exception?.type}: ${exception?.value}`));
    const frames = (blocks[3] as { text: { text: string } }).text.text;
    expect(frames.startsWith('```') && frames.endsWith('```')).toBe(true);
    expect(frames.split('\n').length).toBeLessThanOrEqual(5);
    expect(blocks[4]).toMatchObject({ type: 'actions', elements: [{ type: 'button', url: issue.permalink }] });
  });

  it('keeps every text inside Slack limits for huge and hostile input', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 6000 }), fc.string({ maxLength: 3000 }), (title, value) => {
        const hostile = normalizeEvent({
          message: title,
          environment: value,
          release: value,
          exception: { values: [{ type: title, value, stacktrace: { frames: [{ function: value, filename: title, in_app: true }] } }] },
        }).value;
        const blocks = toSlackBlocks({ event: hostile, issue: { ...issue, title } });
        expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        for (const { kind, text } of blocks.flatMap(texts)) {
          const max = { header: 150, section: 3000, field: 2000, button: 75 }[kind] ?? 0;
          expect(text.length).toBeLessThanOrEqual(max);
          if (kind !== 'header' && kind !== 'button') expect(text).not.toMatch(/[<>]/);
        }
        expect(toSlackText({ event: hostile }).length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves mentions and links in event text inert', () => {
    const hostile = normalizeEvent({
      message: '<!channel> see <https://evil.test|your bank> & ```break```',
      exception: { values: [{ type: 'Error', value: '<!here> <@U1>' }] },
    }).value;
    const { text, blocks } = toSlackMessage({ event: hostile });
    for (const mrkdwn of [text, ...blocks.flatMap(texts).filter((entry) => entry.kind !== 'header').map((entry) => entry.text)]) {
      expect(mrkdwn).not.toContain('<!');
      expect(mrkdwn).not.toContain('<@');
      expect(mrkdwn).not.toContain('<https://evil');
    }
    expect(text).toContain('&lt;!here&gt;');
  });

  it('drops a javascript: permalink: no button, no link', () => {
    const blocks = toSlackBlocks({ event, issue: { ...issue, permalink: 'javascript:alert(1)' }, permalink: 'javascript:alert(2)' });
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
    const text = toSlackText({ event, permalink: 'javascript:alert(1)' });
    expect(text).not.toContain('javascript:');
    expect(text.startsWith(`*${escapeSlack(event.title)}*`)).toBe(true);
  });

  it('works from an issue alone', () => {
    const { text, blocks } = toSlackMessage({ issue });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: issue.title } });
    expect(text.startsWith(`*<${issue.permalink}|${escapeSlack(issue.title)}>*`)).toBe(true);
    expect(text).toContain(`*Events:* ${issue.count}`);
  });
});

describe('clipSlack', () => {
  it('clips with an ellipsis without splitting an emoji or an entity', () => {
    expect(clipSlack('a'.repeat(10), 5)).toBe('aaaa…');
    expect(clipSlack('abc😀😀', 5)).toBe('abc…');
    expect(clipSlack('ab&amp;cdef', 5)).toBe('ab…');
  });
});
