import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Event, NormalizeResult } from '../../../src/core/model';
import * as normalizeArea from '../../../src/core/normalize';
import { toMarkdown, toText } from '../../../src/core/report';
import {
  buildFrameView,
  formatRawEvent,
  getExceptionChain,
  getExceptionStacktrace,
  getThreads,
} from '../../../src/core/stacktrace';

const FIXTURE_DIR = join(__dirname, '../../fixtures/events');

function fixtureFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return fixtureFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

// The normalizer is another area's work; read it through an unknown-typed view so this file
// type-checks before it lands, and skip (visibly) until it and the copied fixtures are there.
const normalizeEvent = (normalizeArea as unknown as Record<string, unknown>).normalizeEvent as
  | ((input: unknown) => NormalizeResult<Event>)
  | undefined;
const files = fixtureFiles(FIXTURE_DIR);
const ready = typeof normalizeEvent === 'function' && files.length > 0;
if (!ready) console.info('stacktrace/fixtures.test: skipped until normalizeEvent and test/fixtures/events/ exist');

function load(name: string): Event {
  if (normalizeEvent === undefined) throw new Error('normalizeEvent is missing');
  return normalizeEvent(JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8'))).value;
}

describe.skipIf(!ready)('stack-trace functions over every fixture event', () => {
  it.each(files.map((file) => [file.slice(FIXTURE_DIR.length + 1)]))('%s', (name) => {
    const event = load(name);
    const raw = formatRawEvent(event);
    for (const exception of event.exceptions) {
      if (exception.type !== undefined && exception.type !== '') expect(raw).toContain(exception.type);
    }
    expect(getExceptionChain(event).entries).toHaveLength(event.exceptions.length);

    for (const exception of event.exceptions) {
      const stacktrace = getExceptionStacktrace(event, exception);
      if (stacktrace === undefined || stacktrace.frames.length === 0) continue;
      for (const order of ['newest-first', 'oldest-first'] as const) {
        const view = buildFrameView(stacktrace, { appOnly: true, order, platform: event.platform });
        const crashing = view.rows.find((row) => row.key === view.crashingKey);
        expect(crashing).toMatchObject({ kind: 'frame', expanded: true, expandedByDefault: true, level: 0 });
      }
    }

    const threads = getThreads(event);
    if (threads.threads.length > 0) expect(threads.threads.map((entry) => entry.key)).toContain(threads.defaultKey);

    const markdown = toMarkdown(event);
    expect(markdown.startsWith('## ')).toBe(true);
    if (event.exceptions.length > 0) {
      expect(markdown).toMatch(/### Stack trace\n\n```+\n/);
      expect(toText(event)).toContain('Stack trace\n-----------\n');
    }
  });
});

describe.skipIf(!ready)('raw text of real events', () => {
  it('prints a real Python event as a traceback', () => {
    expect(formatRawEvent(load('sentry/python-http-error.json'))).toMatchInlineSnapshot(`
      "Traceback (most recent call last):
        File "sentry/utils/safe.py", line 29, in safe_execute
          result = func(*args, **kwargs)
        File "sentry/integrations/slack/notify_action.py", line 119, in send_notification
          resp.raise_for_status()
        File "requests/models.py", line 940, in raise_for_status
          raise HTTPError(http_error_msg, response=self)
      requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://slack.com/api/chat.postMessage"
    `);
  });

  it('prints a real Java chain with Caused by and shared frames folded', () => {
    expect(formatRawEvent(load('sentry/java-chained.json'))).toMatchInlineSnapshot(`
      "org.apache.catalina.LifecycleException: Failed to start component [Connector[HTTP/1.1-8080]]
      	at org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:167)
      	at org.apache.catalina.core.StandardService.addConnector(StandardService.java:225)
      	at org.springframework.boot.context.embedded.tomcat.TomcatEmbeddedServletContainer.addPreviouslyRemovedConnectors(TomcatEmbeddedServletContainer.java:247)
      	at org.springframework.boot.context.embedded.tomcat.TomcatEmbeddedServletContainer.start(TomcatEmbeddedServletContainer.java:190)
      	at org.springframework.boot.context.embedded.EmbeddedWebApplicationContext.startEmbeddedServletContainer(EmbeddedWebApplicationContext.java:297)
      	at org.springframework.boot.context.embedded.EmbeddedWebApplicationContext.finishRefresh(EmbeddedWebApplicationContext.java:145)
      	at org.springframework.context.support.AbstractApplicationContext.refresh(AbstractApplicationContext.java:545)
      	at org.springframework.boot.context.embedded.EmbeddedWebApplicationContext.refresh(EmbeddedWebApplicationContext.java:122)
      	at org.springframework.boot.SpringApplication.refresh(SpringApplication.java:737)
      	at org.springframework.boot.SpringApplication.refreshContext(SpringApplication.java:370)
      	at org.springframework.boot.SpringApplication.run(SpringApplication.java:314)
      	at org.springframework.boot.SpringApplication.run(SpringApplication.java:1162)
      	at org.springframework.boot.SpringApplication.run(SpringApplication.java:1151)
      	at io.sentry.example.Application.main(Application.java:86)
      Caused by: org.apache.catalina.LifecycleException: service.getName(): "Tomcat";  Protocol handler start failed
      	at org.apache.catalina.connector.Connector.startInternal(Connector.java:1000)
      	at org.apache.catalina.util.LifecycleBase.start(LifecycleBase.java:150)
      	... 13 more
      Caused by: java.net.BindException: Address already in use
      	at sun.nio.ch.Net.bind0(Net.java)
      	at sun.nio.ch.Net.bind(Net.java:433)
      	at sun.nio.ch.Net.bind(Net.java:425)
      	at sun.nio.ch.ServerSocketChannelImpl.bind(ServerSocketChannelImpl.java:223)
      	at sun.nio.ch.ServerSocketAdaptor.bind(ServerSocketAdaptor.java:74)
      	at org.apache.tomcat.util.net.NioEndpoint.bind(NioEndpoint.java:210)
      	at org.apache.tomcat.util.net.AbstractEndpoint.start(AbstractEndpoint.java:980)
      	at org.apache.coyote.AbstractProtocol.start(AbstractProtocol.java:573)
      	at org.apache.catalina.connector.Connector.startInternal(Connector.java:993)
      	... 14 more"
    `);
  });
});
