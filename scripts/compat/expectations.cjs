// What every built entry must export, checked the same way from ESM and CJS.
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const EXPECTED = {
  faultline: ['LevelBadge', 'EventView', 'IssueList', 'StackTraceView', 'BreadcrumbTimeline', 'ContextPanels', 'IssueActions', 'SectionBoundary', 'themeTokens'],
  'faultline/hooks': ['useControllableState', 'useIssueList', 'useStackTrace', 'useBreadcrumbs', 'useContexts', 'useSentryIssues', 'useSentryEvent'],
  'faultline/schema': ['LEVELS', 'SchemaError', 'normalizeEvent', 'toMarkdown', 'gitHubNewIssueUrl'],
  'faultline/sentry': ['createSentryClient', 'fromSentryWebhook', 'verifySentrySignature', 'SentryApiError'],
};
// Names each entry must not export: hooks and schema helpers live in their own entries, and
// internals (page sizes, sentinels, helpers of one component) are no public API.
const ABSENT = {
  faultline: ['useIssueList', 'useControllableState', 'normalizeEvent', 'LEVELS', 'ROW_PAGE', 'PanelBody', 'FILTERED', 'copyText'],
  'faultline/hooks': ['copyText', 'LevelBadge'],
  'faultline/schema': ['FILTERED'],
};
// Entries for servers: no React, no "use client" directive.
const SERVER_ENTRIES = ['faultline/schema', 'faultline/sentry'];
// Built files with the directive: the components' module and the hooks. The root entry
// (`index`) has none, so a server component can import it and get client references.
const CLIENT_FILES = ['client', 'hooks'];

function checkEntries(kind, entries, stylesPath) {
  for (const [entry, names] of Object.entries(EXPECTED)) {
    const module = entries[entry];
    for (const name of names) {
      if (module[name] === undefined) throw new Error(`${kind}: ${entry} does not export ${name}`);
    }
  }
  for (const [entry, names] of Object.entries(ABSENT)) {
    for (const name of names) {
      if (name in entries[entry]) throw new Error(`${kind}: ${entry} exports ${name}, which is not its public API`);
    }
  }
  for (const entry of SERVER_ENTRIES) {
    if ('LevelBadge' in entries[entry]) throw new Error(`${kind}: ${entry} exports components`);
  }
  const schema = entries['faultline/schema.json'];
  if (!schema || typeof schema !== 'object' || !String(schema.$schema).includes('2020-12')) {
    throw new Error(`${kind}: faultline/schema.json is not a JSON Schema 2020-12 document`);
  }
  if (!existsSync(stylesPath)) throw new Error(`${kind}: faultline/styles.css resolves to a missing file`);
  // Next.js App Router needs the directive on client modules, and none on the others.
  const dist = dirname(stylesPath);
  for (const name of ['index', 'client', 'hooks', 'schema', 'sentry', 'tokens']) {
    for (const file of [`${name}.js`, `${name}.cjs`]) {
      const client = readFileSync(join(dist, file), 'utf8').startsWith('"use client";');
      if (client !== CLIENT_FILES.includes(name)) throw new Error(`${kind}: dist/${file} has the wrong "use client" directive`);
    }
  }
  console.log(`${kind}: every entry loads on Node ${process.version}`);
}

module.exports = { checkEntries };
