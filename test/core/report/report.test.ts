import { describe, expect, it } from 'vitest';
import type { Breadcrumb, Event } from '../../../src/core/model';
import { toMarkdown, toText } from '../../../src/core/report';
import { javaCausedByEvent, makeEvent, pythonChainedEvent } from '../stacktrace/sampleEvents';

function richEvent(): Event {
  const breadcrumbs: Breadcrumb[] = Array.from({ length: 12 }, (_, i) => ({
    timestamp: `2026-11-25T10:00:${String(i).padStart(2, '0')}.000Z`,
    category: 'console',
    message: `step ${i}`,
  }));
  breadcrumbs.push({
    timestamp: '2026-11-25T10:00:30.250Z',
    category: 'http',
    level: 'error',
    data: { method: 'GET', url: 'https://api.example.com/users/7', status_code: 500 },
  });
  return {
    ...pythonChainedEvent(),
    eventId: '0123456789abcdef0123456789abcdef',
    culprit: 'app.views in load',
    timestamp: '2026-11-25T10:00:31.000Z',
    release: { version: 'shop@1.4.2' },
    environment: 'production',
    request: { method: 'POST', url: 'https://shop.example.com/checkout' },
    user: { id: '42', email: 'someone@example.com' },
    breadcrumbs,
    contexts: {
      os: { type: 'os', name: 'Ubuntu', version: '24.04' },
      runtime: { type: 'runtime', name: 'CPython', version: '3.12.1' },
      browser: { type: 'browser', name: 'Firefox', version: '132.0' },
      client_os: { type: 'os', name: 'Windows', version: '11' },
      device: { type: 'device', model: 'Pixel 7', modelId: 'panther', arch: 'arm64' },
      app: { type: 'app', appName: 'Shop', appVersion: '1.4.2', appBuild: '88' },
      react: { type: 'react', data: { version: '19' } },
    },
    tags: [
      { key: 'server_name', value: 'web-1' },
      { key: 'url', value: 'https://shop.example.com/checkout' },
    ],
  };
}

describe('toMarkdown', () => {
  it('writes title, facts, trace, last breadcrumbs, contexts and tags', () => {
    expect(toMarkdown(richEvent(), { maxFrames: 5 })).toMatchInlineSnapshot(`
      "## ValueError: cannot load user

      - **Level:** error
      - **Culprit:** \`app.views in load\`
      - **Event ID:** \`0123456789abcdef0123456789abcdef\`
      - **Time:** 2026-11-25T10:00:31.000Z
      - **Release:** \`shop@1.4.2\`
      - **Environment:** production
      - **Request:** \`POST https://shop.example.com/checkout\`
      - **User:** 42

      ### Stack trace

      \`\`\`
      Traceback (most recent call last):
        File "app/cache.py", line 10, in lookup
          return store[key]
      KeyError: 'user'

      During handling of the above exception, another exception occurred:

      Traceback (most recent call last):
        File "app/db.py", line 22, in connect
          raise ConnectionError("refused")
      app.db.ConnectionError: refused

      The above exception was the direct cause of the following exception:

      Traceback (most recent call last):
        File "manage.py", line 3, in <module>
          main()
        File "app/views.py", line 41, in load
          raise ValueError("cannot load user") from exc
      ValueError: cannot load user
      \`\`\`

      ### Breadcrumbs (last 10 of 13)

      - \`10:00:03.000\` **console** step 3
      - \`10:00:04.000\` **console** step 4
      - \`10:00:05.000\` **console** step 5
      - \`10:00:06.000\` **console** step 6
      - \`10:00:07.000\` **console** step 7
      - \`10:00:08.000\` **console** step 8
      - \`10:00:09.000\` **console** step 9
      - \`10:00:10.000\` **console** step 10
      - \`10:00:11.000\` **console** step 11
      - \`10:00:30.250\` **http** (error) GET https://api.example.com/users/7 \\[500\\]

      ### Contexts

      - **Device:** Pixel 7 (panther) arm64
      - **OS:** Ubuntu 24.04
      - **OS (client\\_os):** Windows 11
      - **Browser:** Firefox 132.0
      - **App:** Shop 1.4.2 (88)
      - **Runtime:** CPython 3.12.1

      ### Tags

      - **server\\_name:** \`web-1\`
      - **url:** \`https://shop.example.com/checkout\`
      "
    `);
  });

  it('keeps HTML and Markdown in event text inert', () => {
    const event = makeEvent({
      title: 'Error: <script>alert(1)</script> in `eval` *now*',
      culprit: 'render `x`',
      breadcrumbs: [{ message: '<img src=x onerror=alert(1)> [link](javascript:alert(1)) | pipe' }],
      tags: [{ key: 'weird_key', value: 'has ``` fence' }],
    });
    const markdown = toMarkdown(event);
    expect(markdown).toContain('## Error: &lt;script&gt;alert(1)&lt;/script&gt; in \\`eval\\` \\*now\\*');
    expect(markdown).not.toMatch(/<script|<img/);
    expect(markdown).toContain('\\[link\\](javascript:alert(1)) \\| pipe');
    expect(markdown).toContain('- **Culprit:** `` render `x` ``');
    expect(markdown).toContain('- **weird\\_key:** ````has ``` fence````');
  });

  it('fences the trace with more backticks than any run inside it', () => {
    const event = makeEvent({
      platform: 'python',
      exceptions: [{ id: 0, depth: 0, type: 'SyntaxError', value: 'bad ```` here', stacktrace: { frames: [{ filename: 'a.py', lineNo: 1 }] } }],
    });
    const markdown = toMarkdown(event);
    expect(markdown).toContain('`````\nTraceback (most recent call last):');
    expect(markdown).toContain("SyntaxError: bad ```` here\n`````");
  });

  it('follows maxBreadcrumbs, maxFrames and inAppOnly', () => {
    const markdown = toMarkdown({ ...javaCausedByEvent(), breadcrumbs: richEvent().breadcrumbs }, {
      maxBreadcrumbs: 2,
      maxFrames: 1,
      inAppOnly: true,
    });
    expect(markdown).toContain('### Breadcrumbs (last 2 of 13)');
    expect(markdown).toContain('- `10:00:11.000` **console** step 11\n- `10:00:30.250` **http** (error) GET https://api.example.com/users/7 \\[500\\]');
    expect(markdown).not.toContain('step 10');
    expect(markdown).not.toContain('sun.nio.ch.Net');
    expect(markdown).toContain('... 1 frame not shown');
    expect(toMarkdown(richEvent(), { maxBreadcrumbs: 0 })).not.toContain('Breadcrumbs');
  });

  it('says whether the raised exception was handled', () => {
    const event = javaCausedByEvent();
    const raised = event.exceptions[1];
    if (raised === undefined) throw new Error('fixture changed');
    raised.mechanism = { type: 'UncaughtExceptionHandler', handled: false };
    expect(toMarkdown(event)).toContain('- **Handled:** no\n');
    expect(toText(event)).toContain('Handled: no\n');
  });

  it('leaves out sections the event has nothing for', () => {
    expect(toMarkdown(makeEvent({ title: 'Just a message' }))).toBe('## Just a message\n');
  });
});

describe('toText', () => {
  it('writes the same report as plain text, event text unescaped', () => {
    expect(toText(richEvent(), { maxFrames: 2, maxBreadcrumbs: 3 })).toMatchInlineSnapshot(`
      "ValueError: cannot load user

      Level: error
      Culprit: app.views in load
      Event ID: 0123456789abcdef0123456789abcdef
      Time: 2026-11-25T10:00:31.000Z
      Release: shop@1.4.2
      Environment: production
      Request: POST https://shop.example.com/checkout
      User: 42

      Stack trace
      -----------
      Traceback (most recent call last):
        File "app/cache.py", line 10, in lookup
          return store[key]
      KeyError: 'user'

      During handling of the above exception, another exception occurred:

      Traceback (most recent call last):
        File "app/db.py", line 22, in connect
          raise ConnectionError("refused")
      app.db.ConnectionError: refused

      The above exception was the direct cause of the following exception:

      Traceback (most recent call last):
        File "manage.py", line 3, in <module>
          main()
        File "app/views.py", line 41, in load
          raise ValueError("cannot load user") from exc
      ValueError: cannot load user

      Breadcrumbs (last 3 of 13)
      --------------------------
      10:00:10.000  console  step 10
      10:00:11.000  console  step 11
      10:00:30.250  http  (error)  GET https://api.example.com/users/7 [500]

      Contexts
      --------
      Device: Pixel 7 (panther) arm64
      OS: Ubuntu 24.04
      OS (client_os): Windows 11
      Browser: Firefox 132.0
      App: Shop 1.4.2 (88)
      Runtime: CPython 3.12.1

      Tags
      ----
      server_name: web-1
      url: https://shop.example.com/checkout
      "
    `);
  });

  it('shows a message without escaping or HTML entities', () => {
    const text = toText(makeEvent({ title: 'a <b> `c` *d*', breadcrumbs: [{ category: 'ui.click', message: 'line1\nline2' }] }));
    expect(text).toBe('a <b> `c` *d*\n\nBreadcrumbs\n-----------\nui.click  line1 line2\n');
  });
});

describe('clipping long text', () => {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

  it('never splits an emoji where a title or breadcrumb is cut at 500 units', () => {
    // 499 units put the first half of the last emoji where the cut falls.
    const long = `${'a'.repeat(498)}${'😀'.repeat(10)}`;
    const event = makeEvent({ title: long, breadcrumbs: [{ category: 'log', message: long }] });
    for (const report of [toText(event), toMarkdown(event)]) {
      expect(report).not.toMatch(loneSurrogate);
      expect(report).toContain(`${'a'.repeat(498)}…`);
    }
  });
});
