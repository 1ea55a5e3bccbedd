import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../../src/core/report';
import { makeEvent } from '../stacktrace/sampleEvents';

describe('toMarkdown on arbitrary text', () => {
  it('leaves no raw HTML and no unescaped Markdown from prose fields', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (title, message, environment) => {
        const markdown = toMarkdown(makeEvent({ title, environment, breadcrumbs: [{ message }] }));
        expect(markdown).not.toContain('<');
        const withoutOwnMarkup = markdown.replace(/\*\*[A-Za-z ]+:\*\*/g, '').replace(/\\./g, '');
        expect(withoutOwnMarkup).not.toMatch(/[*_`[\]|~]/);
      }),
    );
  });

  it('fences the trace so no backtick run inside closes it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('`', 'a', '\n', ' ') }), (value) => {
        const event = makeEvent({ platform: 'javascript', exceptions: [{ id: 0, depth: 0, type: 'E', value }] });
        const markdown = toMarkdown(event);
        const fence = /^(`{3,})$/m.exec(markdown)?.[1] ?? '';
        const body = markdown.slice(markdown.indexOf(fence) + fence.length, markdown.lastIndexOf(fence));
        expect(body).toContain(value);
        for (const run of body.match(/`+/g) ?? []) expect(run.length).toBeLessThan(fence.length);
      }),
    );
  });
});
