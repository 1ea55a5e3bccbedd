// What a Node host does with each entry, the same from ESM and CommonJS: the server entries
// normalize and verify without React, the main entry renders on the server.
const assert = require('node:assert/strict');
const { createHmac } = require('node:crypto');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const shared = (name) => readFileSync(join(__dirname, 'shared', name), 'utf8');

async function expectEntries(kind, { faultline, hooks, schema, sentry, schemaJson, renderToString, createElement }) {
  const event = JSON.parse(shared('node-http-server.json'));
  const { value, problems } = schema.normalizeEvent(event);
  assert.ok(value.exceptions.some((exception) => exception.value === 'order for SKU-9 failed'));
  assert.ok(Array.isArray(problems));
  assert.equal(typeof schema.toMarkdown(value), 'string');

  const body = shared('error-created.json');
  const signature = createHmac('sha256', 'secret').update(body).digest('hex');
  assert.equal(await sentry.verifySentrySignature(body, signature, 'secret'), true);
  assert.equal(await sentry.verifySentrySignature(body, signature.replace(/^./, (c) => (c === '0' ? '1' : '0')), 'secret'), false);
  assert.equal(sentry.fromSentryWebhook(body, 'error').events[0].title, 'ReferenceError: blooopy is not defined');
  assert.equal(typeof sentry.createSentryClient({ baseUrl: 'https://sentry.example' }).listIssues, 'function');

  for (const name of ['useIssueList', 'useStackTrace', 'useBreadcrumbs', 'useContexts', 'useSentryIssues']) {
    assert.equal(typeof hooks[name], 'function', `faultline/hooks exports ${name}`);
  }
  for (const name of ['IssueList', 'EventView', 'StackTraceView', 'BreadcrumbTimeline', 'ContextPanels', 'LevelBadge']) {
    assert.ok(faultline[name], `faultline exports ${name}`);
  }
  assert.ok(!('IssueList' in schema) && !('IssueList' in sentry), 'server entries carry no components');
  assert.match(renderToString(createElement(faultline.LevelBadge, { level: 'fatal' })), /fatal/i);
  assert.match(renderToString(createElement(faultline.EventView, { event })), /Cannot read stock of unknown SKU SKU-9/);
  assert.equal(schemaJson.$schema, 'https://json-schema.org/draft/2020-12/schema');
  console.log(`${kind}: every entry works on Node ${process.version}`);
}

module.exports = { expectEntries };
